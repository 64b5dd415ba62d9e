#include "RedirectFollower.h"

#include "AuthorizationResponse.h"
#include "http/HttpClient.h"
#include "http/UrlPolicy.h"

#include <QNetworkCookieJar>

namespace nv {

RedirectFollower::RedirectFollower(QObject *parent)
    : AuthorizeDriver(parent)
    , m_http(new HttpClient(this))
{}

void RedirectFollower::setTimeoutMs(int ms)
{
    m_http->setTimeoutMs(ms);
}

void RedirectFollower::start(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    cancel();
    m_http->setCookieJar(new QNetworkCookieJar); // a fresh session per run
    m_redirectUri = redirectUri;
    m_hops = 0;
    request(QByteArrayLiteral("GET"), authorizeUrl);
}

void RedirectFollower::cancel()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->cancel();
    }
    m_pending = nullptr;
}

void RedirectFollower::request(const QByteArray &method, const QUrl &url)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.setHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    m_pending = m_http->send(request, ExchangeContext{});
    connect(m_pending, &PendingExchange::finished, this, &RedirectFollower::onHop);
}

void RedirectFollower::onHop(const HttpExchange &finished)
{
    m_pending = nullptr;
    HttpExchange exchange = finished;
    exchange.note = exchange.note.isEmpty()
                        ? tr("redirect chain, followed without a browser")
                        : tr("redirect chain, %1").arg(exchange.note); // e.g. refused, not sent
    ++m_hops;

    if (!exchange.error.isEmpty()) {
        emit hop(exchange);
        // HttpClient refused the URL without sending anything: the chain itself is at fault
        // (an authorize URL or a Location the console will not fetch), not the network.
        if (!UrlPolicy::isFetchable(exchange.url))
            emit failed(tr("The authorize chain stopped: %1").arg(exchange.error), false, false);
        else
            emit failed(tr("The authorize request to %1 failed: %2")
                            .arg(exchange.url.host(), exchange.error),
                        false, true);
        return;
    }
    emit hop(exchange);

    const bool isRedirect = exchange.status == 301 || exchange.status == 302 ||
                            exchange.status == 303 || exchange.status == 307 ||
                            exchange.status == 308;
    if (!isRedirect) {
        const QByteArray type = exchange.responseHeader("Content-Type").toLower();
        if (exchange.status == 200 && type.contains("html")) {
            emit failed(tr("The operator answered with a page that needs a person (%1), not a "
                           "redirect. Use the embedded browser (--browser offscreen in the CLI).")
                            .arg(exchange.url.toString(QUrl::RemoveQuery)),
                        true, false);
        } else {
            emit failed(tr("The operator answered HTTP %1 at %2 instead of redirecting.")
                            .arg(exchange.status)
                            .arg(exchange.url.toString(QUrl::RemoveQuery)),
                        false, false);
        }
        return;
    }

    const QByteArray location = exchange.responseHeader("Location");
    const QUrl next = exchange.url.resolved(QUrl::fromEncoded(location));
    if (location.isEmpty() || !next.isValid()) {
        emit failed(tr("HTTP %1 without a usable Location header.").arg(exchange.status), false,
                    false);
        return;
    }
    if (AuthorizationResponse::matchesRedirectUri(next, m_redirectUri)) {
        emit redirectReached(next);
        return;
    }
    if (m_hops >= m_maxHops) {
        emit failed(tr("Stopped after %1 redirects without reaching the redirect URI.").arg(m_hops),
                    false, false);
        return;
    }
    const bool keepMethod = exchange.status == 307 || exchange.status == 308;
    request(keepMethod ? exchange.method : QByteArrayLiteral("GET"), next);
}

} // namespace nv
