#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace nvtest {

// A listener on a loopback port that only counts: connections made to it, and requests (any
// bytes) sent over them. It stands where a redirect URI points, to prove that a driver caught
// the redirect without loading it: both counts must stay 0. It answers nothing, so a client
// that did load the URL would hang there rather than get a page.
class LoopbackHitCounter : public QObject
{
public:
    explicit LoopbackHitCounter(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    if (!m_sawBytes.contains(socket)) {
                        m_sawBytes.append(socket);
                        ++m_requests;
                    }
                    m_firstBytes += socket->readAll().left(200);
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    // http://127.0.0.1:PORT/callback
    QUrl callbackUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort()));
    }
    int connections() const { return m_connections; }
    int requests() const { return m_requests; }
    // What the first bytes of the requests said, for a failure message.
    QByteArray seen() const { return m_firstBytes; }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_sawBytes;
    int m_connections = 0;
    int m_requests = 0;
    QByteArray m_firstBytes;
};

} // namespace nvtest
