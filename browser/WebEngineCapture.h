#pragma once

#include "flow/AuthorizeDriver.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <QWebEnginePage>
#include <functional>

class QWebEngineProfile;
class QAuthenticator;
class QWebEngineLoadingInfo;

namespace nv {

class CapturePage;
class PageCertificates;

// Drives the authorize chain in Qt WebEngine: a fresh off-the-record profile per run (no
// cookies, cache or storage shared between runs or kept on disk), every main-frame hop reported,
// the redirect URI caught. The GUI shows page() in a view so a person can answer a consent page.
class WebEngineCapture : public AuthorizeDriver
{
    Q_OBJECT
public:
    explicit WebEngineCapture(QObject *parent = nullptr);
    ~WebEngineCapture() override;

    void start(const QUrl &authorizeUrl, const QUrl &redirectUri) override;
    void cancel() override;
    QString name() const override { return QStringLiteral("embedded browser"); }

    QWebEnginePage *page() const;
    // Headless use: nobody can answer a page, so a page that stays put this long is a failure.
    void setUnattended(bool unattended, int quietMs = 3000);
    // Which proxy a URL takes (recorded on each hop) and the answer to the proxy's 407; without
    // them hops record no proxy and a 407 stays unanswered.
    void setNetworkHooks(std::function<QString(const QUrl &)> proxyFor,
                         std::function<bool(QAuthenticator *)> answerProxyChallenge);

    // The profile's TLS settings (DriverOptions): the check for a chain Chromium does not
    // trust, and the client certificate offered to the authorize URL's origin (PageCertificates).
    void
    setTlsHooks(std::function<QString(const QList<QSslCertificate> &, const QUrl &)> checkChain,
                const QList<QSslCertificate> &clientChain, const QSslKey &clientKey);

signals:
    void pageCreated(QWebEnginePage *page);

private:
    void releasePage();
    void onNavigation(const QUrl &url, QWebEnginePage::NavigationType type);
    void onRefused(const QUrl &url, QWebEnginePage::NavigationType type, const QString &reason);
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void emitPendingHop(const QString &outcome);
    void failWithNetworkError(const QWebEngineLoadingInfo &info, const QString &where);

    // Chromium's net::ERR_UNSAFE_REDIRECT: a redirect to a scheme web content may not reach.
    static constexpr int UnsafeRedirectError = -311;

    QPointer<QWebEngineProfile> m_profile;
    std::function<QString(const QUrl &)> m_proxyFor;
    std::function<bool(QAuthenticator *)> m_answerProxyChallenge;
    std::function<QString(const QList<QSslCertificate> &, const QUrl &)> m_checkChain;
    QList<QSslCertificate> m_clientChain;
    QSslKey m_clientKey;
    QPointer<CapturePage> m_page;
    QPointer<PageCertificates> m_certificates;
    HttpExchange m_pendingHop; // the navigation in progress, reported when the next one starts
    bool m_hopPending = false;
    bool m_done = false;
    bool m_unattended = false;
    QTimer m_quietTimer;
};

} // namespace nv
