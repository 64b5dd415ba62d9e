#include "TokenEndpoint.h"

#include "IdTokenSigner.h"
#include "OAuthErrors.h"
#include "SandboxConfig.h"
#include "SandboxPaths.h"
#include "VerifyApi.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace nv {

using namespace sandboxhttp;

namespace {
bool isPkceString(const QString &value)
{
    // RFC 7636 4.1: 43 to 128 unreserved characters.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return pattern.match(value).hasMatch();
}

QStringList splitScope(const QString &scope)
{
    QStringList scopes;
    for (const QString &item : scope.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!scopes.contains(item))
            scopes.append(item);
    }
    return scopes;
}

QHttpServerResponse invalidGrant(const QString &description)
{
    return oauthError(Status::BadRequest, oauth::InvalidGrant, description);
}

// The PKCE check of RFC 7636 4.6; nothing when the verifier fits the grant's challenge.
std::optional<QString> pkceProblem(const GrantRegistry::Grant &grant, const FormParams &params)
{
    const QString verifier = formValue(params, QStringLiteral("code_verifier"));
    if (grant.codeChallenge.isEmpty()) {
        // OAuth 2.1 / RFC 9700: a verifier without a challenge is a downgrade attempt.
        if (hasParam(params, QStringLiteral("code_verifier")))
            return QStringLiteral("code_verifier sent, but the authorization request carried no "
                                  "code_challenge");
        return std::nullopt;
    }
    if (verifier.isEmpty())
        return QStringLiteral("code_verifier is missing (the authorization request used PKCE)");
    if (!isPkceString(verifier))
        return QStringLiteral("code_verifier must be 43 to 128 characters of [A-Za-z0-9-._~]");
    const QString expected =
        grant.codeChallengeMethod == QLatin1String("S256")
            ? QString::fromLatin1(
                  QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            : verifier;
    if (expected != grant.codeChallenge)
        return QStringLiteral("code_verifier does not match the code_challenge (method %1)")
            .arg(grant.codeChallengeMethod);
    return std::nullopt;
}

// Printable ASCII goes into a header as it is (so a console's redaction has the literal value to
// find); anything else is percent-encoded so the header stays one valid line.
QByteArray headerSafe(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const bool printable = std::all_of(utf8.cbegin(), utf8.cend(),
                                       [](char c) { return c > 0x20 && c < 0x7f && c != ';'; });
    return printable ? utf8 : QUrl::toPercentEncoding(value);
}
} // namespace

TokenEndpoint::TokenEndpoint(const SandboxConfig &config, GrantRegistry &registry,
                             IdTokenSigner &signer)
    : m_config(config)
    , m_registry(registry)
    , m_signer(signer)
    , m_clients(config)
    , m_subjectSalt(GrantRegistry::randomToken(32).toLatin1())
{}

void TokenEndpoint::setIssuer(const QUrl &issuer)
{
    m_issuer = issuer;
}

QString TokenEndpoint::tokenEndpointUrl() const
{
    QUrl url = m_issuer;
    url.setPath(sandboxpaths::token());
    return url.toString();
}

SandboxScenario::Kind TokenEndpoint::timingScenario(const GrantRegistry::Grant &grant) const
{
    return grant.scenarioPinned ? grant.scenario : m_config.scenarioKind();
}

SandboxReply TokenEndpoint::timed(QHttpServerResponse &&response, SandboxScenario::Kind kind) const
{
    return SandboxReply::timed(std::move(response), m_config, kind, false);
}

