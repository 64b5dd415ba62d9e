#pragma once

#include "AuthorizeDriver.h"

#include <QPointer>

namespace nv {

class HttpClient;
class PendingExchange;

// Follows the authorize redirect chain with plain HTTP, the way a device's HTTP stack would:
// cookies kept across hops (a fresh jar per run), 301/302/303 become GET, 307/308 keep the
// method, and the hop to the redirect URI is caught from the Location header, never requested.
// Only https and http are fetched (UrlPolicy): a Location of any other scheme ends the chain
// with the reason, and its hop is logged unsent, without a body.
class RedirectFollower : public AuthorizeDriver
{
    Q_OBJECT
public:
    explicit RedirectFollower(QObject *parent = nullptr);

    void start(const QUrl &authorizeUrl, const QUrl &redirectUri) override;
    void cancel() override;
    QString name() const override { return QStringLiteral("redirect follower"); }
    bool awaitingAnswer() const override { return !m_pending.isNull(); }

    void setMaxHops(int hops) { m_maxHops = hops; }
    void setTimeoutMs(int ms);

private:
    void request(const QByteArray &method, const QUrl &url);
    void onHop(const HttpExchange &exchange);

    HttpClient *m_http;
    QPointer<PendingExchange> m_pending;
    QUrl m_redirectUri;
    int m_hops = 0;
    int m_maxHops = 20;
};

} // namespace nv
