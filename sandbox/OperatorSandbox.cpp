#include "OperatorSandbox.h"

#include "AuthorizationServer.h"
#include "GrantRegistry.h"
#include "SandboxHttp.h"
#include "SandboxPaths.h"
#include "VerifyApi.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace nv {

using namespace sandboxhttp;
using Method = QHttpServerRequest::Method;

namespace {
QByteArray allowHeader(QHttpServerRequest::Methods allowed)
{
    QByteArrayList names;
    for (Method m : {Method::Get, Method::Post, Method::Put, Method::Delete, Method::Patch,
                     Method::Head, Method::Options}) {
        if (allowed.testFlag(m))
            names.append(methodName(m).toLatin1());
    }
    return names.join(", ");
}

// Bounds on what a client may send; Qt's parser reads a request whole before routing it, so
// these are answered after reading, but the sandbox never works on oversized input.
constexpr qsizetype MaxHeaderBytes = 16 * 1024;
constexpr qsizetype MaxUrlBytes = 8 * 1024;
// Held-back answers; past this, answers go out at once rather than pile up.
constexpr std::size_t MaxPending = 512;

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
} // namespace

struct OperatorSandbox::Pending
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QHttpServerResponse response;
    bool drop = false;
    QString method;
    QString path;
    QString correlationId;
    qint64 startedMs = 0;
};

OperatorSandbox::OperatorSandbox(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_registry(std::make_unique<GrantRegistry>())
    , m_auth(std::make_unique<AuthorizationServer>(m_config, *m_registry))
    , m_verify(std::make_unique<VerifyApi>(m_config, *m_registry))
    , m_server(new QHttpServer(this))
    , m_purgeTimer(new QTimer(this))
{
    addRoute(sandboxpaths::authorize(), Method::Get | Method::Post, ErrorStyle::OAuth,
             [this](const QHttpServerRequest &r) { return m_auth->authorize(r); });
    addRoute(sandboxpaths::networkLogin(), Method::Get, ErrorStyle::OAuth,
             [this](const QHttpServerRequest &r) { return m_auth->networkLogin(r); });
    addRoute(sandboxpaths::consent(), Method::Get | Method::Post, ErrorStyle::OAuth,
             [this](const QHttpServerRequest &r) { return m_auth->consent(r); });
    addRoute(sandboxpaths::token(), Method::Post, ErrorStyle::OAuth,
             [this](const QHttpServerRequest &r) { return m_auth->token(r); });
    addRoute(sandboxpaths::jwks(), Method::Get, ErrorStyle::OAuth,
             [this](const QHttpServerRequest &r) { return m_auth->jwks(r); });
    addRoute(sandboxpaths::discovery(), Method::Get, ErrorStyle::OAuth,
             [this](const QHttpServerRequest &r) { return m_auth->discovery(r); });
    for (const QString &path : sandboxpaths::verify())
        addRoute(path, Method::Post, ErrorStyle::Camara,
                 [this](const QHttpServerRequest &r) { return m_verify->verify(r); });
    for (const QString &path : sandboxpaths::devicePhoneNumber())
        addRoute(path, Method::Get, ErrorStyle::Camara,
                 [this](const QHttpServerRequest &r) { return m_verify->devicePhoneNumber(r); });

    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            deliver(request, std::move(responder),
                    camaraError(Status::NotFound, QStringLiteral("NOT_FOUND"),
                                QStringLiteral("The specified resource is not found: %1")
                                    .arg(request.url().path().left(200))),
                    monotonicMs());
        });

    // Expiry is checked on every lookup; the timer only returns the memory of idle sandboxes.
    m_purgeTimer->setInterval(30 * 1000);
    connect(m_purgeTimer, &QTimer::timeout, this, [this] { m_registry->purgeExpired(); });
    m_purgeTimer->start();
}

OperatorSandbox::~OperatorSandbox()
{
    // Answers still waiting go nowhere: their sockets belong to the server, which goes next.
    m_pending.clear();
}

void OperatorSandbox::addRoute(const QString &path, QHttpServerRequest::Methods allowed,
                               ErrorStyle style, Handler handler)
{
    // Every method is routed here and refused below, so a wrong method gets 405 + Allow rather
    // than QHttpServer's bare 404.
    // Handlers take the responder so that an answer can leave later (slow operator) without
    // blocking the thread: Qt 6.4 supports this, and a QFuture-returning handler would need a
    // thread per waiting answer.
    m_server->route(path, Method::AnyKnown,
                    [this, path, allowed, style, handler = std::move(handler)](
                        const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                        const qint64 started = monotonicMs();
                        deliver(request, std::move(responder),
                                dispatch(request, path, allowed, style, handler), started);
                    });
}

