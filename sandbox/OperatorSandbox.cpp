#include "OperatorSandbox.h"

#include "AuthorizeEndpoint.h"
#include "DiscoveryEndpoint.h"
#include "GrantRegistry.h"
#include "IdTokenSigner.h"
#include "OAuthErrors.h"
#include "RequestJournal.h"
#include "SandboxHttp.h"
#include "SandboxPaths.h"
#include "SandboxTcpServer.h"
#include "TokenEndpoint.h"
#include "VerifyApi.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

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
// Qt 6.4's parser keeps about 100 header fields and drops the rest silently; a request with more
// than this gets 431 instead of being served on a partial view.
constexpr int MaxHeaderFields = 90;
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

QHttpServerResponse notFound(const QHttpServerRequest &request)
{
    return camaraError(Status::NotFound, QStringLiteral("NOT_FOUND"),
                       QStringLiteral("The specified resource is not found: %1")
                           .arg(request.url().path().left(200)));
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
    , m_server(new QHttpServer(this))
    , m_purgeTimer(new QTimer(this))
{
    if (!m_config.clock)
        m_config.clock = std::make_shared<SandboxClock>();
    m_registry = std::make_unique<GrantRegistry>(m_config.clock);
    m_signer = std::make_unique<IdTokenSigner>();
    m_authorize = std::make_unique<AuthorizeEndpoint>(m_config, *m_registry);
    m_token = std::make_unique<TokenEndpoint>(m_config, *m_registry, *m_signer);
    m_discovery = std::make_unique<DiscoveryEndpoint>(m_config, *m_signer);
    m_verify = std::make_unique<VerifyApi>(m_config, *m_registry);
    m_journal = std::make_shared<RequestJournal>(m_config.requestHistory);
    addRoutes();
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            deliver(request, std::move(responder), notFound(request), monotonicMs());
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

void OperatorSandbox::addRoutes()
{
    using R = const QHttpServerRequest &;
    AuthorizeEndpoint *authorize = m_authorize.get();
    addRoute(sandboxpaths::authorize(), Method::Get | Method::Post, ErrorStyle::OAuth,
             [authorize](R r) { return authorize->authorize(r); });
    addRoute(sandboxpaths::networkLogin(), Method::Get, ErrorStyle::OAuth,
             [authorize](R r) { return authorize->networkLogin(r); });
    addRoute(sandboxpaths::consent(), Method::Get | Method::Post, ErrorStyle::OAuth,
             [authorize](R r) { return authorize->consent(r); });
    addRoute(sandboxpaths::token(), Method::Post, ErrorStyle::OAuth,
             [token = m_token.get()](R r) { return token->token(r); });
    DiscoveryEndpoint *discovery = m_discovery.get();
    addRoute(sandboxpaths::jwks(), Method::Get, ErrorStyle::OAuth,
             [discovery](R r) { return discovery->jwks(r); });
    addRoute(sandboxpaths::discovery(), Method::Get, ErrorStyle::OAuth,
             [discovery](R r) { return discovery->discovery(r); });
    VerifyApi *api = m_verify.get();
    for (const QString &path : sandboxpaths::verify())
        addRoute(path, Method::Post, ErrorStyle::Camara, [api](R r) { return api->verify(r); });
    for (const QString &path : sandboxpaths::devicePhoneNumber())
        addRoute(path, Method::Get, ErrorStyle::Camara,
                 [api](R r) { return api->devicePhoneNumber(r); });
    if (m_config.testClockEndpoint)
        addRoute(sandboxpaths::testClock(), Method::Post, ErrorStyle::OAuth,
                 [this](R r) { return advanceClock(r); });
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
                        QTcpSocket *socket = responder.socket();
                        if (m_tcp)
                            m_tcp->requestRouted(socket);
                        deliver(request, std::move(responder),
                                dispatch(request, socket, path, allowed, style, handler), started);
                    });
}

