#include "SystemBrowserDriver.h"

#include "LoopbackRedirectListener.h"

#include <QDateTime>
#include <QProcess>

namespace nv {

SystemBrowserDriver::SystemBrowserDriver(UrlOpener opener, QObject *parent)
    : AuthorizeDriver(parent)
    , m_opener(opener ? std::move(opener) : UrlOpener(&SystemBrowserDriver::openWithDesktopTool))
    , m_listener(new LoopbackRedirectListener(this))
{
    connect(m_listener, &LoopbackRedirectListener::callbackReceived, this,
            &SystemBrowserDriver::onCallback);
    connect(m_listener, &LoopbackRedirectListener::wrongPath, this,
            &SystemBrowserDriver::onWrongPath);
}

SystemBrowserDriver::~SystemBrowserDriver() = default;

bool SystemBrowserDriver::openWithDesktopTool(const QUrl &url)
{
#if defined(Q_OS_MACOS)
    const QString tool = QStringLiteral("open");
#elif defined(Q_OS_WIN)
    const QString tool = QStringLiteral("explorer");
#else
    const QString tool = QStringLiteral("xdg-open");
#endif
    return QProcess::startDetached(tool, {url.toString(QUrl::FullyEncoded)});
}

QUrl SystemBrowserDriver::redirectUriFor(const QUrl &registered)
{
    // Listening starts before the authorize URL is built: with no port in the registered URI,
    // the port the system gives is the one the operator is told about.
    const QUrl listening = m_listener->listen(registered);
    m_listenProblem = m_listener->problem();
    return listening.isEmpty() ? registered : listening;
}

void SystemBrowserDriver::start(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    if (!m_listenProblem.isEmpty()) {
        emit failed(m_listenProblem, false, false);
        return;
    }
    if (!m_listener->isListening())
        m_listener->listen(redirectUri);
    HttpExchange opened;
    opened.method = "GET";
    opened.url = authorizeUrl;
    opened.startedAt = QDateTime::currentDateTimeUtc();
    opened.finishedAt = opened.startedAt;
    opened.note = tr("opened in the system browser; its hops are not visible to the console");
    emit hop(opened);
    if (!m_opener(authorizeUrl)) {
        m_listener->close();
        emit failed(tr("No web browser could be opened on this computer (xdg-open or the "
                       "desktop's default browser). Copy the authorize URL into a browser, or "
                       "use the embedded browser."),
                    false, false);
    }
}

void SystemBrowserDriver::cancel()
{
    m_listener->close();
}

void SystemBrowserDriver::onCallback(const QUrl &url)
{
    HttpExchange callback;
    callback.method = "GET";
    callback.url = url;
    callback.status = 200;
    callback.startedAt = QDateTime::currentDateTimeUtc();
    callback.finishedAt = callback.startedAt;
    callback.note = tr("the browser came back to the console's loopback listener");
    emit hop(callback);
    emit redirectReached(url);
}

void SystemBrowserDriver::onWrongPath(const QUrl &url)
{
    emit failed(tr("The browser came back to %1, not to the redirect URI's path %2: the redirect "
                   "URI registered with the operator differs from the profile's.")
                    .arg(url.toString(QUrl::RemoveQuery), url.path()),
                false, false);
}

} // namespace nv
