#pragma once

#include "GrantRegistry.h"
#include "SandboxHttp.h"
#include "SandboxReply.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <optional>

namespace nv {

class PageLanguage;

struct SandboxClient;
struct SandboxConfig;

// The operator's front channel: /authorize, the silent network-login hop that identifies the
// device, and the consent page of the operators that show one. It ends every login with a 303
// towards the client carrying a code or an error.
class AuthorizeEndpoint
{
public:
    AuthorizeEndpoint(const SandboxConfig &config, GrantRegistry &registry);

    SandboxReply authorize(const QHttpServerRequest &request);
    SandboxReply networkLogin(const QHttpServerRequest &request);
    SandboxReply consent(const QHttpServerRequest &request);

    // CAMARA login_hint forms. Returns an error description, or an empty string when acceptable;
    // *number receives the E.164 number of a tel: (or bare) hint.
    static QString checkLoginHint(const QString &hint, QString *number);

private:
    struct Refusal
    {
        QString error;
        QString description;
    };
    // The checks after client and redirect URI are known to belong together.
    std::optional<Refusal> checkRequest(const sandboxhttp::FormParams &params,
                                        const QStringList &repeated,
                                        const SandboxClient &client) const;
    // Registered client and redirect URI, or the message of the error page.
    std::optional<QString> checkClient(const sandboxhttp::FormParams &params,
                                       const QStringList &repeated, const SandboxClient **client,
                                       const PageLanguage &language) const;
    QHttpServerResponse startLogin(const QHttpServerRequest &request,
                                   const sandboxhttp::FormParams &params,
                                   GrantRegistry::Session session);
    // The end of a login: a code, or an error, on a 303 towards the client.
    QHttpServerResponse finishLogin(const GrantRegistry::Session &session,
                                    const sandboxhttp::FormParams &outcome);
    QHttpServerResponse denyLogin(const GrantRegistry::Session &session, const QString &error,
                                  const QString &description);
    SandboxReply answerConsent(const GrantRegistry::Session &session, const QString &decision);
    SandboxScenario::Kind timingScenario(const GrantRegistry::Grant &grant) const;
    SandboxReply timed(QHttpServerResponse &&response, SandboxScenario::Kind kind) const;

    const SandboxConfig &m_config;
    GrantRegistry &m_registry;
};

} // namespace nv
