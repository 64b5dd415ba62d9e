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
            const qint64 started = monotonicMs();
            finish(request,
                   camaraError(Status::NotFound, QStringLiteral("NOT_FOUND"),
                               QStringLiteral("The specified resource is not found: %1")
                                   .arg(request.url().path())),
                   started)
                .write(std::move(responder));
        });

    // Expiry is checked on every lookup; the timer only returns the memory of idle sandboxes.
    m_purgeTimer->setInterval(30 * 1000);
    connect(m_purgeTimer, &QTimer::timeout, this, [this] { m_registry->purgeExpired(); });
    m_purgeTimer->start();
}

OperatorSandbox::~OperatorSandbox() = default;

void OperatorSandbox::addRoute(const QString &path, QHttpServerRequest::Methods allowed,
                               ErrorStyle style, Handler handler)
{
    // Every method is routed here and refused below, so a wrong method gets 405 + Allow rather
    // than QHttpServer's bare 404.
    m_server->route(path, Method::AnyKnown,
                    [this, path, allowed, style,
                     handler = std::move(handler)](const QHttpServerRequest &request) {
                        return dispatch(request, path, allowed, style, handler);
                    });
}

QHttpServerResponse OperatorSandbox::dispatch(const QHttpServerRequest &request,
                                              const QString &path,
                                              QHttpServerRequest::Methods allowed, ErrorStyle style,
                                              const Handler &handler)
{
    const qint64 started = monotonicMs();
    const auto refuse = [style](Status status, const QString &camaraCode, const QString &message) {
        return style == ErrorStyle::Camara
                   ? camaraError(status, camaraCode, message)
                   : oauthError(status, QStringLiteral("invalid_request"), message);
    };
    // The router matches patterns; the sandbox promises exact paths.
    if (request.url().path() != path)
        return finish(request,
                      camaraError(Status::NotFound, QStringLiteral("NOT_FOUND"),
                                  QStringLiteral("The specified resource is not found: %1")
                                      .arg(request.url().path())),
                      started);
    if (!allowed.testFlag(request.method())) {
        QHttpServerResponse response =
            refuse(Status::MethodNotAllowed, QStringLiteral("METHOD_NOT_ALLOWED"),
                   QStringLiteral("The requested method %1 is not allowed on %2; use %3.")
                       .arg(methodName(request.method()), path,
                            QString::fromLatin1(allowHeader(allowed))));
        response.setHeader("Allow", allowHeader(allowed));
        return finish(request, std::move(response), started);
    }
    if (request.body().size() > MaxBodyBytes)
        return finish(
            request,
            refuse(Status::PayloadTooLarge, QStringLiteral("PAYLOAD_TOO_LARGE"),
                   QStringLiteral("The request body exceeds %1 bytes.").arg(MaxBodyBytes)),
            started);
    return finish(request, handler(request), started);
}

QHttpServerResponse OperatorSandbox::finish(const QHttpServerRequest &request,
                                            QHttpServerResponse response, qint64 startedMs)
{
    // Echo both spellings (x-correlation-id for the operator's portal, x-correlator for CAMARA)
    // on every answer, errors included, so a console can always match request and response.
    QString correlationId;
    for (const QByteArray &name : {QByteArray("x-correlation-id"), QByteArray("x-correlator")}) {
        const QByteArray value = header(request, name);
        if (value.isEmpty() || !isValidCorrelator(value))
            continue;
        response.setHeader(name, value);
        if (correlationId.isEmpty())
            correlationId = QString::fromLatin1(value);
    }
    emit requestServed(methodName(request.method()), request.url().path(),
                       int(response.statusCode()), correlationId, monotonicMs() - startedMs);
    return response;
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

} // namespace nv