SandboxReply OperatorSandbox::dispatch(const QHttpServerRequest &request, const QString &path,
                                       QHttpServerRequest::Methods allowed, ErrorStyle style,
                                       const Handler &handler)
{
    const auto refuse = [style](Status status, const QString &camaraCode, const QString &message) {
        return style == ErrorStyle::Camara
                   ? camaraError(status, camaraCode, message)
                   : oauthError(status, QStringLiteral("invalid_request"), message);
    };
    // The router matches patterns; the sandbox promises exact paths.
    qsizetype headerBytes = 0;
    for (const auto &[name, value] : request.headers())
        headerBytes += name.size() + value.size() + 4;
    if (headerBytes > MaxHeaderBytes)
        return refuse(Status::RequestHeaderFieldsTooLarge,
                      QStringLiteral("REQUEST_HEADER_FIELDS_TOO_LARGE"),
                      QStringLiteral("The request headers exceed %1 bytes.").arg(MaxHeaderBytes));
    if (request.url().toEncoded().size() > MaxUrlBytes)
        return refuse(Status::UriTooLong, QStringLiteral("URI_TOO_LONG"),
                      QStringLiteral("The request URI exceeds %1 bytes.").arg(MaxUrlBytes));
    if (request.url().path() != path)
        return camaraError(Status::NotFound, QStringLiteral("NOT_FOUND"),
                           QStringLiteral("The specified resource is not found: %1")
                               .arg(request.url().path().left(200)));
    if (!allowed.testFlag(request.method())) {
        QHttpServerResponse response =
            refuse(Status::MethodNotAllowed, QStringLiteral("METHOD_NOT_ALLOWED"),
                   QStringLiteral("The requested method %1 is not allowed on %2; use %3.")
                       .arg(methodName(request.method()), path,
                            QString::fromLatin1(allowHeader(allowed))));
        response.setHeader("Allow", allowHeader(allowed));
        return response;
    }
    if (request.body().size() > MaxBodyBytes)
        return refuse(Status::PayloadTooLarge, QStringLiteral("PAYLOAD_TOO_LARGE"),
                      QStringLiteral("The request body exceeds %1 bytes.").arg(MaxBodyBytes));
    return handler(request);
}

void OperatorSandbox::deliver(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                              SandboxReply reply, qint64 startedMs)
{
    // Echo both spellings (x-correlation-id for the operator's portal, x-correlator for CAMARA)
    // on every answer, errors included, so a console can always match request and response.
    QString correlationId;
    for (const QByteArray &name : {QByteArray("x-correlation-id"), QByteArray("x-correlator")}) {
        const QByteArray value = header(request, name);
        if (value.isEmpty() || !isValidCorrelator(value))
            continue;
        reply.response.setHeader(name, value);
        if (correlationId.isEmpty())
            correlationId = QString::fromLatin1(value);
    }
    const QString method = methodName(request.method());
    const QString path = request.url().path().left(200);
    const bool deferred = reply.delayMs > 0 || reply.dropConnection;
    if (!deferred || m_pending.size() >= MaxPending) {
        const int status = int(reply.response.statusCode());
        reply.response.write(std::move(responder));
        emit requestServed(method, path, status, correlationId, monotonicMs() - startedMs);
        return;
    }
    // Even a connection dropped at once is dropped from the event loop: Qt still uses the
    // request after this handler returns, and closing the socket here would free it.
    const quint64 id = ++m_nextPendingId;
    m_pending.emplace(id, std::make_unique<Pending>(Pending{
                              std::move(responder), nullptr, std::move(reply.response),
                              reply.dropConnection, method, path, correlationId, startedMs}));
    Pending &pending = *m_pending.at(id);
    pending.socket = pending.responder.socket();
    QTimer::singleShot(reply.delayMs, Qt::PreciseTimer, this, [this, id] { release(id); });
}

void OperatorSandbox::release(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const std::unique_ptr<Pending> pending = std::move(it->second);
    m_pending.erase(it);
    // The client may have given up meanwhile; Qt then frees the request and the socket, and
    // there is nobody left to answer.
    if (!pending->socket || pending->socket->state() != QAbstractSocket::ConnectedState)
        return;
    const qint64 elapsed = monotonicMs() - pending->startedMs;
    if (pending->drop) {
        pending->socket->abort();
        emit requestServed(pending->method, pending->path, 0, pending->correlationId, elapsed);
        return;
    }
    const int status = int(pending->response.statusCode());
    pending->response.write(std::move(pending->responder));
    emit requestServed(pending->method, pending->path, status, pending->correlationId, elapsed);
}

bool OperatorSandbox::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return false;
    m_port = bound;
    QHostAddress reachable = address;
    // A wildcard address is not something a client can connect to; loopback always works.
    if (address == QHostAddress(QHostAddress::Any) ||
        address == QHostAddress(QHostAddress::AnyIPv4))
        reachable = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress(QHostAddress::AnyIPv6))
        reachable = QHostAddress(QHostAddress::LocalHostIPv6);
    m_baseUrl = QUrl();
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(reachable.toString());
    m_baseUrl.setPort(bound);
    m_auth->setIssuer(m_baseUrl);
    m_auth->prepareSigningKey();
    return true;
}

QUrl OperatorSandbox::baseUrl() const
{
    return m_baseUrl;
}

quint16 OperatorSandbox::port() const
{
    return m_port;
}

const SandboxConfig &OperatorSandbox::config() const
{
    return m_config;
}

void OperatorSandbox::setMsisdn(const QString &msisdn)
{
    m_config.msisdn = msisdn;
}

QList<SandboxScenario> OperatorSandbox::scenarios()
{
    return SandboxScenario::all();
}

bool OperatorSandbox::setScenario(const QString &id)
{
    if (!SandboxScenario::fromId(id))
        return false;
    if (m_config.scenario != id) {
        m_config.scenario = id;
        emit scenarioChanged(id);
    }
    return true;
}

QString OperatorSandbox::scenario() const
{
    return m_config.scenario;
}

void OperatorSandbox::setDelays(int hopDelayMs, int callDelayMs)
{
    m_config.hopDelayMs = qMax(0, hopDelayMs);
    m_config.callDelayMs = qMax(0, callDelayMs);
}

int OperatorSandbox::pendingReplies() const
{
    return int(m_pending.size());
}

} // namespace nv
