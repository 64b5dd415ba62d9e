#include "ProfilePresets.h"

#include "flow/DiscoveryDocument.h"

#include <QCoreApplication>

namespace nv {

namespace ProfilePresets {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv::ProfilePresets", text);
}

QUrl originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(url.port());
    return origin;
}
} // namespace

QList<ProfilePreset> all()
{
    using K = ProfilePreset::Kind;
    return {
        {K::KoneraPxgV1, QStringLiteral("konera-pxg-v1"), tr("Konera PXG v1"),
         tr("The operator portal's URLs: verify at /camara/api/number-verification/v1/verify, "
            "x-correlation-id, client_secret_post.")},
        {K::KoneraPxgV2, QStringLiteral("konera-pxg-v2"), tr("Konera PXG v2"),
         tr("The same gateway with the CAMARA v2 verify path, "
            "/camara/number-verification/v2/verify.")},
        {K::CamaraDiscovery, QStringLiteral("camara-discovery"), tr("CAMARA operator (discovery)"),
         tr("Any CAMARA operator: type its issuer URL and the authorize, token and JWKS URLs are "
            "read from its /.well-known/openid-configuration; x-correlator as the correlation "
            "header.")},
    };
}

std::optional<ProfilePreset> fromId(const QString &id)
{
    for (const ProfilePreset &preset : all()) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}

QString devicePhoneNumberScope()
{
    return QStringLiteral("number-verification:device-phone-number:read");
}

QString withScope(const QString &scope, const QString &extra)
{
    QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!scopes.contains(extra))
        scopes << extra;
    return scopes.join(QLatin1Char(' '));
}

QString koneraVerifyPath(ApiVersion version)
{
    return version == ApiVersion::V2 ? QStringLiteral("/camara/number-verification/v2/verify")
                                     : QStringLiteral("/camara/api/number-verification/v1/verify");
}

Profile koneraPxg(ApiVersion version)
{
    Profile p = Profile::konera();
    p.builtIn = false;
    p.name = version == ApiVersion::V2 ? tr("Konera PXG v2") : tr("Konera PXG v1");
    p.apiVersion = version;
    QUrl verify = p.verifyUrl;
    verify.setPath(koneraVerifyPath(version));
    p.verifyUrl = verify;
    return p;
}

QUrl camaraVerifyUrl(const QUrl &issuer, ApiVersion version)
{
    QUrl url = originOf(issuer);
    url.setPath(
        QStringLiteral("/camara/number-verification/%1/verify").arg(apiVersionName(version)));
    return url;
}

Profile camaraOperator(const QUrl &issuer, ApiVersion version)
{
    Profile p;
    p.name = issuer.host().isEmpty() ? tr("CAMARA operator")
                                     : tr("CAMARA operator (%1)").arg(issuer.host());
    p.issuer = issuer;
    p.apiVersion = version;
    p.verifyUrl = camaraVerifyUrl(issuer, version);
    p.scope = Profile::defaultScope();
    p.prompt = QStringLiteral("none");
    p.correlationHeader = QStringLiteral("x-correlator");
    p.usePkce = true; // CAMARA's security profile recommends S256
    p.tokenAuthMethod = TokenAuthMethod::ClientSecretPost;
    return p;
}

void applyDiscovery(const DiscoveryDocument &document, Profile *profile)
{
    profile->issuer = document.issuer;
    profile->authorizeUrl = document.authorizationEndpoint;
    profile->tokenUrl = document.tokenEndpoint;
    profile->jwksUrl = document.jwksUri;
}

Profile profileFor(const ProfilePreset &preset, ApiVersion camaraVersion, const QUrl &issuer,
                   const DiscoveryDocument *document)
{
    switch (preset.kind) {
    case ProfilePreset::Kind::KoneraPxgV2:
        return koneraPxg(ApiVersion::V2);
    case ProfilePreset::Kind::CamaraDiscovery: {
        Profile p = camaraOperator(issuer, camaraVersion);
        if (document && document->ok())
            applyDiscovery(*document, &p);
        return p;
    }
    case ProfilePreset::Kind::KoneraPxgV1:
        break;
    }
    return koneraPxg(ApiVersion::V1);
}

} // namespace ProfilePresets

} // namespace nv
