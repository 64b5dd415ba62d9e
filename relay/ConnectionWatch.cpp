#include "ConnectionWatch.h"

#include <QTcpSocket>

namespace nv {

ConnectionWatch::ConnectionWatch(QTcpSocket *socket, const RelayLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_headerTimeoutMs(limits.headerTimeoutSeconds * 1000)
    , m_idleTimeoutMs(limits.idleTimeoutSeconds * 1000)
    , m_maxRequestBytes(limits.maxRequestBytes)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        cutWith(m_phase == Phase::Idle ? QStringLiteral("idle-timeout")
                                       : QStringLiteral("header-timeout"));
    });
    // Connected before QHttpServer sees the socket, so this runs first on every readyRead and
    // sees the new bytes before they are read.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionWatch::onReadyRead);
    m_timer.start(m_headerTimeoutMs); // the first request is awaited from the connection on
}

ConnectionWatch *ConnectionWatch::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionWatch *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ConnectionWatch::onReadyRead()
{
    m_bytes += m_socket->bytesAvailable();
    if (m_bytes > m_maxRequestBytes) {
        cutWith(QStringLiteral("oversize"));
        return;
    }
    if (m_phase == Phase::Idle) {
        m_phase = Phase::Reading;
        m_timer.start(m_headerTimeoutMs);
    }
}

void ConnectionWatch::requestRouted()
{
    m_phase = Phase::Busy;
    m_bytes = 0;
    m_timer.stop();
}

void ConnectionWatch::requestAnswered()
{
    if (m_phase != Phase::Busy)
        return;
    // Bytes of a pipelined next request may already be here: its clock is running.
    m_phase = m_bytes > 0 ? Phase::Reading : Phase::Idle;
    m_timer.start(m_phase == Phase::Idle ? m_idleTimeoutMs : m_headerTimeoutMs);
}

void ConnectionWatch::cutWith(const QString &reason)
{
    m_timer.stop();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        return;
    emit cut(reason);
    m_socket->abort();
}

} // namespace nv
