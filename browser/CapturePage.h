#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace nv {

// A page that reports every main-frame navigation (redirect hops included) and refuses the
// one to the redirect URI, so the code is captured without ever loading that URL.
class CapturePage : public QWebEnginePage
{
    Q_OBJECT
public:
    CapturePage(QWebEngineProfile *profile, const QUrl &redirectUri, QObject *parent = nullptr);

signals:
    void navigationRequested(const QUrl &url, QWebEnginePage::NavigationType type);
    void redirectUriReached(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    QUrl m_redirectUri;
    bool m_captured = false;
};

} // namespace nv
