#include "HttpClient.h"

#include "NetworkEnvironment.h"
#include "UrlPolicy.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <algorithm>

namespace nv {

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // No disk cache, no stored credentials: every run starts clean.
    m_network->setCookieJar(new QNetworkCookieJar(m_network));
    // The proxy itself is process-wide (NetworkEnvironment); its 407 is answered here with the
    // profile's user name and keychain password, once. Left unanswered, the exchange ends with
    // the 407 in words (TransportFailure).
    connect(m_network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [](const QNetworkProxy &, QAuthenticator *authenticator) {
                NetworkEnvironment::answerProxyChallenge(authenticator);
            });
}

void HttpClient::setCookieJar(QNetworkCookieJar *jar)
{
    m_network->setCookieJar(jar);
    jar->setParent(m_network);
}

QByteArray HttpClient::userAgent()
{
    return QByteArrayLiteral("NV-Console/" NV_VERSION_STRING);
}

namespace {
HttpExchange startedExchange(const HttpRequest &request, const HttpHeaders &headers,
                             const ExchangeContext &context)
{
    HttpExchange exchange;
    exchange.runId = context.runId;
    exchange.correlationId = context.correlationId;
    exchange.step = context.step;
    exchange.profileName = context.profileName;
    exchange.method = request.method;
    exchange.url = request.url;
    exchange.requestHeaders = headers;
    exchange.requestBody = request.body;
    exchange.startedAt = QDateTime::currentDateTimeUtc();
    return exchange;
}
} // namespace

PendingExchange *HttpClient::send(const HttpRequest &request, const ExchangeContext &context)
{
    // Refused before anything happens: no cookie lookup, no connection, no file opened.
    const QString refusal = UrlPolicy::refusal(request.url);
    if (!refusal.isEmpty()) {
        HttpExchange refused = startedExchange(request, request.headers, context);
        refused.note = tr("not sent: refused by the console");
        return PendingExchange::refused(std::move(refused), refusal, this);
    }

    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    HttpHeaders headers = request.headers;
    // Put the jar's cookies in the request ourselves, so the log shows the Cookie header that
    // was really sent (Qt would add it silently otherwise).
    const bool hasCookieHeader = std::any_of(headers.cbegin(), headers.cend(), [](const auto &h) {
        return h.first.compare("Cookie", Qt::CaseInsensitive) == 0;
    });
    const QList<QNetworkCookie> cookies = m_network->cookieJar()->cookiesForUrl(request.url);
    if (!hasCookieHeader && !cookies.isEmpty()) {
        QByteArray value;
        for (const QNetworkCookie &cookie : cookies)
            value +=
                (value.isEmpty() ? "" : "; ") + cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
        headers.append({QByteArrayLiteral("Cookie"), value});
    }
    for (const auto &[name, value] : headers)
        networkRequest.setRawHeader(name, value);

    HttpExchange exchange = startedExchange(request, headers, context);
    exchange.proxy = NetworkEnvironment::proxyFor(request.url);
    QNetworkReply *reply = nullptr;
    if (request.method == "GET" && request.body.isEmpty())
        reply = m_network->get(networkRequest);
    else
        reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    return new PendingExchange(reply, std::move(exchange), m_timeoutMs, m_maxBodyBytes, this);
}

} // namespace nv
