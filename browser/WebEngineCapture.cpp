#include "WebEngineCapture.h"

#include "CapturePage.h"
#include "PageCertificates.h"
#include "flow/BrowserNetworkError.h"

#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>

namespace nv {

namespace {
QString navigationKind(QWebEnginePage::NavigationType type)
{
    switch (type) {
    case QWebEnginePage::NavigationTypeRedirect:
        return QStringLiteral("redirect");
    case QWebEnginePage::NavigationTypeFormSubmitted:
        return QStringLiteral("form submission");
    case QWebEnginePage::NavigationTypeLinkClicked:
        return QStringLiteral("link");
    case QWebEnginePage::NavigationTypeTyped:
        return QStringLiteral("start");
    case QWebEnginePage::NavigationTypeOther:
        return QStringLiteral("script or meta refresh");
    default:
        break;
    }
    return QStringLiteral("navigation");
}
} // namespace

WebEngineCapture::WebEngineCapture(QObject *parent)
    : AuthorizeDriver(parent)
{
    m_quietTimer.setSingleShot(true);
    connect(&m_quietTimer, &QTimer::timeout, this, [this] {
        if (m_done)
            return;
        m_done = true;
        emit failed(tr("The operator shows a page that waits for a person (%1); nobody can answer "
                       "it in headless mode.")
                        .arg(m_page ? m_page->url().toString(QUrl::RemoveQuery) : QString()),
                    true, false);
    });
}

WebEngineCapture::~WebEngineCapture()
{
    releasePage();
}

QWebEnginePage *WebEngineCapture::page() const
{
    return m_page;
}

void WebEngineCapture::setNetworkHooks(std::function<QString(const QUrl &)> proxyFor,
                                       std::function<bool(QAuthenticator *)> answerProxyChallenge)
{
    m_proxyFor = std::move(proxyFor);
    m_answerProxyChallenge = std::move(answerProxyChallenge);
}

void WebEngineCapture::setTlsHooks(
    std::function<QString(const QList<QSslCertificate> &, const QUrl &)> checkChain,
    const QList<QSslCertificate> &clientChain, const QSslKey &clientKey)
{
    m_checkChain = std::move(checkChain);
    m_clientChain = clientChain;
    m_clientKey = clientKey;
}

void WebEngineCapture::setUnattended(bool unattended, int quietMs)
{
    m_unattended = unattended;
    m_quietTimer.setInterval(quietMs);
}

void WebEngineCapture::releasePage()
{
    // A page must go before its profile.
    if (m_page)
        emit pageClosed();
    delete m_page.data();
    delete m_profile.data();
}

void WebEngineCapture::start(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    cancel();
    releasePage();
    m_done = false;
    m_hopPending = false;

    // No storage name: off the record, nothing persisted, nothing shared with earlier runs.
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    PageCertificates::addClientCertificate(m_profile, m_clientChain, m_clientKey);
    m_page = new CapturePage(m_profile, redirectUri, m_answerProxyChallenge, this);
    m_certificates =
        new PageCertificates(m_page, authorizeUrl, m_checkChain, m_clientChain, m_clientKey);
    connect(m_page, &CapturePage::navigationRequested, this, &WebEngineCapture::onNavigation);
    connect(m_page, &CapturePage::redirectUriReached, this, [this](const QUrl &url) {
        if (m_done)
            return;
        m_done = true;
        m_quietTimer.stop();
        emitPendingHop(tr("redirected to the redirect URI"));
        emit redirectReached(url);
    });
    connect(m_page, &CapturePage::navigationRefused, this, &WebEngineCapture::onRefused);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &WebEngineCapture::onLoadingChanged);
    connect(m_page, &QWebEnginePage::urlChanged, this, &AuthorizeDriver::pageAddressChanged);
    connect(m_page, &QWebEnginePage::loadFinished, this, &AuthorizeDriver::pageLoaded);
    emit pageCreated(m_page);
    emit pageOpened();
    m_page->load(authorizeUrl);
}

void WebEngineCapture::cancel()
{
    m_quietTimer.stop();
    m_done = true;
    if (m_page)
        m_page->triggerAction(QWebEnginePage::Stop);
}

void WebEngineCapture::emitPendingHop(const QString &outcome)
{
    if (!m_hopPending)
        return;
    m_hopPending = false;
    m_pendingHop.finishedAt = QDateTime::currentDateTimeUtc();
    m_pendingHop.note += QStringLiteral("; ") + outcome;
    emit hop(m_pendingHop);
}

