#include "Profile.h"

namespace nv {

namespace {
const QString SandboxClientId = QStringLiteral("nv-console-sandbox");
// A redirect URI in the reserved .invalid domain: it is captured, never loaded, and if
// something goes wrong it cannot resolve to anybody's server.
const QUrl SandboxRedirectUri(QStringLiteral("https://nv-console.invalid/callback"));
} // namespace

QString Profile::defaultScope()
{
    return QStringLiteral("openid dpv:FraudPreventionAndDetection number-verification:verify");
}

QString Profile::defaultCorrelationHeader()
{
    return QStringLiteral("x-correlation-id");
}

Profile Profile::konera()
{
    Profile p;
    p.name = QStringLiteral("Konera PXG (production)");
    p.builtIn = true;
    p.authorizeUrl = QUrl(QStringLiteral("https://api.pxg.konera.com/camara/api/auth/v1/authorize"));
    p.tokenUrl = QUrl(QStringLiteral("https://api.pxg.konera.com/camara/api/auth/v1/token"));
    p.verifyUrl = QUrl(
        QStringLiteral("https://api.pxg.konera.com/camara/api/number-verification/v1/verify"));
    p.scope = defaultScope();
    p.prompt = QStringLiteral("none");
    p.correlationHeader = defaultCorrelationHeader();
    p.usePkce = false;
    p.tokenAuthMethod = TokenAuthMethod::ClientSecretPost;
    return p;
}

Profile Profile::builtInSandbox()
{
    Profile p;
    p.name = QStringLiteral("Built-in sandbox");
    p.builtIn = true;
    p.sandbox = true;
    p.authorizeUrl = QUrl(QStringLiteral("/camara/api/auth/v1/authorize"));
    p.tokenUrl = QUrl(QStringLiteral("/camara/api/auth/v1/token"));
    p.verifyUrl = QUrl(QStringLiteral("/camara/api/number-verification/v1/verify"));
    p.clientId = SandboxClientId;
    p.redirectUri = SandboxRedirectUri;
    p.scope = defaultScope();
    p.prompt = QStringLiteral("none");
    p.correlationHeader = defaultCorrelationHeader();
    p.usePkce = true;
    p.tokenAuthMethod = TokenAuthMethod::ClientSecretPost;
    return p;
}

Profile Profile::resolvedAgainst(const QUrl &sandboxBaseUrl) const
{
    Profile p = *this;
    if (!sandbox)
        return p;
    p.authorizeUrl = sandboxBaseUrl.resolved(authorizeUrl);
    p.tokenUrl = sandboxBaseUrl.resolved(tokenUrl);
    p.verifyUrl = sandboxBaseUrl.resolved(verifyUrl);
    return p;
}

QString tokenAuthMethodName(TokenAuthMethod method)
{
    switch (method) {
    case TokenAuthMethod::ClientSecretBasic:
        return QStringLiteral("client_secret_basic");
    case TokenAuthMethod::ClientSecretPost:
        break;
    }
    return QStringLiteral("client_secret_post");
}

TokenAuthMethod tokenAuthMethodFromName(const QString &name)
{
    return name == QLatin1String("client_secret_basic") ? TokenAuthMethod::ClientSecretBasic
                                                        : TokenAuthMethod::ClientSecretPost;
}

QJsonObject Profile::toJson() const
{
    // Deliberately no secret field: profiles are exported and shared as they are.
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("sandbox"), sandbox},
        {QStringLiteral("authorizeUrl"), authorizeUrl.toString()},
        {QStringLiteral("tokenUrl"), tokenUrl.toString()},
        {QStringLiteral("verifyUrl"), verifyUrl.toString()},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("redirectUri"), redirectUri.toString()},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("prompt"), prompt},
        {QStringLiteral("loginHint"), loginHint},
        {QStringLiteral("koneraContext"), koneraContext},
        {QStringLiteral("correlationHeader"), correlationHeader},
        {QStringLiteral("pkce"), usePkce},
        {QStringLiteral("tokenAuthMethod"), tokenAuthMethodName(tokenAuthMethod)},
    };
}

Profile Profile::fromJson(const QJsonObject &o)
{
    Profile p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.sandbox = o.value(QStringLiteral("sandbox")).toBool();
    p.authorizeUrl = QUrl(o.value(QStringLiteral("authorizeUrl")).toString());
    p.tokenUrl = QUrl(o.value(QStringLiteral("tokenUrl")).toString());
    p.verifyUrl = QUrl(o.value(QStringLiteral("verifyUrl")).toString());
    p.clientId = o.value(QStringLiteral("clientId")).toString();
    p.redirectUri = QUrl(o.value(QStringLiteral("redirectUri")).toString());
    p.scope = o.value(QStringLiteral("scope")).toString(defaultScope());
    p.prompt = o.value(QStringLiteral("prompt")).toString();
    p.loginHint = o.value(QStringLiteral("loginHint")).toString();
    p.koneraContext = o.value(QStringLiteral("koneraContext")).toString();
    p.correlationHeader =
        o.value(QStringLiteral("correlationHeader")).toString(defaultCorrelationHeader());
    p.usePkce = o.value(QStringLiteral("pkce")).toBool();
    p.tokenAuthMethod =
        tokenAuthMethodFromName(o.value(QStringLiteral("tokenAuthMethod")).toString());
    return p;
}

} // namespace nv
