#pragma once

#include "ClientAssertionVerifier.h"
#include "SandboxClient.h"
#include "SandboxHttp.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <variant>

namespace nv {

struct SandboxConfig;

// Client authentication at the token endpoint (RFC 6749 2.3, RFC 7523): exactly one of
// client_secret_basic, client_secret_post or private_key_jwt, and for a strict client only the
// one it is registered for.
class ClientAuthenticator
{
public:
    explicit ClientAuthenticator(const SandboxConfig &config);

    struct Authenticated
    {
        const SandboxClient *client = nullptr;
        SandboxClient::AuthMethod method = SandboxClient::AuthMethod::Any;
    };
    // The authenticated client, or the error response to send. audiences: what a client
    // assertion's aud may be (the token endpoint URL, the issuer).
    std::variant<Authenticated, QHttpServerResponse>
    authenticate(const QHttpServerRequest &request, const sandboxhttp::FormParams &params,
                 const QStringList &audiences);

private:
    using Outcome = std::variant<Authenticated, QHttpServerResponse>;
    Outcome byAssertion(const sandboxhttp::FormParams &params, const QStringList &audiences);
    Outcome byBasic(const QByteArray &authorization, const sandboxhttp::FormParams &params);
    Outcome byPost(const sandboxhttp::FormParams &params);
    // The registered client behind an id, checked against a strict registration, then its
    // secret.
    Outcome checkSecret(const QString &clientId, const QString &secret,
                        SandboxClient::AuthMethod method);
    static std::optional<QString> strictRefusal(const SandboxClient &client,
                                                SandboxClient::AuthMethod used);

    const SandboxConfig &m_config;
    ClientAssertionVerifier m_assertions;
};

} // namespace nv
