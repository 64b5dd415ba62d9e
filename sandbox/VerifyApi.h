#pragma once

#include "GrantRegistry.h"
#include "SandboxReply.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <optional>
#include <variant>

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
    // The verify body as a JSON object with exactly one of the two number properties, or the
    // 4xx answer.
    static std::variant<QJsonObject, QHttpServerResponse>
    readVerifyBody(const QHttpServerRequest &request);
    // A strict client's registered number form, if this body breaks it.
    std::optional<QHttpServerResponse> checkNumberForm(const GrantRegistry::Grant &grant,
                                                       const QJsonObject &body) const;
    struct Presented
    {
        bool verified = false;
        QString number; // the plain number, or the test number a hash stands for
    };
    static std::variant<Presented, QHttpServerResponse> readNumber(const QJsonObject &body,
                                                                   const QString &msisdn);
    // Scenario rules and the answer, once the request is known to be well formed.
    SandboxReply answerVerify(const GrantRegistry::Grant &grant, const QString &token,
                              const Presented &presented);
    SandboxReply timed(QHttpServerResponse &&response, SandboxScenario::Kind kind) const;

    const SandboxConfig &m_config;
    GrantRegistry &m_registry;
};

} // namespace nv
