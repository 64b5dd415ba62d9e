#pragma once

// An HTTPS front on loopback for a plain-HTTP server (nv-sandbox): QSslServer (Qt 6.4) does
// the handshake with the test's own certificates, then the bytes are passed both ways. It
// counts finished handshakes and remembers the client certificate each presented, so a test
// can tell "refused before anything was sent" from "sent and answered".

#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStringList>
#include <QTcpSocket>

namespace nvtest {

class TlsFront : public QObject
{
public:
    TlsFront(quint16 upstreamPort, const QSslConfiguration &configuration,
             QObject *parent = nullptr)
        : QObject(parent)
        , m_upstreamPort(upstreamPort)
    {
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                open(qobject_cast<QSslSocket *>(client));
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int handshakes() const { return m_handshakes; }
    // The subject CN of each client certificate presented, in order.
    const QStringList &clientCertificates() const { return m_clientCertificates; }

private:
    // nv-sandbox writes its redirects with the scheme it serves (http); a reverse proxy that
    // terminates TLS rewrites them, as nginx's proxy_redirect does. The answers are small, so
    // a header split across two reads does not happen here.
    static QByteArray toHttps(QByteArray bytes)
    {
        return bytes.replace("\r\nLocation: http://", "\r\nLocation: https://");
    }

    void open(QSslSocket *client)
    {
        if (!client)
            return;
        ++m_handshakes;
        const QSslCertificate peer = client->peerCertificate();
        if (!peer.isNull())
            m_clientCertificates << peer.subjectInfo(QSslCertificate::CommonName).join(',');
        auto *upstream = new QTcpSocket(client);
        QPointer<QSslSocket> guardedClient(client);
        auto pending = std::make_shared<QByteArray>();
        connect(client, &QSslSocket::readyRead, upstream, [client, upstream, pending] {
            const QByteArray bytes = client->readAll();
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(bytes);
            else
                *pending += bytes;
        });
        connect(upstream, &QTcpSocket::connected, upstream, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(toHttps(upstream->readAll())); });
        connect(upstream, &QTcpSocket::disconnected, client, [guardedClient] {
            if (guardedClient)
                guardedClient->disconnectFromHost();
        });
        connect(client, &QSslSocket::disconnected, client, &QObject::deleteLater);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        // Bytes that arrived with the handshake.
        if (client->bytesAvailable() > 0)
            *pending += client->readAll();
    }

    QSslServer m_server;
    quint16 m_upstreamPort;
    int m_handshakes = 0;
    QStringList m_clientCertificates;
};

// A server's TLS settings from PEM files made by the test: its certificate and EC key, and when
// caPem is given, a client certificate signed by that CA required.
inline QSslConfiguration tlsServerConfiguration(const QString &certPem, const QString &keyPem,
                                                const QString &caPem = QString())
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    QFile cert(certPem), key(keyPem);
    if (cert.open(QIODevice::ReadOnly))
        c.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
    if (key.open(QIODevice::ReadOnly))
        c.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
    if (!caPem.isEmpty()) {
        c.setPeerVerifyMode(QSslSocket::VerifyPeer);
        c.setCaCertificates(QSslCertificate::fromPath(caPem));
    }
    return c;
}

} // namespace nvtest
