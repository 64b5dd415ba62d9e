#include "CapturePage.h"

#include "flow/AuthorizationResponse.h"

namespace nv {

CapturePage::CapturePage(QWebEngineProfile *profile, const QUrl &redirectUri, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_redirectUri(redirectUri)
{}

bool CapturePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return true;
    if (m_captured)
        return false; // nothing more loads in this run once the code is caught
    if (AuthorizationResponse::matchesRedirectUri(url, m_redirectUri)) {
        m_captured = true;
        emit redirectUriReached(url);
        return false;
    }
    emit navigationRequested(url, type);
    return true;
}

} // namespace nv
