#include "JwksFetch.h"

#include "http/HttpClient.h"

#include <QJsonDocument>

namespace nv {

namespace {
const QString StepDiscovery = QStringLiteral("discovery");
const QString StepJwks = QStringLiteral("jwks");

HttpRequest getJson(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.setHeader("Accept", "application/json");
    return request;
}
} // namespace

JwksFetch::JwksFetch(QObject *parent)
    : QObject(parent)
    , m_http(new HttpClient(this))
{
    m_http->setTimeoutMs(10000);
}

QUrl JwksFetch::discoveryUrl(const QUrl &authorizeUrl)
{
    QUrl url;
    url.setScheme(authorizeUrl.scheme());
    url.setHost(authorizeUrl.host());
    url.setPort(authorizeUrl.port());
    url.setPath(QStringLiteral("/.well-known/openid-configuration"));
    return url;
}

QString JwksFetch::expectedIssuer(const QUrl &authorizeUrl)
{
    QUrl url = discoveryUrl(authorizeUrl);
    url.setPath(QString());
    return url.toString(QUrl::FullyEncoded);
}

void JwksFetch::start(const QUrl &authorizeUrl, const ExchangeContext &context)
{
    cancel();
    m_context = context;
    m_context.step = StepDiscovery;
    m_pending = m_http->send(getJson(discoveryUrl(authorizeUrl)), m_context);
    connect(m_pending, &PendingExchange::finished, this, &JwksFetch::onDiscovery);
}

void JwksFetch::startWithKnownKeys(const QUrl &jwksUrl, const QUrl &issuer,
                                   const ExchangeContext &context)
{
    cancel();
    m_context = context;
    m_context.step = StepJwks;
    m_issuer = issuer.toString(QUrl::FullyEncoded);
    m_jwksUri = jwksUrl;
    m_pending = m_http->send(getJson(m_jwksUri), m_context);
    connect(m_pending, &PendingExchange::finished, this, &JwksFetch::onJwks);
}

void JwksFetch::cancel()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->cancel();
        m_pending = nullptr;
    }
}

void JwksFetch::fail(const QString &problem)
{
    emit finished({}, m_issuer, m_jwksUri, problem);
}

void JwksFetch::onDiscovery(const HttpExchange &exchange)
{
    m_pending = nullptr;
    emit exchangeRecorded(exchange);
    if (!exchange.error.isEmpty() || exchange.status != 200)
        return fail(tr("the operator's discovery document (%1) could not be read: %2.")
                        .arg(exchange.url.toString(), exchange.error.isEmpty()
                                                          ? tr("HTTP %1").arg(exchange.status)
                                                          : exchange.error));
    const QJsonObject discovery = QJsonDocument::fromJson(exchange.responseBody).object();
    m_issuer = discovery.value(QLatin1String("issuer")).toString();
    m_jwksUri = QUrl(discovery.value(QLatin1String("jwks_uri")).toString());
    if (!m_jwksUri.isValid() || m_jwksUri.host().isEmpty())
        return fail(tr("the discovery document names no jwks_uri."));
    m_context.step = StepJwks;
    m_pending = m_http->send(getJson(m_jwksUri), m_context);
    connect(m_pending, &PendingExchange::finished, this, &JwksFetch::onJwks);
}

void JwksFetch::onJwks(const HttpExchange &exchange)
{
    m_pending = nullptr;
    emit exchangeRecorded(exchange);
    if (!exchange.error.isEmpty() || exchange.status != 200)
        return fail(tr("the key set at %1 could not be read: %2.")
                        .arg(m_jwksUri.toString(), exchange.error.isEmpty()
                                                       ? tr("HTTP %1").arg(exchange.status)
                                                       : exchange.error));
    const QJsonObject jwks = QJsonDocument::fromJson(exchange.responseBody).object();
    if (!jwks.value(QLatin1String("keys")).isArray())
        return fail(tr("the document at %1 is not a JWK set.").arg(m_jwksUri.toString()));
    emit finished(jwks, m_issuer, m_jwksUri, QString());
}

} // namespace nv
