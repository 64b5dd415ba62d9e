#pragma once

#include "RelayLimits.h"

#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace nv {

// Keeps one connection within the relay's time and size bounds, which QHttpServer (Qt 6.4) does
// not enforce itself: a request must arrive whole within the header timeout and within
// maxRequestBytes, and a kept-alive connection may sit idle only for the idle timeout. It reads
// nothing itself; it counts what arrives before QHttpServer reads it. Lives as a child of its
// socket, so it goes with it.
class ConnectionWatch : public QObject
{
    Q_OBJECT
public:
    ConnectionWatch(QTcpSocket *socket, const RelayLimits &limits);

    // The server has the whole request and works on it (a long-poll may hold it for long).
    void requestRouted();
    // The answer went out; the connection waits for the next request.
    void requestAnswered();

    static ConnectionWatch *of(QTcpSocket *socket);

signals:
    // The connection was cut: "header-timeout", "idle-timeout" or "oversize".
    void cut(const QString &reason);

private:
    enum class Phase
    {
        Reading, // a request is arriving (or the first is awaited)
        Busy,    // a request is being answered
        Idle,    // between requests of a kept-alive connection
    };
    void onReadyRead();
    void cutWith(const QString &reason);

    QTcpSocket *m_socket;
    QTimer m_timer;
    Phase m_phase = Phase::Reading;
    qint64 m_bytes = 0;
    int m_headerTimeoutMs;
    int m_idleTimeoutMs;
    qsizetype m_maxRequestBytes;
};

} // namespace nv
