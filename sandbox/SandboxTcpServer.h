#pragma once

#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>
#include <memory>
#include <unordered_map>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace nv {

// The sandbox's listening socket, handed to QHttpServer with bind(). Qt's HTTP server reads
// whatever a connection sends for as long as it likes; this class bounds that: a header block
// must arrive within headerTimeoutMs of its first byte (slowloris), a request that stops sending
// half-way or an idle keep-alive connection is closed after idleTimeoutMs, at most
// maxConnections are open (one more gets 503 and is closed), and when accept() fails (at the
// file-descriptor limit) accepting pauses and resumes after a growing back-off instead of
// failing in a loop. It accepts on its own (start() instead of listen()): Qt 6.4's QTcpServer
// reads EMFILE as a temporary error once any accept burst has ended with EAGAIN, then neither
// pauses nor reports it, and the event loop spins on accept(). It also counts the header fields of
// each request on the wire, because Qt's parser keeps only a bounded number and drops the rest
// without saying so.
class SandboxTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        int headerTimeoutMs = 10 * 1000;
        int idleTimeoutMs = 30 * 1000;
        int maxConnections = 256;
    };
    explicit SandboxTcpServer(const Limits &limits, QObject *parent = nullptr);
    ~SandboxTcpServer() override;

    // listen(), then accept connections here rather than in QTcpServer (see above).
    bool start(const QHostAddress &address, quint16 port);

    // The HTTP layer has a whole request from this socket: no timeout until it is answered.
    void requestRouted(QTcpSocket *socket);
    // Its answer went out: the connection is idle again.
    void requestAnswered(QTcpSocket *socket);
    // Header fields of the request last received on this socket, as sent.
    int headerFieldCount(QTcpSocket *socket) const;

    int openConnections() const;
    int refusedConnections() const { return m_refused; }
    int acceptFailures() const { return m_acceptFailures; }

signals:
    // A connection was closed for a timeout: 408 when a request was half-sent, 0 when idle.
    void connectionTimedOut(int status);
    // accept() failed (reason as the system says it); accepting resumes in retryMs.
    void acceptPaused(const QString &reason, int retryMs);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    enum class Phase
    {
        Idle,     // between requests
        Headers,  // a request started, its header block is not complete
        Body,     // header block complete, the rest not yet routed
        Answering // routed; the sandbox decides when it answers
    };
    struct Connection
    {
        Phase phase = Phase::Idle;
        QTimer timer;
        int lines = 0;      // lines of the current header block, request line included
        int lineLength = 0; // bytes of the current line so far
        int headerFields = 0;
    };

    void onReadyRead(QTcpSocket *socket);
    void scanHeaders(Connection &connection, const QByteArray &bytes);
    void arm(Connection &connection, int ms);
    void expire(QTcpSocket *socket);
    void refuse(QTcpSocket *socket, const QByteArray &statusLine);
    void acceptWaiting();
    void backOff(const QString &reason);
    void takeReserve();
    void releaseReserve();

    Limits m_limits;
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    std::unique_ptr<QSocketNotifier> m_acceptable; // the listening socket has connections
    QTimer m_resume;
    // Two descriptors held back, given up only while pausing or resuming (see takeReserve()).
    int m_reserve[2] = {-1, -1};
    int m_backoffMs = 0;
    int m_refused = 0;
    int m_acceptFailures = 0;
};

} // namespace nv
