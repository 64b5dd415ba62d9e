#pragma once

#include "RateLimiter.h"
#include "RelayClock.h"
#include "RelayLimits.h"
#include "RelayStore.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QObject>
#include <QUrl>
#include <map>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerResponder;
class QTimer;
QT_END_NAMESPACE

namespace nv {

class RelayListener;

// The callback relay for the cross-device mode. The operator redirects the phone to
// GET /callback?code=…&state=… here; the console, which opened that state beforehand with
// POST /v1/expect and its pickup key, long-polls GET /v1/pickup and gets the result once.
// docs/relay.md describes the protocol and the threat model.
//
// It never logs, prints or writes a value it received: served() carries only the route, the
// status and the kind of event.
class RelayServer : public QObject
{
    Q_OBJECT
public:
    explicit RelayServer(const RelayLimits &limits, QList<QHostAddress> trustedProxies = {},
                         const RelayClock &clock = RelayClock::system(), QObject *parent = nullptr);
    ~RelayServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    QUrl baseUrl() const { return m_baseUrl; } // e.g. http://127.0.0.1:41234
    int waitingPickups() const { return int(m_waiters.size()); }
    int entries() const { return m_store.size(); }

signals:
    // One per answer: route ("callback", "expect", "pickup", "healthz", "other"), HTTP status,
    // and what happened ("stored-code", "delivered", "nothing-yet", "rate-limited", ...).
    void served(const QString &route, int status, const QString &event, qint64 elapsedMs);
    // A pickup is now waiting for its result (a long-poll was parked).
    void pickupWaiting();
    // A connection refused at the cap ("connection-cap") or cut ("header-timeout", ...).
    void connectionEvent(const QString &event);

private:
    enum class Route
    {
        Callback,
        Expect,
        Pickup,
        Health,
        Other
    };
    struct Outcome
    {
        QHttpServerResponse response;
        QString event;
    };
    struct Waiter;

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    std::optional<Outcome> screen(const QHttpServerRequest &request, Route route);
    Outcome callback(const QHttpServerRequest &request);
    Outcome expect(const QHttpServerRequest &request);
    void pickup(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                qint64 startedMs);
    void park(const QString &state, const QByteArray &keyHash, int waitSeconds,
              QHttpServerResponder &&responder, qint64 startedMs);
    void deliverWaiting(const QString &state);
    void finishWaiter(const QString &state, quint64 id, Outcome outcome);
    void dropWaiter(const QString &state, quint64 id);
    void answer(QHttpServerResponder &&responder, Route route, Outcome outcome, qint64 startedMs);

    static Route routeFor(const QString &path);
    static QString routeName(Route route);

    RelayLimits m_limits;
    QList<QHostAddress> m_trustedProxies;
    const RelayClock &m_clock;
    RelayStore m_store;
    RateLimiter m_rate;
    QHttpServer *m_http;
    RelayListener *m_listener;
    QTimer *m_purgeTimer;
    std::map<QString, std::unique_ptr<Waiter>> m_waiters;
    quint64 m_nextWaiterId = 0;
    QUrl m_baseUrl;
};

} // namespace nv
