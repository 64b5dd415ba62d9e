#include "DiscoveryDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv::DiscoveryDocument", text);
}

// At most this much of a hostile value goes into a sentence.
QString quoted(const QString &value)
{
    return QStringLiteral("\"%1\"").arg(value.size() > 80 ? value.left(80) + QStringLiteral("…")
                                                          : value);
}

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

QString pathWithoutTrailingSlash(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

// An endpoint the console will send requests (and credentials) to: absolute http(s) with a
// host, no fragment, no user:password. The problem in words, or empty.
QString urlProblem(const QString &name, const QString &text)
{
    if (text.size() > DiscoveryDocument::MaxUrlLength)
        return tr("%1 is %2 characters long; the console accepts at most %3.")
            .arg(name)
            .arg(text.size())
            .arg(DiscoveryDocument::MaxUrlLength);
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.isRelative())
        return tr("%1 %2 is not an absolute URL.").arg(name, quoted(text));
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("%1 %2 is not an http or https URL: the console fetches nothing else.")
            .arg(name, quoted(text));
    if (url.host().isEmpty())
        return tr("%1 %2 names no host.").arg(name, quoted(text));
    if (url.hasFragment())
        return tr("%1 %2 has a fragment (#…), which OAuth endpoints may not have.")
            .arg(name, quoted(text));
    if (!url.userInfo().isEmpty())
        return tr("%1 carries a user name or password in the URL.").arg(name);
    return {};
}

// A required endpoint: present, a string, and a URL urlProblem() accepts.
QUrl readEndpoint(const QJsonObject &o, const char *key, QString *problem)
{
    const QString name = QLatin1String(key);
    const QJsonValue value = o.value(name);
    if (!value.isString() || value.toString().isEmpty()) {
        *problem = tr("The document has no %1 (or it is not a string).").arg(name);
        return {};
    }
    *problem = urlProblem(name, value.toString());
    return problem->isEmpty() ? QUrl(value.toString(), QUrl::StrictMode) : QUrl();
}

// An optional list of short strings; absent is an empty list.
QStringList readList(const QJsonObject &o, const char *key, QString *problem)
{
    const QString name = QLatin1String(key);
    const QJsonValue value = o.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        *problem = tr("%1 is not a list.").arg(name);
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() > DiscoveryDocument::MaxListItems) {
        *problem = tr("%1 has %2 entries; the console accepts at most %3.")
                       .arg(name)
                       .arg(array.size())
                       .arg(DiscoveryDocument::MaxListItems);
        return {};
    }
    QStringList items;
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().size() > DiscoveryDocument::MaxItemLength) {
            *problem = tr("%1 holds something that is not a short string.").arg(name);
            return {};
        }
        items << item.toString();
    }
    return items;
}

QJsonObject readObject(const QByteArray &body, QString *problem)
{
    if (body.size() > DiscoveryDocument::MaxBytes) {
        *problem = tr("The document is larger than %1 KiB; real ones are a few KiB, so the console "
                      "did not read it.")
                       .arg(DiscoveryDocument::MaxBytes / 1024);
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (!document.isObject())
        *problem = error.error == QJsonParseError::NoError
                       ? tr("The document is JSON but not an object.")
                       : tr("The document is not JSON (%1).").arg(error.errorString());
    return document.object();
}
} // namespace

QString DiscoveryDocument::checkIssuer(const QUrl &issuer)
{
    const QString text = issuer.toString(QUrl::FullyEncoded);
    if (text.isEmpty())
        return tr("Type the operator's issuer URL, e.g. https://operator.example.");
    if (const QString problem = urlProblem(tr("The issuer"), text); !problem.isEmpty())
        return problem;
    if (issuer.hasQuery())
        return tr("The issuer has a query (?…), which OpenID issuers may not have.");
    return {};
}

QUrl DiscoveryDocument::wellKnownUrl(const QUrl &issuer)
{
    QUrl url = issuer;
    url.setQuery(QString());
    url.setFragment(QString());
    url.setPath(pathWithoutTrailingSlash(issuer) +
                QStringLiteral("/.well-known/openid-configuration"));
    return url;
}

bool DiscoveryDocument::sameIssuer(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           effectivePort(a) == effectivePort(b) &&
           pathWithoutTrailingSlash(a) == pathWithoutTrailingSlash(b) && a.query() == b.query() &&
           a.userInfo() == b.userInfo();
}

DiscoveryDocument DiscoveryDocument::parse(const QByteArray &body, const QUrl &expectedIssuer)
{
    DiscoveryDocument d;
    const QJsonObject o = readObject(body, &d.problem);
    if (!d.problem.isEmpty())
        return d;
    const QUrl issuer = readEndpoint(o, "issuer", &d.problem);
    if (!d.problem.isEmpty())
        return d;
    if (!sameIssuer(issuer, expectedIssuer)) {
        d.problem = tr("The document names the issuer %1, not %2: it belongs to another operator "
                       "(or something in between rewrote it), so its endpoints are not used.")
                        .arg(quoted(issuer.toString()), quoted(expectedIssuer.toString()));
        return d;
    }
    const std::pair<const char *, QUrl *> endpoints[] = {
        {"authorization_endpoint", &d.authorizationEndpoint},
        {"token_endpoint", &d.tokenEndpoint},
        {"jwks_uri", &d.jwksUri}};
    for (const auto &[key, target] : endpoints) {
        *target = readEndpoint(o, key, &d.problem);
        if (!d.problem.isEmpty())
            return d;
    }
    const std::pair<const char *, QStringList *> lists[] = {
        {"scopes_supported", &d.scopesSupported},
        {"token_endpoint_auth_methods_supported", &d.tokenEndpointAuthMethodsSupported},
        {"code_challenge_methods_supported", &d.codeChallengeMethodsSupported}};
    for (const auto &[key, target] : lists) {
        *target = readList(o, key, &d.problem);
        if (!d.problem.isEmpty())
            return d;
    }
    d.issuer = issuer;
    return d;
}

} // namespace nv
