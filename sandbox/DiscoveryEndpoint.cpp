#include "DiscoveryEndpoint.h"

#include "IdTokenSigner.h"
#include "OAuthErrors.h"
#include "SandboxConfig.h"
#include "SandboxHttp.h"
#include "SandboxPaths.h"
#include "VerifyApi.h"

#include <QJsonArray>

namespace nv {

using namespace sandboxhttp;

DiscoveryEndpoint::DiscoveryEndpoint(const SandboxConfig &config, IdTokenSigner &signer)
    : m_config(config)
    , m_signer(signer)
{}

void DiscoveryEndpoint::setIssuer(const QUrl &issuer)
{
    m_issuer = issuer;
}

SandboxReply DiscoveryEndpoint::jwks(const QHttpServerRequest &)
{
    const QJsonObject keys = m_signer.jwks();
    if (keys.isEmpty())
        return SandboxReply::timed(oauthError(Status::InternalServerError, oauth::ServerError,
                                              QStringLiteral("signing key unavailable")),
                                   m_config, m_config.scenarioKind(), false);
    return SandboxReply::timed(json(keys), m_config, m_config.scenarioKind(), false);
}

SandboxReply DiscoveryEndpoint::discovery(const QHttpServerRequest &)
{
    const auto at = [this](const QString &path) {
        QUrl url = m_issuer;
        url.setPath(path);
        return url.toString();
    };
    const auto list = [](std::initializer_list<const char *> items) {
        QJsonArray array;
        for (const char *item : items)
            array.append(QString::fromLatin1(item));
        return array;
    };
    const QJsonObject document{
        {QStringLiteral("issuer"), m_issuer.toString()},
        {QStringLiteral("authorization_endpoint"), at(sandboxpaths::authorize())},
        {QStringLiteral("token_endpoint"), at(sandboxpaths::token())},
        {QStringLiteral("jwks_uri"), at(sandboxpaths::jwks())},
        {QStringLiteral("response_types_supported"), list({"code"})},
        {QStringLiteral("grant_types_supported"), list({"authorization_code", "refresh_token"})},
        {QStringLiteral("subject_types_supported"), list({"pairwise"})},
        {QStringLiteral("id_token_signing_alg_values_supported"), list({"RS256"})},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         list({"client_secret_post", "client_secret_basic", "private_key_jwt"})},
        {QStringLiteral("token_endpoint_auth_signing_alg_values_supported"),
         list({"RS256", "ES256"})},
        {QStringLiteral("prompt_values_supported"),
         list({"none", "login", "consent", "select_account"})},
        {QStringLiteral("claims_supported"),
         list({"iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "amr"})},
        {QStringLiteral("code_challenge_methods_supported"), list({"S256", "plain"})},
        {QStringLiteral("scopes_supported"),
         QJsonArray{QStringLiteral("openid"), VerifyApi::verifyScope(),
                    VerifyApi::devicePhoneNumberScope(), QStringLiteral("offline_access")}},
        {QStringLiteral("amr_values_supported"), list({"nba"})},
    };
    return SandboxReply::timed(json(document), m_config, m_config.scenarioKind(), false);
}

} // namespace nv
