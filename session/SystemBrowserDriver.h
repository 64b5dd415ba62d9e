#pragma once

#include "flow/AuthorizeDriver.h"

#include <functional>

namespace nv {

class LoopbackRedirectListener;

// Walks the authorize chain in the desktop's default browser, for operators and identity
// providers that refuse embedded browsers, and for a laptop tethered to a phone: the console
// listens on a loopback redirect URI (RFC 8252 §7.3), opens the authorize URL in the browser
// and takes the one callback. The browser's own hops are not seen; the callback is.
class SystemBrowserDriver : public AuthorizeDriver
{
    Q_OBJECT
public:
    // Opens a URL in the default browser; false when nothing could be started.
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit SystemBrowserDriver(UrlOpener opener = {}, QObject *parent = nullptr);
    ~SystemBrowserDriver() override;

    QUrl redirectUriFor(const QUrl &registered) override;
    void start(const QUrl &authorizeUrl, const QUrl &redirectUri) override;
    void cancel() override;
    QString name() const override { return QStringLiteral("system browser"); }

    // xdg-open on Linux and the BSDs (which honours $BROWSER), open on macOS; a window replaces
    // it with QDesktopServices.
    static bool openWithDesktopTool(const QUrl &url);

private:
    void onCallback(const QUrl &url);
    void onWrongPath(const QUrl &url);

    UrlOpener m_opener;
    LoopbackRedirectListener *m_listener;
    QString m_listenProblem;
};

} // namespace nv
