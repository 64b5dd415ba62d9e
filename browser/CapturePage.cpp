#include "CapturePage.h"

#include "flow/AuthorizationResponse.h"
#include "http/UrlPolicy.h"

namespace nv {

CapturePage::CapturePage(QWebEngineProfile *profile, const QUrl &redirectUri, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_redirectUri(redirectUri)
{}

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
