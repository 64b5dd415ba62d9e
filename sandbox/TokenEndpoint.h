#pragma once

#include "ClientAuthenticator.h"
#include "GrantRegistry.h"
#include "SandboxHttp.h"
#include "SandboxReply.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrl>

namespace nv {

class IdTokenSigner;
struct SandboxClient;
struct SandboxConfig;

// The token endpoint: client authentication, the authorization_code and refresh_token grants,
// and the tokens they issue (access, refresh, and the ID token signed by the operator's key).
class TokenEndpoint
{
public:
    TokenEndpoint(const SandboxConfig &config, GrantRegistry &registry, IdTokenSigner &signer);

    void setIssuer(const QUrl &issuer);
    SandboxReply token(const QHttpServerRequest &request);

private:
    QHttpServerResponse authorizationCodeGrant(const SandboxClient &client,
                                               const sandboxhttp::FormParams &params,
                                               GrantRegistry::Grant *grant);
    QHttpServerResponse refreshTokenGrant(const SandboxClient &client,
                                          const sandboxhttp::FormParams &params,
                                          GrantRegistry::Grant *grant);
    QHttpServerResponse issueTokens(const GrantRegistry::Grant &grant, const QString &fromCode,
                                    bool withIdToken);
    // The signed ID token, or empty when the key could not be made.
    QByteArray idToken(const GrantRegistry::Grant &grant, int lifetimeSeconds);
    QString subjectFor(const QString &clientId, const QString &msisdn) const;
    QString tokenEndpointUrl() const;
    // "echo-secrets": whether this request falls under it (sandbox-wide, or the flow of its
    // code), and the answer that echoes what the client sent.
    bool echoesSecrets(const sandboxhttp::FormParams &params) const;
    static QHttpServerResponse echoSecrets(const QHttpServerRequest &request,
                                           const sandboxhttp::FormParams &params);
    SandboxScenario::Kind timingScenario(const GrantRegistry::Grant &grant) const;
    SandboxReply timed(QHttpServerResponse &&response, SandboxScenario::Kind kind) const;

    const SandboxConfig &m_config;
    GrantRegistry &m_registry;
    IdTokenSigner &m_signer;
    ClientAuthenticator m_clients;
    QUrl m_issuer;
    // Per-run salt: subjects are stable while the sandbox runs and say nothing about the number.
    QByteArray m_subjectSalt;
};

} // namespace nv