SandboxReply OperatorSandbox::dispatch(const QHttpServerRequest &request, QTcpSocket *socket,
                                       const QString &path, QHttpServerRequest::Methods allowed,
                                       ErrorStyle style, const Handler &handler)
{
    const auto refuse = [style](Status status, const QString &camaraCode, const QString &message) {
        return style == ErrorStyle::Camara ? camaraError(status, camaraCode, message)
                                           : oauthError(status, oauth::InvalidRequest, message);
    };
    qsizetype headerBytes = 0;
    for (const auto &[name, value] : request.headers())
        headerBytes += name.size() + value.size() + 4;
    const int headerFields =
        qMax(int(request.headers().size()), m_tcp ? m_tcp->headerFieldCount(socket) : 0);
    if (headerBytes > MaxHeaderBytes || headerFields > MaxHeaderFields)
        return refuse(Status::RequestHeaderFieldsTooLarge,
                      QStringLiteral("REQUEST_HEADER_FIELDS_TOO_LARGE"),
                      QStringLiteral("The request headers exceed %1 bytes or %2 fields.")
                          .arg(MaxHeaderBytes)
                          .arg(MaxHeaderFields));
    if (request.url().toEncoded().size() > MaxUrlBytes)
        return refuse(Status::UriTooLong, QStringLiteral("URI_TOO_LONG"),
                      QStringLiteral("The request URI exceeds %1 bytes.").arg(MaxUrlBytes));
    // The router matches patterns; the sandbox promises exact paths.
    if (request.url().path() != path)
        return notFound(request);
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
        if (reply.correlation == SandboxReply::Correlation::Echo)
            reply.response.setHeader(name, value);
        else if (reply.correlation == SandboxReply::Correlation::Alter)
            reply.response.setHeader(name, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        if (correlationId.isEmpty())
            correlationId = QString::fromLatin1(value);
    }
    const QString method = methodName(request.method());
    const QString path = request.url().path().left(200);
    const bool deferred = reply.delayMs > 0 || reply.dropConnection;
    record(request, reply.dropConnection ? 0 : int(reply.response.statusCode()),
           deferred ? reply.delayMs : 0);
    if (!deferred || m_pending.size() >= MaxPending) {
        const int status = int(reply.response.statusCode());
        QTcpSocket *socket = responder.socket();
        reply.response.write(std::move(responder));
        if (m_tcp)
            m_tcp->requestAnswered(socket);
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
    if (m_tcp)
        m_tcp->requestAnswered(pending->socket);
    emit requestServed(pending->method, pending->path, status, pending->correlationId, elapsed);
}

void OperatorSandbox::record(const QHttpServerRequest &request, int status, int delayMs)
{
    RecordedRequest entry;
    entry.method = methodName(request.method());
    entry.path = request.url().path();
    entry.query = request.url().query(QUrl::FullyEncoded);
    for (const auto &[name, value] : request.headers())
        entry.headers.append({name, value});
    entry.body = request.body().left(MaxBodyBytes);
    if (mediaType(request) == "application/x-www-form-urlencoded")
        entry.form = parseForm(entry.body);
    entry.status = status;
    entry.delayMs = delayMs;
    m_journal->record(std::move(entry));
}

SandboxReply OperatorSandbox::advanceClock(const QHttpServerRequest &request)
{
    // Test only, and only from this machine: it rewrites time for every client.
    if (!request.remoteAddress().isLoopback())
        return oauthError(Status::Forbidden, oauth::AccessDenied,
                          QStringLiteral("the test clock answers loopback clients only"));
    bool ok = false;
    const qint64 seconds =
        formValue(parseForm(request.body()), QStringLiteral("advance")).toLongLong(&ok);
    constexpr qint64 TenYears = 10LL * 366 * 24 * 3600;
    if (mediaType(request) != "application/x-www-form-urlencoded" || !ok || seconds <= 0 ||
        seconds > TenYears)
        return oauthError(
            Status::BadRequest, oauth::InvalidRequest,
            QStringLiteral("send advance=<seconds> (1 to %1) as a form").arg(TenYears));
    m_config.clock->advance(std::chrono::seconds(seconds));
    const auto total =
        std::chrono::duration_cast<std::chrono::seconds>(m_config.clock->advancedBy());
    return json(QJsonObject{{QStringLiteral("advancedBySeconds"), qint64(total.count())}});
}

bool OperatorSandbox::listen(const QHostAddress &address, quint16 port)
{
    if (!m_tcp) {
        m_tcp = new SandboxTcpServer(
            {m_config.headerTimeoutMs, m_config.idleTimeoutMs, m_config.maxConnections}, this);
        connect(m_tcp, &SandboxTcpServer::acceptPaused, this, &OperatorSandbox::acceptPaused);
    }
    if (!m_tcp->start(address, port))
        return false;
    m_server->bind(m_tcp);
    m_port = m_tcp->serverPort();
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
    m_baseUrl.setPort(m_port);
    m_token->setIssuer(m_baseUrl);
    m_discovery->setIssuer(m_baseUrl);
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

bool OperatorSandbox::addRedirectUri(const QString &clientId, const QUrl &uri)
{
    SandboxClient *client = m_config.findClient(clientId);
    if (!client)
        return false;
    if (!client->redirectUris.contains(uri))
        client->redirectUris.append(uri);
    return true;
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

SandboxClock &OperatorSandbox::clock() const
{
    return *m_config.clock;
}

QList<RecordedRequest> OperatorSandbox::recentRequests() const
{
    return m_journal->entries();
}

std::shared_ptr<const RequestJournal> OperatorSandbox::journal() const
{
    return m_journal;
}

int OperatorSandbox::openConnections() const
{
    return m_tcp ? m_tcp->openConnections() : 0;
}

} // namespace nv
