#pragma once

#include "HttpExchange.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QNetworkReply;

namespace nv {

// One request in flight. Emits finished() exactly once: with the answer, with a network or TLS
// error in words, after the timeout, or when cancelled. Deletes itself afterwards.
class PendingExchange : public QObject
{
    Q_OBJECT
public:
    PendingExchange(QNetworkReply *reply, HttpExchange started, int timeoutMs, qint64 maxBodyBytes,
                    QObject *parent = nullptr);
    ~PendingExchange() override;
    // An exchange that was never sent: finished() follows from the event loop with the reason
    // as its error, so callers connect to it exactly as to a real one.
    static PendingExchange *refused(HttpExchange exchange, const QString &reason,
                                    QObject *parent = nullptr);

    void cancel();
    const HttpExchange &exchange() const { return m_exchange; }

signals:
    void finished(const nv::HttpExchange &exchange);

private:
    PendingExchange(HttpExchange exchange, QObject *parent);
    void complete();
    void recordFailure(); // the error in words, and the TLS verdict
    void failWith(const QString &reason);

    QPointer<QNetworkReply> m_reply;
    HttpExchange m_exchange;
    QTimer m_timeout;
    qint64 m_maxBodyBytes;
    QList<QSslError> m_tlsErrors;
    QString m_abortReason;
    bool m_done = false;
};

} // namespace nv
