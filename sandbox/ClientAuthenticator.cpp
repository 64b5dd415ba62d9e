#include "ClientAuthenticator.h"

#include "OAuthErrors.h"
#include "SandboxConfig.h"

namespace nv {

using namespace sandboxhttp;
using AuthMethod = SandboxClient::AuthMethod;

namespace {
QHttpServerResponse invalidClient(const QString &description, bool basicUsed)
{
    QHttpServerResponse response =
        oauthError(Status::Unauthorized, oauth::InvalidClient, description);
    if (basicUsed)
        response.setHeader("WWW-Authenticate", "Basic realm=\"nv-sandbox\", charset=\"UTF-8\"");
    return response;
}
} // namespace

ClientAuthenticator::ClientAuthenticator(const SandboxConfig &config)
    : m_config(config)
    , m_assertions(config.clock)
{}

std::variant<ClientAuthenticator::Authenticated, QHttpServerResponse>
ClientAuthenticator::authenticate(const QHttpServerRequest &request, const FormParams &params,
                                  const QStringList &audiences)
{
    const QByteArray authorization = header(request, "authorization");
    const bool basicUsed = authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0;
    const bool assertionUsed = hasParam(params, QStringLiteral("client_assertion")) ||
                               hasParam(params, QStringLiteral("client_assertion_type"));
    const bool postUsed = hasParam(params, QStringLiteral("client_secret"));
    if (int(basicUsed) + int(assertionUsed) + int(postUsed) > 1)
        return oauthError(Status::BadRequest, oauth::InvalidRequest,
                          QStringLiteral("use one client authentication method: HTTP Basic, "
                                         "client_secret in the body or client_assertion, not "
                                         "several"));
    if (!authorization.isEmpty() && !basicUsed)
        return invalidClient(QStringLiteral("unsupported Authorization scheme; use Basic, "
                                            "client_secret in the body or private_key_jwt"),
                             false);
    if (assertionUsed)
        return byAssertion(params, audiences);
    if (basicUsed)
        return byBasic(authorization, params);
    return byPost(params);
}

std::optional<QString> ClientAuthenticator::strictRefusal(const SandboxClient &client,
                                                          AuthMethod used)
{
    if (client.authMethod == AuthMethod::Any || client.authMethod == used)
        return std::nullopt;
    return QStringLiteral("client \"%1\" is registered for %2 only; this request used %3")
        .arg(client.id, SandboxClient::authMethodName(client.authMethod),
             SandboxClient::authMethodName(used));
}

ClientAuthenticator::Outcome ClientAuthenticator::byAssertion(const FormParams &params,
                                                              const QStringList &audiences)
{
    if (formValue(params, QStringLiteral("client_assertion_type")) !=
        ClientAssertionVerifier::assertionType())
        return invalidClient(QStringLiteral("client_assertion_type must be %1")
                                 .arg(ClientAssertionVerifier::assertionType()),
                             false);
    const QByteArray assertion = formValue(params, QStringLiteral("client_assertion")).toLatin1();
    const QString clientId = ClientAssertionVerifier::unverifiedIssuer(assertion);
    if (hasParam(params, QStringLiteral("client_id")) &&
        formValue(params, QStringLiteral("client_id")) != clientId)
        return invalidClient(QStringLiteral("client_id differs from the client_assertion issuer"),
                             false);
    const SandboxClient *client = m_config.findClient(clientId);
    if (!client)
        return invalidClient(QStringLiteral("client authentication failed: unknown client "
                                            "\"%1\" in client_assertion")
                                 .arg(clientId),
                             false);
    if (const std::optional<QString> refusal = strictRefusal(*client, AuthMethod::PrivateKeyJwt))
        return invalidClient(*refusal, false);
    if (const std::optional<QString> problem = m_assertions.verify(assertion, *client, audiences))
        return invalidClient(*problem, false);
    return Authenticated{client, AuthMethod::PrivateKeyJwt};
}

ClientAuthenticator::Outcome ClientAuthenticator::byBasic(const QByteArray &authorization,
                                                          const FormParams &params)
{
    const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded.decoded.indexOf(':');
    if (!decoded || colon < 0)
        return invalidClient(QStringLiteral("malformed HTTP Basic credentials"), true);
    // RFC 6749 2.3.1: id and secret are form-encoded before they are joined and base64'd.
    const QString clientId = formDecode(decoded.decoded.left(colon));
    const QString secret = formDecode(decoded.decoded.mid(colon + 1));
    if (hasParam(params, QStringLiteral("client_id")) &&
        formValue(params, QStringLiteral("client_id")) != clientId)
        return oauthError(Status::BadRequest, oauth::InvalidRequest,
                          QStringLiteral("client_id in the body differs from the HTTP Basic "
                                         "credentials"));
    return checkSecret(clientId, secret, AuthMethod::ClientSecretBasic);
}

ClientAuthenticator::Outcome ClientAuthenticator::byPost(const FormParams &params)
{
    const QString clientId = formValue(params, QStringLiteral("client_id"));
    if (clientId.isEmpty() || !hasParam(params, QStringLiteral("client_secret")))
        return invalidClient(QStringLiteral("client authentication missing: send client_id and "
                                            "client_secret, HTTP Basic, or a client_assertion"),
                             false);
    return checkSecret(clientId, formValue(params, QStringLiteral("client_secret")),
                       AuthMethod::ClientSecretPost);
}

ClientAuthenticator::Outcome
ClientAuthenticator::checkSecret(const QString &clientId, const QString &secret, AuthMethod method)
{
    const bool basicUsed = method == AuthMethod::ClientSecretBasic;
    const SandboxClient *client = m_config.findClient(clientId);
    if (!client)
        return invalidClient(QStringLiteral("client authentication failed: unknown client_id"),
                             basicUsed);
    if (client->secret.isEmpty())
        return invalidClient(
            QStringLiteral("client \"%1\" authenticates with private_key_jwt only").arg(clientId),
            basicUsed);
    if (const std::optional<QString> refusal = strictRefusal(*client, method))
        return invalidClient(*refusal, basicUsed);
    if (client->secret != secret)
        return invalidClient(QStringLiteral("client authentication failed: wrong secret"),
                             basicUsed);
    return Authenticated{client, method};
}

} // namespace nv
