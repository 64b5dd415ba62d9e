#include "CapturePage.h"

#include "flow/AuthorizationResponse.h"
#include "http/NetworkEnvironment.h"
#include "http/UrlPolicy.h"

#include <QAuthenticator>

namespace nv {

CapturePage::CapturePage(QWebEngineProfile *profile, const QUrl &redirectUri, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_redirectUri(redirectUri)
{
    // Chromium reads Qt's application proxy (NetworkEnvironment sets it) but asks the page for
    // the proxy's credentials: the profile's user name and keychain password, offered once.
    // Unanswered, the load fails and the authorize step says so.
    connect(this, &QWebEnginePage::proxyAuthenticationRequired, this,
            [](const QUrl &, QAuthenticator *authenticator, const QString &) {
                NetworkEnvironment::answerProxyChallenge(authenticator);
            });
}

bool CapturePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return true;
    if (m_stopped)
        return false;
    // The redirect URI first: it is caught, never loaded, whatever its scheme (an app's
    // private-use scheme is a valid redirect URI).
    if (AuthorizationResponse::matchesRedirectUri(url, m_redirectUri)) {
        m_stopped = true;
        emit redirectUriReached(url);
        return false;
    }
    const QString refusal = UrlPolicy::refusal(url);
    if (!refusal.isEmpty()) {
        m_stopped = true;
        emit navigationRefused(url, type, refusal);
        return false;
    }
    emit navigationRequested(url, type);
    return true;
}

} // namespace nv
