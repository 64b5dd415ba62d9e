#include "Profile.h"

#include <QCoreApplication>

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
    p.authorizeUrl =
        QUrl(QStringLiteral("https://api.pxg.konera.com/camara/api/auth/v1/authorize"));
    p.tokenUrl = QUrl(QStringLiteral("https://api.pxg.konera.com/camara/api/auth/v1/token"));
    p.verifyUrl =
        QUrl(QStringLiteral("https://api.pxg.konera.com/camara/api/number-verification/v1/verify"));
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

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv::Profile", text);
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") ||
           host == QLatin1String("::1");
}

void checkEndpoint(const QUrl &url, bool sandboxPath, ProfileProblem::Field field,
                   const QString &name, ProfileProblems *problems)
{
    if (sandboxPath && url.isRelative() && url.path().startsWith(QLatin1Char('/')))
        return; // resolved against the built-in sandbox at run time
    const bool http = url.scheme() == QLatin1String("http");
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && !http)) {
        problems->append({field, true, tr("%1 is not an http(s) URL.").arg(name)});
    } else if (http && !isLoopback(url)) {
        problems->append(
            {field, false, tr("%1 uses plain http: tokens would travel unencrypted.").arg(name)});
    }
}

void checkRedirectUri(const QUrl &uri, ProfileProblems *problems)
{
    if (!uri.isValid() || uri.scheme().isEmpty())
        problems->append(
            {ProfileProblem::Field::RedirectUri, true, tr("Redirect URI is not a valid URI.")});
    else if (uri.hasFragment())
        problems->append({ProfileProblem::Field::RedirectUri, true,
                          tr("Redirect URI has a fragment (#…), which OAuth forbids "
                             "(RFC 6749 §3.1.2).")});
}

void checkRequestValues(const Profile &profile, ProfileProblems *problems)
{
    if (!profile.scope.split(QLatin1Char(' '))
             .contains(QLatin1String("number-verification:verify")))
        problems->append({ProfileProblem::Field::Scope, false,
                          tr("Scope lacks number-verification:verify: the operator will refuse "
                             "the authorization.")});
    static const QStringList prompts{QString(), QStringLiteral("none"), QStringLiteral("login"),
                                     QStringLiteral("consent"), QStringLiteral("select_account")};
    if (!prompts.contains(profile.prompt.trimmed()))
        problems->append({ProfileProblem::Field::Prompt, false,
                          tr("Prompt \"%1\" is not an OpenID prompt value.").arg(profile.prompt)});
}
} // namespace

ProfileProblems blockingProblems(const ProfileProblems &problems)
{
    ProfileProblems blocking;
    std::copy_if(problems.begin(), problems.end(), std::back_inserter(blocking),
                 [](const ProfileProblem &p) { return p.blocking; });
    return blocking;
}

ProfileProblems Profile::problems() const
{
    ProfileProblems found;
    checkEndpoint(authorizeUrl, sandbox, ProfileProblem::Field::AuthorizeUrl, tr("Authorize URL"),
                  &found);
    checkEndpoint(tokenUrl, sandbox, ProfileProblem::Field::TokenUrl, tr("Token URL"), &found);
    checkEndpoint(verifyUrl, sandbox, ProfileProblem::Field::VerifyUrl, tr("Verify URL"), &found);
    if (clientId.trimmed().isEmpty())
        found.append({ProfileProblem::Field::ClientId, true,
                      builtIn ? tr("The profile has no client ID. Built-in profiles are "
                                   "read-only: duplicate it and fill in your client ID.")
                              : tr("The profile has no client ID.")});
    checkRedirectUri(redirectUri, &found);
    checkRequestValues(*this, &found);
    return found;
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
        {QStringLiteral("authorizeWith"), driverKindId(authorizeWith)},
        {QStringLiteral("relayUrl"), relayUrl.toString()},
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
    p.authorizeWith = driverKindFromId(o.value(QStringLiteral("authorizeWith")).toString())
                          .value_or(DriverKind::EmbeddedBrowser);
    p.relayUrl = QUrl(o.value(QStringLiteral("relayUrl")).toString());
    return p;
}

} // namespace nv
