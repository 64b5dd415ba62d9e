#pragma once

#include "GrantRegistry.h"

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
    VerifyApi(const SandboxConfig &config, const GrantRegistry &registry);

    QHttpServerResponse verify(const QHttpServerRequest &request);
    QHttpServerResponse devicePhoneNumber(const QHttpServerRequest &request);

    static QString verifyScope();
    static QString devicePhoneNumberScope();

private:
    // An error response when the request may not go further, nothing when it may.
    std::optional<QHttpServerResponse> checkAccess(const QHttpServerRequest &request,
                                                   const QString &scope,
                                                   GrantRegistry::Grant *grant) const;

    const SandboxConfig &m_config;
    const GrantRegistry &m_registry;
};

} // namespace nv
