#pragma once

#include "GrantRegistry.h"
#include "SandboxReply.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <optional>

namespace nv {

struct SandboxConfig;

// The CAMARA Number Verification resource server: /verify and /device-phone-number, with the
// error bodies and codes of CAMARA's test plan so the console's error explanations can be
// exercised against it.
class VerifyApi
{
public:
    VerifyApi(const SandboxConfig &config, GrantRegistry &registry);

    SandboxReply verify(const QHttpServerRequest &request);
    SandboxReply devicePhoneNumber(const QHttpServerRequest &request);

    static QString verifyScope();
    static QString devicePhoneNumberScope();

private:
    // An error response when the request may not go further, nothing when it may.
    std::optional<QHttpServerResponse> checkAccess(const QHttpServerRequest &request,
                                                   const QString &scope,
                                                   GrantRegistry::Grant *grant, QString *token);
    // The scenario's own answer for this call (429, 5xx, 403, 401), if it has one.
    std::optional<QHttpServerResponse> scenarioRefusal(SandboxScenario::Kind operational,
                                                       SandboxScenario::Kind identity,
                                                       bool byTestNumber) const;
    SandboxReply timed(QHttpServerResponse &&response, SandboxScenario::Kind kind) const;

    const SandboxConfig &m_config;
    GrantRegistry &m_registry;
};

} // namespace nv
