#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <functional>

class QWebEngineCertificateError;
class QWebEngineClientCertificateSelection;
class QWebEnginePage;
class QWebEngineProfile;

namespace nv {

// The profile's TLS settings for one page of the embedded browser, as far as Qt WebEngine 6.4
// lets them in:
//  - the client certificate goes to the (off-the-record) profile's in-memory certificate store
//    and is chosen when a server asks for one, but only for the authorize URL's origin (host
//    and port): another site that asks gets none;
//  - extra CA certificates cannot be added to Chromium's trust at all (no API in 6.4), so a
//    chain Chromium finds no trusted issuer for is verified here, by Qt, against the system's
//    CAs plus the profile's extra ones and the host name, and accepted only when that passes.
//    Every other certificate error is refused, and each refusal kept in words for the run's
//    failure.
class PageCertificates : public QObject
{
    Q_OBJECT
public:
    using ChainCheck = std::function<QString(const QList<QSslCertificate> &, const QUrl &)>;

    PageCertificates(QWebEnginePage *page, const QUrl &authorizeUrl, ChainCheck checkChain,
                     const QList<QSslCertificate> &clientChain, const QSslKey &clientKey);

    // Puts the client certificate into profile's store (before the page loads anything).
    static void addClientCertificate(QWebEngineProfile *profile,
                                     const QList<QSslCertificate> &clientChain,
                                     const QSslKey &clientKey);

    // The last certificate refused, in words (empty when none was).
    QString refusal() const { return m_refusal; }
    // Certificates accepted by the check above (those Chromium alone would have refused).
    int acceptedByProfileCa() const { return m_accepted; }

private:
    void onCertificateError(const QWebEngineCertificateError &error);
    void onSelectClientCertificate(QWebEngineClientCertificateSelection selection);
    bool isAuthorizeOrigin(const QUrl &url) const;

    QUrl m_origin;
    ChainCheck m_checkChain;
    QSslCertificate m_clientCertificate;
    QString m_refusal;
    int m_accepted = 0;
};

} // namespace nv
