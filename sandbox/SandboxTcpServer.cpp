#include "SandboxTcpServer.h"

#include <QTcpSocket>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace nv {

namespace {
constexpr int FirstBackoffMs = 50;
constexpr int MaxBackoffMs = 2000;
// A refused or timed-out connection gets this long to take its short answer before it is cut.
constexpr int LingerMs = 2000;

QByteArray rawAnswer(const QByteArray &statusLine)
{
    return "HTTP/1.1 " + statusLine +
           "\r\nContent-Type: text/plain\r\nContent-Length: 0\r\nConnection: close\r\n"
           "Retry-After: 1\r\n\r\n";
}
} // namespace

SandboxTcpServer::SandboxTcpServer(const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    m_resume.setSingleShot(true);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (!m_acceptable)
            return;
        releaseReserve(); // see takeReserve()
        m_acceptable->setEnabled(true);
        takeReserve();
    });
}

bool SandboxTcpServer::start(const QHostAddress &address, quint16 port)
{
    if (!isListening() && !listen(address, port))
        return false;
    if (!m_acceptable) {
        pauseAccepting(); // QTcpServer's own notifier stays off from now on
        m_acceptable = std::make_unique<QSocketNotifier>(socketDescriptor(), QSocketNotifier::Read);
        connect(m_acceptable.get(), &QSocketNotifier::activated, this,
                &SandboxTcpServer::acceptWaiting);
        takeReserve();
    }
    return true;
}

void SandboxTcpServer::acceptWaiting()
{
    // Everything the kernel has queued, then back to the event loop. The listening socket is
    // non-blocking (Qt made it so), and so are the accepted ones, as QTcpSocket expects.
    for (;;) {
        const int descriptor =
            ::accept4(int(socketDescriptor()), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (descriptor >= 0) {
            incomingConnection(descriptor);
            if (hasPendingConnections())
                emit newConnection();
            continue;
        }
        const int error = errno;
        if (error == EINTR || error == ECONNABORTED)
            continue;
        if (error != EAGAIN && error != EWOULDBLOCK)
            backOff(QString::fromLocal8Bit(std::strerror(error)));
        return;
    }
}

SandboxTcpServer::~SandboxTcpServer()
{
    // The sockets belong to the HTTP server (or are deleted on their own); only forget them.
    for (auto &[socket, connection] : m_connections)
        socket->disconnect(this);
    releaseReserve();
}

int SandboxTcpServer::openConnections() const
{
    return int(m_connections.size());
}

void SandboxTcpServer::incomingConnection(qintptr descriptor)
{
    m_backoffMs = 0;
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(int(descriptor)); // not adopted, so still ours to close
        return;
    }
    if (int(m_connections.size()) >= m_limits.maxConnections) {
        ++m_refused;
        refuse(socket, "503 Service Unavailable");
        return;
    }
    auto connection = std::make_unique<Connection>();
    connection->timer.setSingleShot(true);
    connect(&connection->timer, &QTimer::timeout, socket, [this, socket] { expire(socket); });
    // Connected before QHttpServer connects its own slot, so this one sees each chunk before
    // Qt's parser reads it away.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { m_connections.erase(socket); });
    arm(*connection, m_limits.idleTimeoutMs);
    m_connections.emplace(socket, std::move(connection));
    addPendingConnection(socket);
}

void SandboxTcpServer::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it->second;
    switch (connection.phase) {
    case Phase::Idle:
        connection.phase = Phase::Headers;
        connection.lines = 0;
        connection.lineLength = 0;
        connection.headerFields = 0;
        // The header block has this long from its first byte, however it trickles in.
        arm(connection, m_limits.headerTimeoutMs);
        scanHeaders(connection, socket->peek(socket->bytesAvailable()));
        break;
    case Phase::Headers:
        scanHeaders(connection, socket->peek(socket->bytesAvailable()));
        break;
    case Phase::Body:
        arm(connection, m_limits.idleTimeoutMs);
        break;
    case Phase::Answering:
        break;
    }
}