void WebEngineCapture::onNavigation(const QUrl &url, QWebEnginePage::NavigationType type)
{
    m_quietTimer.stop();
    // A redirect ends the previous hop: that answer was a 3xx. Qt 6.4 does not expose the exact
    // status of a redirect to the page, so the log says "redirect" rather than guess a number.
    emitPendingHop(type == QWebEnginePage::NavigationTypeRedirect ? tr("answered with a redirect")
                                                                  : tr("left by the page"));
    m_pendingHop = HttpExchange{};
    m_pendingHop.method = type == QWebEnginePage::NavigationTypeFormSubmitted
                              ? QByteArrayLiteral("POST")
                              : QByteArrayLiteral("GET");
    m_pendingHop.url = url;
    m_pendingHop.startedAt = QDateTime::currentDateTimeUtc();
    m_pendingHop.note = tr("embedded browser, %1").arg(navigationKind(type));
    // Chromium follows the process's proxy setting; what it chose is not exposed,
    // so this is the setting's answer for the URL.
    m_pendingHop.proxy = m_proxyFor ? m_proxyFor(url) : QString();
    m_hopPending = true;
}

void WebEngineCapture::onRefused(const QUrl &url, QWebEnginePage::NavigationType type,
                                 const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_quietTimer.stop();
    emitPendingHop(type == QWebEnginePage::NavigationTypeRedirect ? tr("answered with a redirect")
                                                                  : tr("left by the page"));
    // The refused hop is logged as what it is: asked for, never loaded, so it has no body.
    HttpExchange refused;
    refused.method = QByteArrayLiteral("GET");
    refused.url = url;
    refused.startedAt = refused.finishedAt = QDateTime::currentDateTimeUtc();
    refused.error = reason;
    refused.note =
        tr("embedded browser, %1; not loaded: refused by the console").arg(navigationKind(type));
    emit hop(refused);
    emit failed(tr("The authorize chain stopped: %1").arg(reason), false, false);
}

void WebEngineCapture::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    if (m_done || info.status() == QWebEngineLoadingInfo::LoadStartedStatus)
        return;
    const QString where = info.url().toString(QUrl::RemoveQuery);
    if (info.status() == QWebEngineLoadingInfo::LoadFailedStatus) {
        m_done = true;
        if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain) {
            // An HTTP error page is the operator's answer (e.g. an unknown client), not a
            // transport failure; the page stays visible for the person to read.
            m_pendingHop.status = info.errorCode();
            emitPendingHop(tr("HTTP %1").arg(info.errorCode()));
            emit failed(tr("The operator answered HTTP %1 at %2 instead of redirecting.")
                            .arg(info.errorCode())
                            .arg(where),
                        false, false);
            return;
        }
        if (info.errorCode() == UnsafeRedirectError) {
            // Chromium refuses a redirect to file: or data: itself, before the page sees the
            // target; the console's rule says the same, and it is the operator's doing, not
            // the network's.
            emitPendingHop(tr("answered with a redirect the browser refused"));
            emit failed(tr("The authorize chain stopped: %1 redirected to a URL that is not "
                           "https or http (a local file or a data: URL); the console fetches "
                           "only https and http URLs, so it was refused.")
                            .arg(where),
                        false, false);
            return;
        }
        failWithNetworkError(info, where);
        return;
    }
    if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus) {
        emitPendingHop(tr("page shown: %1").arg(m_page->title()));
        if (m_unattended)
            m_quietTimer.start();
    }
}

void WebEngineCapture::failWithNetworkError(const QWebEngineLoadingInfo &info, const QString &where)
{
    QString said;
    if (m_page->proxyUnanswered()) {
        // Said as the proxy's 407, so the run reports the proxy's refusal (ProxyRefusal) and
        // the window can ask for the password; Chromium's own error says nothing of it.
        m_pendingHop.status = 407;
        said = tr("the proxy %1 asks for a user name and password (407) that the profile does "
                  "not have, or refused the ones given")
                   .arg(m_proxyFor ? m_proxyFor(info.url()) : QString());
    } else if (info.errorDomain() == QWebEngineLoadingInfo::CertificateErrorDomain &&
               m_certificates && !m_certificates->refusal().isEmpty()) {
        // A certificate refused by PageCertificates is named as the console names it for its
        // own requests; Chromium's words for it are only "not trusted".
        said = m_certificates->refusal();
    } else {
        said = explainBrowserNetworkError(info.errorString(), info.url().host());
    }
    emitPendingHop(tr("failed: %1").arg(said));
    emit failed(tr("The browser could not load %1: %2").arg(where, said), false,
                info.errorDomain() != QWebEngineLoadingInfo::NoErrorDomain);
}

} // namespace nv
