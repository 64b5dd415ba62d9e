#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QVariant>
#include <functional>

namespace nvtest {

// A loopback HTTP/1.1 server whose every answer is written by the test, byte for byte, for
// behaviour no well-behaved server library produces on request: a redirect of any status, an
// answer that never comes (until the test releases it), a body cut off half-way, a body that
// streams past any limit. It records what each request asked for (method, path, headers), so a
// test can prove what a client sent, and whether it came at all. Each connection carries one
// request and is closed after its answer.
class ScriptedHttpServer : public QObject
{
public:
    struct Seen
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QByteArray head;   // the whole header block
    };
    // Writes the answer on the socket; may keep the socket (and answer later) or close it.
    using Script = std::function<void(QTcpSocket *socket, const Seen &request)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    void on(const QByteArray &path, Script script) { m_scripts.insert(path, std::move(script)); }

    // A complete answer, then the connection closes.
    void answer(const QByteArray &path, int status, const QByteArray &headers,
                const QByteArray &body = {})
    {
        on(path, [status, headers, body](QTcpSocket *socket, const Seen &) {
            writeAndClose(socket, statusLine(status) + headers +
                                      "Content-Length: " + QByteArray::number(body.size()) +
                                      "\r\nConnection: close\r\n\r\n" + body);
        });
    }
    void redirect(const QByteArray &path, int status, const QByteArray &location)
    {
        answer(path, status, "Location: " + location + "\r\n");
    }

    static QByteArray statusLine(int status)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
    }
    static void writeAndClose(QTcpSocket *socket, const QByteArray &bytes)
    {
        socket->write(bytes);
        socket->disconnectFromHost(); // after the bytes are written
    }

    const QList<Seen> &seen() const { return m_seen; }
    QList<QByteArray> targets() const
    {
        QList<QByteArray> all;
        for (const Seen &s : m_seen)
            all << s.method + ' ' + s.target;
        return all;
    }

private:
    void read(QTcpSocket *socket)
    {
        // The state lives on the socket, so a new socket at a freed one's address starts clean.
        if (socket->property("nvAnswered").toBool()) {
            socket->readAll(); // a body, or a client that goes on talking: ignored
            return;
        }
        const QByteArray buffer = socket->property("nvBuffer").toByteArray() + socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            socket->setProperty("nvBuffer", buffer);
            return;
        }
        socket->setProperty("nvAnswered", true);
        const QByteArray head = buffer.left(end);
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        Seen request{requestLine.value(0), requestLine.value(1), head};
        m_seen.append(request);
        const qsizetype query = request.target.indexOf('?');
        const QByteArray path = query < 0 ? request.target : request.target.left(query);
        const auto script = m_scripts.constFind(path);
        if (script == m_scripts.constEnd())
            writeAndClose(socket,
                          statusLine(404) + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        else
            (*script)(socket, request);
    }

    QTcpServer m_server;
    QHash<QByteArray, Script> m_scripts;
    QList<Seen> m_seen;
};

} // namespace nvtest
