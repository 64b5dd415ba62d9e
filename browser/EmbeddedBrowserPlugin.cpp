#include "EmbeddedBrowserPlugin.h"

#include "WebEngineCapture.h"

#include <QWebEngineView>

namespace nv {

AuthorizeDriver *EmbeddedBrowserPlugin::createDriver(const DriverOptions &options)
{
    auto *capture = new WebEngineCapture;
    capture->setUnattended(options.unattended);
    capture->setNetworkHooks(options.proxyFor, options.answerProxyChallenge);
    capture->setTlsHooks(options.checkServerChain, options.clientCertificateChain,
                         options.clientKey.value_or(QSslKey()));
    return capture;
}

QWidget *EmbeddedBrowserPlugin::createView(QWidget *parent)
{
    return new QWebEngineView(parent);
}

void EmbeddedBrowserPlugin::showPage(QWidget *view, AuthorizeDriver *driver)
{
    auto *webView = qobject_cast<QWebEngineView *>(view);
    if (!webView)
        return;
    auto *capture = qobject_cast<WebEngineCapture *>(driver);
    // The page stays owned by its run; the view only shows it.
    webView->setPage(capture ? capture->page() : nullptr);
}

} // namespace nv
