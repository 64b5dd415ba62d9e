#pragma once

#include "http/HttpRequest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace nv {

class HttpClient;
class PendingExchange;

// The console's side of the cross-device (phone) mode: the phone completes the authorize step
// on mobile data and the operator redirects it to the relay (nv-relay, docs/relay.md); this
// picks the result up.
//
// start() opens the run's state on the relay with a fresh pickup key (POST /v1/expect), emits
// opened() — show the QR code from then on —, then long-polls GET /v1/pickup until the result
// arrives, cancel() is called or the overall timeout passes. The result comes out as the redirect
// URL the operator would have sent the browser to (redirectUri?code=…&state=…), for the run to
// parse like a caught redirect. Each HTTP exchange is emitted for the request log. Transient
// failures (no connection, 429, 502–504) are retried with a bounded back-off.
class RelayPickup : public QObject
{
    Q_OBJECT
public:
    explicit RelayPickup(QObject *parent = nullptr);
    ~RelayPickup() override;

    // Empty when the URL can be a relay base URL (http or https, a host, no user info, query or
    // fragment); otherwise why not, in words.
    static QString checkRelayUrl(const QUrl &relayBaseUrl);
    // The relay's callback: what the operator must have registered as the redirect URI.
    static QUrl callbackUrl(const QUrl &relayBaseUrl);

    // Overall bound from start() (default 300 s, the relay's default lifetime for a sign-in).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Seconds each pickup asks the relay to wait (0 to 30; default 25).
    void setPollWaitSeconds(int seconds) { m_pollWaitSeconds = qBound(0, seconds, 30); }
    // First retry delay after a transient failure; doubles up to 15 s (default 1 s).
    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

    // Asynchronous: redirectReceived() or failed() follows, once, unless cancel() comes first.
    void start(const QUrl &relayBaseUrl, const QString &state, const QUrl &redirectUri,
               const ExchangeContext &context = {});
    // Stops at once; no signal follows.
    void cancel();
    bool isActive() const { return m_active; }
    // This run's pickup key: a secret (it alone can collect the code). Hand it to
    // RequestLog::record() with the run's other secrets; empty before start().
    QString pickupKey() const { return m_key; }
    int polls() const { return m_polls; }

signals:
    void exchangeRecorded(const nv::HttpExchange &exchange);
    // The relay expects the callback now: time to show the QR code.
    void opened();
    void redirectReceived(const QUrl &redirectUrl);
    void failed(const QString &reason);

private:
    enum class Phase
    {
        Idle,
        Opening,
        Polling
    };
    void send(const QByteArray &method, const QUrl &url, const QByteArray &body);
    void onExchange(const HttpExchange &exchange);
    void onOpenAnswer(const HttpExchange &exchange);
    void onPollAnswer(const HttpExchange &exchange);
    void poll();
    bool retryLater(const HttpExchange &exchange);
    void deliver(const HttpExchange &exchange);
    void finishWith(const QString &reason);
    QUrl endpoint(const QString &path) const;
    static QString relayMessage(const HttpExchange &exchange);

    HttpClient *m_http;
    QPointer<PendingExchange> m_pending;
    QTimer m_deadline;
    QTimer m_retry;
    Phase m_phase = Phase::Idle;
    bool m_active = false;
    QUrl m_base;
    QString m_state;
    QUrl m_redirectUri;
    ExchangeContext m_context;
    QString m_key;
    int m_timeoutMs = 300 * 1000;
    int m_pollWaitSeconds = 25;
    int m_retryDelayMs = 1000;
    int m_failuresInRow = 0;
    int m_polls = 0;
};

} // namespace nv
