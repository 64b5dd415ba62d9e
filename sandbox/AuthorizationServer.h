#pragma once

#include "ClientAssertionVerifier.h"
#include "GrantRegistry.h"
#include "IdTokenSigner.h"
#include "SandboxHttp.h"
#include "SandboxReply.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrl>
#include <variant>

namespace nv {

struct SandboxClient;
struct SandboxConfig;

// The operator's OAuth 2.0 / OpenID Connect side: /authorize, the silent network-login hop, the
// consent page, /token, the JWKS and the discovery document.
class AuthorizationServer
{
public:
    AuthorizationServer(const SandboxConfig &config, GrantRegistry &registry);

    void setIssuer(const QUrl &issuer);
    // Makes the signing key now rather than inside the first token request, whose timing the
    // console shows to its user.
    void prepareSigningKey();

    SandboxReply authorize(const QHttpServerRequest &request);
    SandboxReply networkLogin(const QHttpServerRequest &request);
    SandboxReply consent(const QHttpServerRequest &request);
    SandboxReply token(const QHttpServerRequest &request);
    SandboxReply jwks(const QHttpServerRequest &request);
    SandboxReply discovery(const QHttpServerRequest &request);

    static QString requiredScope();

private:
    struct Client
    {
        const SandboxClient *client = nullptr;
        bool basicUsed = false;
    };
    // The authenticated client, or the error response to send.
    std::variant<Client, QHttpServerResponse>
    authenticateClient(const QHttpServerRequest &request, const sandboxhttp::FormParams &params);
    QHttpServerResponse authorizationCodeGrant(const SandboxClient &client,
                                               const sandboxhttp::FormParams &params,
                                               GrantRegistry::Grant *grant);
    QHttpServerResponse refreshTokenGrant(const SandboxClient &client,
                                          const sandboxhttp::FormParams &params,
                                          GrantRegistry::Grant *grant);
    QHttpServerResponse issueTokens(const GrantRegistry::Grant &grant, const QString &fromCode,
                                    bool withIdToken);
    // The end of a login: a code, or an error, on a 303 towards the client.
    QHttpServerResponse finishLogin(const GrantRegistry::Session &session,
                                    const sandboxhttp::FormParams &outcome);
    QString subjectFor(const QString &clientId, const QString &msisdn) const;
    QString tokenEndpoint() const;
    // Scenario that decides how a hop of this flow is timed: the pinned one of a test number,
    // otherwise the operator's current state.
    SandboxScenario::Kind timingScenario(const GrantRegistry::Grant &grant) const;
    SandboxReply timed(QHttpServerResponse &&response, SandboxScenario::Kind kind) const;

    const SandboxConfig &m_config;
    GrantRegistry &m_registry;
    IdTokenSigner m_signer;
    ClientAssertionVerifier m_assertions;
    QUrl m_issuer;
    // Per-run salt: subjects are stable while the sandbox runs and say nothing about the number.
    QByteArray m_subjectSalt;
};

} // namespace nv
