#pragma once

#include "GrantRegistry.h"
#include "IdTokenSigner.h"
#include "SandboxHttp.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrl>

namespace nv {

struct SandboxClient;
struct SandboxConfig;

// The operator's OAuth 2.0 / OpenID Connect side: /authorize, the silent network-login hop,
// /token, the JWKS and the discovery document.
class AuthorizationServer
{
public:
    AuthorizationServer(const SandboxConfig &config, GrantRegistry &registry);

    void setIssuer(const QUrl &issuer);
    // Makes the signing key now rather than inside the first token request, whose timing the
    // console shows to its user.
    void prepareSigningKey();

    QHttpServerResponse authorize(const QHttpServerRequest &request);
    QHttpServerResponse networkLogin(const QHttpServerRequest &request);
    QHttpServerResponse token(const QHttpServerRequest &request);
    QHttpServerResponse jwks(const QHttpServerRequest &request);
    QHttpServerResponse discovery(const QHttpServerRequest &request);

    static QString requiredScope();

private:
    QHttpServerResponse authorizationCodeGrant(const SandboxClient &client,
                                               const sandboxhttp::FormParams &params);
    QHttpServerResponse refreshTokenGrant(const SandboxClient &client,
                                          const sandboxhttp::FormParams &params);
    QHttpServerResponse issueTokens(const GrantRegistry::Grant &grant, const QString &fromCode,
                                    bool withIdToken);
    QString subjectFor(const QString &clientId, const QString &msisdn) const;

    const SandboxConfig &m_config;
    GrantRegistry &m_registry;
    IdTokenSigner m_signer;
    QUrl m_issuer;
    // Per-run salt: subjects are stable while the sandbox runs and say nothing about the number.
    QByteArray m_subjectSalt;
};

} // namespace nv
