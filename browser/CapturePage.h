#pragma once

#include <QUrl>
#include <QWebEnginePage>
#include <functional>

class QAuthenticator;

namespace nv {

// A page that reports every main-frame navigation (redirect hops included) and refuses the
// one to the redirect URI, so the code is captured without ever loading that URL. A main-frame
// navigation to anything UrlPolicy does not fetch (file:, data:, qrc:, about:, ...) is refused
// too and reported, and nothing more loads in the page. Sub-frames are left to Chromium, which
// keeps web content away from local files and qrc: on its own.
class CapturePage : public QWebEnginePage
{
    Q_OBJECT
public:
    CapturePage(QWebEngineProfile *profile, const QUrl &redirectUri,
                std::function<bool(QAuthenticator *)> answerProxyChallenge,
                QObject *parent = nullptr);

    // The proxy asked for credentials and got none: the profile has no password, or it had
    // one and the proxy asked again (refused it). Chromium then fails the load without saying
    // why (net::ERR_TOO_MANY_RETRIES and the like).
    bool proxyUnanswered() const { return m_proxyUnanswered; }

signals:
    void navigationRequested(const QUrl &url, QWebEnginePage::NavigationType type);
    void redirectUriReached(const QUrl &url);
    // The navigation was refused and not loaded; reason is UrlPolicy's sentence.
    void navigationRefused(const QUrl &url, QWebEnginePage::NavigationType type,
                           const QString &reason);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    QUrl m_redirectUri;
    bool m_stopped = false;       // the code was caught, or a URL refused: nothing more loads
    bool m_proxyAnswered = false; // the proxy's challenge was answered once already
    bool m_proxyUnanswered = false;
};

} // namespace nv
