#include "RelayListener.h"

#include "ConnectionWatch.h"

#include <QTcpSocket>
#include <QTimer>

namespace nv {

RelayListener::RelayListener(const RelayLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    setMaxPendingConnections(64);
}

void RelayListener::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_connections >= m_limits.maxConnections) {
        // A short, fixed answer (nothing of the request is read), so that a reverse proxy can
        // tell "busy" from "down".
        socket->write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\n"
                      "Content-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(5000, socket,
                           [socket] { socket->abort(); }); // a client that never reads
        emit connectionRefused();
        return;
    }
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    // QHttpServer deletes its sockets on disconnect too; a second deleteLater() is harmless and
    // keeps the count right whatever the Qt release does.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto *watch = new ConnectionWatch(socket, m_limits);
    connect(watch, &ConnectionWatch::cut, this, &RelayListener::connectionCut);
    addPendingConnection(socket);
}

} // namespace nv