SandboxReply TokenEndpoint::token(const QHttpServerRequest &request)
{
    const SandboxScenario::Kind current = m_config.scenarioKind();
    if (mediaType(request) != "application/x-www-form-urlencoded")
        return timed(oauthError(Status::BadRequest, oauth::InvalidRequest,
                                QStringLiteral("the token request must be "
                                               "application/x-www-form-urlencoded")),
                     current);
    const FormParams params = parseForm(request.body());
    const QStringList repeated = repeatedNames(params);
    if (!repeated.isEmpty())
        return timed(
            oauthError(
                Status::BadRequest, oauth::InvalidRequest,
                QStringLiteral("parameter repeated: %1").arg(repeated.join(QLatin1String(", ")))),
            current);
    if (echoesSecrets(params))
        return timed(echoSecrets(request, params), current);

    const QUrl issuer = m_issuer;
    auto authenticated = m_clients.authenticate(
        request, params,
        {tokenEndpointUrl(), issuer.toString(), issuer.toString() + QLatin1Char('/')});
    if (auto *refused = std::get_if<QHttpServerResponse>(&authenticated))
        return timed(std::move(*refused), current);
    const SandboxClient &client =
        *std::get<ClientAuthenticator::Authenticated>(authenticated).client;

    const QString grantType = formValue(params, QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return timed(oauthError(Status::BadRequest, oauth::InvalidRequest,
                                QStringLiteral("grant_type is missing")),
                     current);
    GrantRegistry::Grant grant;
    grant.scenario = current;
    if (grantType == QLatin1String("authorization_code")) {
        QHttpServerResponse response = authorizationCodeGrant(client, params, &grant);
        return timed(std::move(response), timingScenario(grant));
    }
    if (grantType == QLatin1String("refresh_token")) {
        QHttpServerResponse response = refreshTokenGrant(client, params, &grant);
        return timed(std::move(response), timingScenario(grant));
    }
    return timed(oauthError(Status::BadRequest, oauth::UnsupportedGrantType,
                            QStringLiteral("grant_type %1 is not supported; use "
                                           "authorization_code or refresh_token")
                                .arg(grantType)),
                 current);
}

bool TokenEndpoint::echoesSecrets(const FormParams &params) const
{
    if (m_config.scenarioKind() == SandboxScenario::Kind::EchoSecrets)
        return true;
    const std::optional<GrantRegistry::Grant> grant =
        m_registry.peekCode(formValue(params, QStringLiteral("code")));
    return grant && grant->scenario == SandboxScenario::Kind::EchoSecrets;
}

QHttpServerResponse TokenEndpoint::echoSecrets(const QHttpServerRequest &request,
                                               const FormParams &params)
{
    // Deliberately what no operator should do: send the credentials back, in the body and in a
    // header, so a console can prove its log and its screens redact them wherever they appear.
    QString secret = formValue(params, QStringLiteral("client_secret"));
    const QByteArray authorization = header(request, "authorization");
    if (authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        secret = formDecode(decoded.mid(decoded.indexOf(':') + 1));
    }
    const QString code = formValue(params, QStringLiteral("code"));
    const QString description =
        QStringLiteral("echo-secrets: received client_secret=%1 and code=%2").arg(secret, code);
    const QByteArray accept = header(request, "accept").toLower();
    QHttpServerResponse response =
        accept.contains("text/html") && !accept.contains("json")
            ? htmlPage(Status::BadRequest, PageLanguage(request),
                       PageLanguage(request).text(
                           "nv::TokenEndpoint",
                           QT_TRANSLATE_NOOP("nv::TokenEndpoint", "Token request refused")),
                       description)
            : oauthError(Status::BadRequest, oauth::InvalidRequest, description);
    response.setHeader("x-debug-echo",
                       "client_secret=" + headerSafe(secret) + "; code=" + headerSafe(code));
    return response;
}

QHttpServerResponse TokenEndpoint::authorizationCodeGrant(const SandboxClient &client,
                                                          const FormParams &params,
                                                          GrantRegistry::Grant *found)
{
    const QString code = formValue(params, QStringLiteral("code"));
    if (code.isEmpty())
        return oauthError(Status::BadRequest, oauth::InvalidRequest,
                          QStringLiteral("code is missing"));
    if (!hasParam(params, QStringLiteral("redirect_uri")))
        return oauthError(Status::BadRequest, oauth::InvalidRequest,
                          QStringLiteral("redirect_uri is missing"));
    GrantRegistry::Grant grant;
    switch (m_registry.takeCode(code, &grant)) {
    case GrantRegistry::Lookup::Valid:
        break;
    case GrantRegistry::Lookup::Unknown:
        return invalidGrant(QStringLiteral("authorization code is unknown"));
    case GrantRegistry::Lookup::Expired:
        return invalidGrant(QStringLiteral("authorization code has expired (codes live %1 s)")
                                .arg(m_config.codeTtlSeconds));
    case GrantRegistry::Lookup::AlreadyRedeemed:
        return invalidGrant(QStringLiteral("authorization code has already been used; the "
                                           "tokens issued for it are now revoked"));
    case GrantRegistry::Lookup::Burnt:
        return invalidGrant(QStringLiteral("authorization code has already been used by a "
                                           "failed token request; start a new authorization"));
    }
    *found = grant;
    if (grant.clientId != client.id)
        return invalidGrant(QStringLiteral("authorization code was issued to another client"));
    if (formValue(params, QStringLiteral("redirect_uri")) != grant.redirectUri)
        return invalidGrant(
            QStringLiteral("redirect_uri does not match the one of the authorization request"));
    if (const std::optional<QString> problem = pkceProblem(grant, params))
        return invalidGrant(*problem);
    // The "missing-scope" operator grants less than was asked for, and says so in "scope".
    if (grant.scenario == SandboxScenario::Kind::MissingScope) {
        grant.scopes.removeAll(VerifyApi::verifyScope());
        *found = grant;
    }
    return issueTokens(grant, code, true);
}

QHttpServerResponse TokenEndpoint::refreshTokenGrant(const SandboxClient &client,
                                                     const FormParams &params,
                                                     GrantRegistry::Grant *found)
{
    const QString refreshToken = formValue(params, QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return oauthError(Status::BadRequest, oauth::InvalidRequest,
                          QStringLiteral("refresh_token is missing"));
    GrantRegistry::Grant grant;
    const GrantRegistry::Lookup lookup = m_registry.takeRefreshToken(refreshToken, &grant);
    if (lookup != GrantRegistry::Lookup::Valid)
        return invalidGrant(lookup == GrantRegistry::Lookup::Expired
                                ? QStringLiteral("refresh token has expired")
                                : QStringLiteral("refresh token is unknown or already used"));
    *found = grant;
    if (grant.clientId != client.id)
        return invalidGrant(QStringLiteral("refresh token was issued to another client"));
    if (hasParam(params, QStringLiteral("scope"))) {
        const QStringList asked = splitScope(formValue(params, QStringLiteral("scope")));
        for (const QString &scope : asked) {
            if (!grant.scopes.contains(scope))
                return oauthError(Status::BadRequest, oauth::InvalidScope,
                                  QStringLiteral("scope %1 was not granted originally").arg(scope));
        }
        grant.scopes = asked;
    }
    return issueTokens(grant, QString(), false);
}

QHttpServerResponse TokenEndpoint::issueTokens(const GrantRegistry::Grant &grant,
                                               const QString &fromCode, bool withIdToken)
{
    using Kind = SandboxScenario::Kind;
    // The next CAMARA rule: one call per token, at most 300 s, no refresh token.
    const bool singleUse = m_config.singleUseTokens || grant.scenario == Kind::SingleUseToken;
    const int advertised =
        singleUse ? qMin(m_config.tokenTtlSeconds, 300) : m_config.tokenTtlSeconds;
    const int actual = grant.scenario == Kind::TokenExpiresEarly
                           ? qMin(advertised, m_config.earlyExpirySeconds)
                           : advertised;
    const QString accessToken = m_registry.issueAccessToken(grant, actual, fromCode, singleUse);
    QJsonObject body{{QStringLiteral("access_token"), accessToken},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), advertised},
                     {QStringLiteral("scope"), grant.scopes.join(QLatin1Char(' '))}};
    if (withIdToken && grant.scopes.contains(QStringLiteral("openid"))) {
        const QByteArray signedToken = idToken(grant, advertised);
        if (signedToken.isEmpty())
            return oauthError(Status::InternalServerError, oauth::ServerError,
                              QStringLiteral("could not sign the ID token"));
        body.insert(QStringLiteral("id_token"), QString::fromLatin1(signedToken));
    }
    QString refreshToken;
    if (grant.scopes.contains(QStringLiteral("offline_access")) && !singleUse) {
        refreshToken = m_registry.issueRefreshToken(grant, m_config.refreshTokenTtlSeconds);
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    }
    if (!fromCode.isEmpty())
        m_registry.recordRedemption(fromCode, accessToken, refreshToken);

    QHttpServerResponse response = json(body);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

QByteArray TokenEndpoint::idToken(const GrantRegistry::Grant &grant, int lifetimeSeconds)
{
    const qint64 now = m_config.clock->epochSeconds();
    QJsonObject claims{
        {QStringLiteral("iss"), m_issuer.toString()},
        {QStringLiteral("sub"), subjectFor(grant.clientId, grant.msisdn)},
        {QStringLiteral("aud"), grant.clientId},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + lifetimeSeconds},
        {QStringLiteral("auth_time"), grant.authTimeSecs},
    };
    // "nba": network-based authentication. A login that did not come over the mobile network
    // has no such evidence, and the claim says nothing rather than lie.
    if (grant.scenario != SandboxScenario::Kind::NotOnMobileNetwork)
        claims.insert(QStringLiteral("amr"), QJsonArray{QStringLiteral("nba")});
    if (!grant.nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), grant.nonce);
    return m_signer.sign(claims);
}

QString TokenEndpoint::subjectFor(const QString &clientId, const QString &msisdn) const
{
    // Pairwise and keyed: a client cannot read the number from sub, nor correlate with another.
    const QByteArray mac = QMessageAuthenticationCode::hash(
        clientId.toUtf8() + '\n' + msisdn.toUtf8(), m_subjectSalt, QCryptographicHash::Sha256);
    return QString::fromLatin1(
        mac.left(18).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace nv
