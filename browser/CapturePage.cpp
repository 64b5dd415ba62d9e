#include "CapturePage.h"

#include "flow/AuthorizationResponse.h"
#include "http/UrlPolicy.h"

#include <QAuthenticator>

namespace nv {

CapturePage::CapturePage(QWebEngineProfile *profile, const QUrl &redirectUri,
                         std::function<bool(QAuthenticator *)> answerProxyChallenge,
                         QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_redirectUri(redirectUri)
{
    // Chromium reads Qt's application proxy but asks the page for the proxy's credentials: the
    // profile's user name and keychain password, offered once (the hook the driver factory
    // gives). Unanswered, the load fails and the authorize step says so. Qt WebEngine hands a
    // fresh QAuthenticator to every challenge, so "once" is counted here: a proxy that refuses
    // the password challenges again, and answering again would go round for ever.
    connect(this, &QWebEnginePage::proxyAuthenticationRequired, this,
            [this, answer = std::move(answerProxyChallenge)](
                const QUrl &, QAuthenticator *authenticator, const QString &) {
                if (answer && !m_proxyAnswered)
                    m_proxyAnswered = answer(authenticator);
                else
                    m_proxyAnswered = false; // asked again: the credentials were refused
                m_proxyUnanswered = !m_proxyAnswered;
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
