#pragma once

// A TCP forwarder on loopback in front of a real server, for tests of a client's connections:
// it counts the connections the client opens (keep-alive means one), and it can hold back the
// answers on the connection whose request carried a marker until the test releases them (so a
// test decides the order in which answers arrive, without timing).

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <memory>

namespace nvtest {

class TcpGate : public QObject
{
public:
    explicit TcpGate(quint16 upstreamPort, QObject *parent = nullptr)
        : QObject(parent)
        , m_upstreamPort(upstreamPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                open(client);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    // Answers on a connection whose request bytes contain marker are kept until release().
    void holdAnswersTo(const QByteArray &marker) { m_marker = marker; }
    int heldConnections() const
    {
        int held = 0;
        for (const auto &pipe : m_pipes)
            held += pipe->held ? 1 : 0;
        return held;
    }
    void release()
    {
        m_marker.clear();
        for (const auto &pipe : m_pipes) {
            if (pipe->held && pipe->client)
                pipe->client->write(pipe->heldAnswer);
            pipe->held = false;
            pipe->heldAnswer.clear();
        }
    }

private:
    struct Pipe
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        QByteArray toServer; // sent by the client before the server connection was up
        QByteArray seen;     // the client's last bytes, to find a marker split across reads
        bool held = false;
        QByteArray heldAnswer;
    };

    void open(QTcpSocket *client)
    {
        ++m_connections;
        auto pipe = std::make_shared<Pipe>();
        pipe->client = client;
        pipe->server = new QTcpSocket(client);
        m_pipes << pipe;
        Pipe *p = pipe.get();
        connect(client, &QTcpSocket::readyRead, this, [this, p] { fromClient(p); });
        connect(p->server, &QTcpSocket::connected, this, [p] {
            p->server->write(p->toServer);
            p->toServer.clear();
        });
        connect(p->server, &QTcpSocket::readyRead, this, [p] {
            const QByteArray bytes = p->server->readAll();
            if (p->held)
                p->heldAnswer += bytes;
            else if (p->client)
                p->client->write(bytes);
        });
        connect(client, &QTcpSocket::disconnected, this, [p] {
            if (p->server)
                p->server->disconnectFromHost();
        });
        connect(p->server, &QTcpSocket::disconnected, this, [p] {
            if (p->client && !p->held)
                p->client->disconnectFromHost();
        });
        p->server->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }

    void fromClient(Pipe *p)
    {
        const QByteArray bytes = p->client->readAll();
        p->seen = p->seen.right(256) + bytes;
        if (!m_marker.isEmpty() && p->seen.contains(m_marker))
            p->held = true;
        if (p->server->state() == QAbstractSocket::ConnectedState)
            p->server->write(bytes);
        else
            p->toServer += bytes;
    }

    QTcpServer m_server;
    quint16 m_upstreamPort;
    int m_connections = 0;
    QByteArray m_marker;
    QList<std::shared_ptr<Pipe>> m_pipes;
};

} // namespace nvtest
