#include "LoopbackRedirectListener.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

namespace nv {

namespace {
// A redirect with a code and a state is a few hundred bytes; anything near this is not one.
constexpr qsizetype MaxUrlBytes = 8192;

QByteArray page(const QString &title, const QString &message)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font:16px sans-serif;margin:3em;max-width:40em}"
                          "</style></head><body><h1>%1</h1><p>%2</p></body></html>")
        .arg(title.toHtmlEscaped(), message.toHtmlEscaped())
        .toUtf8();
}
} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
{}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::isLoopbackRedirect(const QUrl &uri)
{
    const QHostAddress host(uri.host());
    return uri.isValid() && uri.scheme() == QLatin1String("http") &&
           (host.isLoopback() || uri.host() == QLatin1String("localhost"));
}

QUrl LoopbackRedirectListener::listen(const QUrl &redirectUri)
{
    m_server.reset();
    m_problem.clear();
    if (!isLoopbackRedirect(redirectUri)) {
        m_problem = tr("The redirect URI %1 is not an http URI on 127.0.0.1, [::1] or localhost, "
                       "so this computer cannot receive the browser's redirect.")
                        .arg(redirectUri.toString());
        return {};
    }
    if (!listenOn(quint16(std::max(0, redirectUri.port())))) {
        m_problem = tr("Nothing can listen on port %1 of this computer (another program uses "
                       "it?). Close that program, or register another port with the operator.")
                        .arg(redirectUri.port());
        m_server.reset();
        return {};
    }
    m_redirectUri = redirectUri;
    m_redirectUri.setPort(m_server->servers().constFirst()->serverPort());
    return m_redirectUri;
}

bool LoopbackRedirectListener::listenOn(quint16 port)
{
    m_server = std::make_unique<QHttpServer>();
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            onRequest(request, std::move(responder));
        });
    const quint16 bound = m_server->listen(QHostAddress::LocalHost, port);
    if (bound == 0)
        return false;
    // The same port on IPv6 loopback too, where it is free: "localhost" may resolve to either.
    m_server->listen(QHostAddress::LocalHostIPv6, bound);
    return true;
}

void LoopbackRedirectListener::close()
{
    // Only the listening sockets close: the answer being written to the browser still needs
    // its connection. The server object goes with this listener or the next listen().
    if (!m_server)
        return;
    for (QTcpServer *server : m_server->servers())
        server->close();
}

bool LoopbackRedirectListener::isListening() const
{
    if (!m_server)
        return false;
    const QList<QTcpServer *> servers = m_server->servers();
    return std::any_of(servers.begin(), servers.end(),
                       [](const QTcpServer *server) { return server->isListening(); });
}

void LoopbackRedirectListener::onRequest(const QHttpServerRequest &request,
                                         QHttpServerResponder &&responder)
{
    using Status = QHttpServerResponder::StatusCode;
    const QByteArray html = "text/html; charset=utf-8";
    if (!isListening()) { // a connection opened before the one callback closed the door
        responder.write(page(tr("Already answered"), tr("The console has had its answer.")), html,
                        QHttpServerResponder::StatusCode::Gone);
        return;
    }
    if (request.url().toEncoded().size() > MaxUrlBytes) {
        responder.write(page(tr("Not a redirect"), tr("This address is far too long.")), html,
                        Status::UriTooLong);
        return;
    }
    QUrl arrived = m_redirectUri;
    arrived.setPath(request.url().path(QUrl::FullyEncoded), QUrl::StrictMode);
    arrived.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::StrictMode);
    if (request.url().path() == QLatin1String("/favicon.ico")) {
        responder.write(Status::NotFound);
        return;
    }
    if (request.url().path() != m_redirectUri.path()) {
        responder.write(page(tr("Wrong address"),
                             tr("The operator sent the browser to %1, not to the redirect URI "
                                "the console waits on. Look at the console.")
                                 .arg(request.url().path())),
                        html, Status::NotFound);
        close();
        emit wrongPath(arrived);
        return;
    }
    responder.write(page(tr("Done"), tr("The console has the answer. You can close this window "
                                        "and go back to NV Console.")),
                    html, Status::Ok);
    close(); // exactly one callback: a second one finds nobody listening
    emit callbackReceived(arrived);
}

} // namespace nv