void SandboxTcpServer::scanHeaders(Connection &connection, const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c == '\r')
            continue;
        if (c != '\n') {
            ++connection.lineLength;
            continue;
        }
        if (connection.lineLength == 0 && connection.lines > 0) {
            // The empty line: the header block is complete; the body may take its time.
            connection.phase = Phase::Body;
            arm(connection, m_limits.idleTimeoutMs);
            return;
        }
        if (connection.lineLength > 0) {
            ++connection.lines;
            connection.headerFields = connection.lines - 1;
        }
        connection.lineLength = 0;
    }
}

void SandboxTcpServer::arm(Connection &connection, int ms)
{
    if (ms > 0)
        connection.timer.start(ms);
    else
        connection.timer.stop();
}

void SandboxTcpServer::requestRouted(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->second->phase = Phase::Answering;
    it->second->timer.stop();
}

void SandboxTcpServer::requestAnswered(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->second->phase = Phase::Idle;
    arm(*it->second, m_limits.idleTimeoutMs);
}

int SandboxTcpServer::headerFieldCount(QTcpSocket *socket) const
{
    const auto it = m_connections.find(socket);
    return it == m_connections.end() ? 0 : it->second->headerFields;
}

void SandboxTcpServer::expire(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const Phase phase = it->second->phase;
    if (phase == Phase::Answering)
        return;
    // A half-sent request hears why; an idle keep-alive connection is simply closed.
    if (phase == Phase::Idle) {
        emit connectionTimedOut(0);
        socket->disconnectFromHost();
        return;
    }
    emit connectionTimedOut(408);
    // Stop feeding Qt's parser: whatever else arrives belongs to a request that is over.
    socket->disconnect(this);
    m_connections.erase(it);
    refuse(socket, "408 Request Timeout");
}

void SandboxTcpServer::refuse(QTcpSocket *socket, const QByteArray &statusLine)
{
    socket->write(rawAnswer(statusLine));
    socket->disconnectFromHost();
    // A peer that never reads cannot hold the descriptor: cut it after a short while.
    QTimer::singleShot(LingerMs, socket, [socket] { socket->abort(); });
    if (socket->parent() == this && socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
    else if (socket->parent() == this)
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void SandboxTcpServer::backOff(const QString &reason)
{
    ++m_acceptFailures;
    releaseReserve(); // see takeReserve()
    // Usually EMFILE/ENFILE: retrying at once would fail again, so wait, longer each time, and
    // let connections finish and hand back their descriptors meanwhile.
    m_acceptable->setEnabled(false);
    m_backoffMs = qBound(FirstBackoffMs, m_backoffMs * 2, MaxBackoffMs);
    m_resume.start(m_backoffMs);
    emit acceptPaused(reason, m_backoffMs);
    takeReserve();
}

// At the descriptor limit the process has none left but those it holds. Nothing the sandbox
// itself does while it pauses or resumes needs one, but a sanitizer build's runtime does: UBSan
// checks a call through a pointer to a polymorphic object (m_acceptable->setEnabled()) by
// copying the object's vtable through a pipe (LLVM 14, IsAccessibleMemoryRange), and with no
// descriptor free it reports a valid object as one with an invalid vptr. So a pipe's two
// descriptors are held in reserve, given up only while backOff() or the resume runs, and taken
// back before the event loop could hand them to accept() (which would end the back-off early).
void SandboxTcpServer::takeReserve()
{
    if (m_reserve[0] < 0 && ::pipe2(m_reserve, O_CLOEXEC) != 0)
        m_reserve[0] = m_reserve[1] = -1; // none free now; the next pause or resume tries again
}

void SandboxTcpServer::releaseReserve()
{
    for (int &descriptor : m_reserve) {
        if (descriptor >= 0)
            ::close(descriptor);
        descriptor = -1;
    }
}

} // namespace nv
