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
    if (const QString wrong = network.problem(); !wrong.isEmpty())
        found.append({ProfileProblem::Field::Network, true, wrong});
    return found;
}

QString tokenAuthMethodName(TokenAuthMethod method)
{
    switch (method) {
    case TokenAuthMethod::ClientSecretBasic:
        return QStringLiteral("client_secret_basic");
    case TokenAuthMethod::PrivateKeyJwt:
        return QStringLiteral("private_key_jwt");
    case TokenAuthMethod::ClientSecretPost:
        break;
    }
    return QStringLiteral("client_secret_post");
}

std::optional<TokenAuthMethod> tokenAuthMethodFromName(const QString &name)
{
    for (auto method : {TokenAuthMethod::ClientSecretPost, TokenAuthMethod::ClientSecretBasic,
                        TokenAuthMethod::PrivateKeyJwt}) {
        if (name == tokenAuthMethodName(method))
            return method;
    }
    return std::nullopt;
}

QString assertionAudienceName(AssertionAudience audience)
{
    return audience == AssertionAudience::Issuer ? QStringLiteral("issuer")
                                                 : QStringLiteral("token");
}

std::optional<AssertionAudience> assertionAudienceFromName(const QString &name)
{
    if (name == QLatin1String("token"))
        return AssertionAudience::TokenEndpoint;
    if (name == QLatin1String("issuer"))
        return AssertionAudience::Issuer;
    return std::nullopt;
}

QString apiVersionName(ApiVersion version)
{
    return version == ApiVersion::V2 ? QStringLiteral("v2") : QStringLiteral("v1");
}

std::optional<ApiVersion> apiVersionFromName(const QString &name)
{
    if (name == QLatin1String("v1"))
        return ApiVersion::V1;
    if (name == QLatin1String("v2"))
        return ApiVersion::V2;
    return std::nullopt;
}

QJsonObject Profile::toJson() const
{
    // Deliberately no secret field: profiles are exported and shared as they are. A
    // private_key_jwt profile names its key (algorithm and kid), never holds it.
    QJsonObject o{
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
    // Written only when used, so that profiles without them read the same in older versions.
    if (!clientKeyAlg.isEmpty())
        o.insert(QStringLiteral("clientKeyAlg"), clientKeyAlg);
    if (!clientKeyId.isEmpty())
        o.insert(QStringLiteral("clientKeyId"), clientKeyId);
    if (assertionAudience != AssertionAudience::TokenEndpoint)
        o.insert(QStringLiteral("assertionAudience"), assertionAudienceName(assertionAudience));
    if (apiVersion != ApiVersion::V1)
        o.insert(QStringLiteral("apiVersion"), apiVersionName(apiVersion));
    if (!issuer.isEmpty())
        o.insert(QStringLiteral("issuer"), issuer.toString());
    if (!jwksUrl.isEmpty())
        o.insert(QStringLiteral("jwksUrl"), jwksUrl.toString());
    if (!network.isDefault())
        o.insert(QStringLiteral("network"), network.toJson());
    return o;
}

namespace {
// The fields of private_key_jwt; what this console does not know is a problem, never a guess.
void readClientAuthentication(const QJsonObject &o, Profile *p, QString *problem)
{
    const auto note = [problem](const QString &text) {
        if (problem && problem->isEmpty())
            *problem = text;
    };
    const QString method = o.value(QStringLiteral("tokenAuthMethod")).toString();
    if (!method.isEmpty()) {
        if (const auto known = tokenAuthMethodFromName(method))
            p->tokenAuthMethod = *known;
        else
            note(tr("token auth method \"%1\" is not one the console knows (client_secret_post, "
                    "client_secret_basic, private_key_jwt)")
                     .arg(method));
    }
    p->clientKeyAlg = o.value(QStringLiteral("clientKeyAlg")).toString();
    if (!p->clientKeyAlg.isEmpty() && p->clientKeyAlg != QLatin1String("RS256") &&
        p->clientKeyAlg != QLatin1String("ES256")) {
        note(tr("client key algorithm \"%1\" is not one the console signs with (RS256, ES256)")
                 .arg(p->clientKeyAlg));
        p->clientKeyAlg.clear();
    }
    p->clientKeyId = o.value(QStringLiteral("clientKeyId")).toString();
    const QString audience = o.value(QStringLiteral("assertionAudience")).toString();
    if (!audience.isEmpty()) {
        if (const auto known = assertionAudienceFromName(audience))
            p->assertionAudience = *known;
        else
            note(tr("assertion audience \"%1\" is neither \"token\" nor \"issuer\"").arg(audience));
    }
}

// The API version and what discovery filled in; an unknown version is a problem, never a guess.
void readDiscoveryFields(const QJsonObject &o, Profile *p, QString *problem)
{
    const QString version = o.value(QStringLiteral("apiVersion")).toString();
    if (!version.isEmpty()) {
        if (const auto known = apiVersionFromName(version))
            p->apiVersion = *known;
        else if (problem && problem->isEmpty())
            *problem = tr("API version \"%1\" is neither v1 nor v2").arg(version);
    }
    p->issuer = QUrl(o.value(QStringLiteral("issuer")).toString());
    p->jwksUrl = QUrl(o.value(QStringLiteral("jwksUrl")).toString());
}
} // namespace

Profile Profile::fromJson(const QJsonObject &o, QString *problem)
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
    if (problem)
        problem->clear();
    readClientAuthentication(o, &p, problem);
    p.authorizeWith = driverKindFromId(o.value(QStringLiteral("authorizeWith")).toString())
                          .value_or(DriverKind::EmbeddedBrowser);
    p.relayUrl = QUrl(o.value(QStringLiteral("relayUrl")).toString());
    readDiscoveryFields(o, &p, problem);
    p.network = NetworkSettings::fromJson(o.value(QStringLiteral("network")).toObject(), problem);
    return p;
}

} // namespace nv
