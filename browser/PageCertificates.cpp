#include "PageCertificates.h"

#include <QWebEngineCertificateError>
#include <QWebEngineClientCertificateSelection>
#include <QWebEngineClientCertificateStore>
#include <QWebEnginePage>
#include <QWebEngineProfile>

namespace nv {

namespace {
int portOf(const QUrl &url)
{
    return url.port(url.scheme() == QLatin1String("http") ? 80 : 443);
}
} // namespace

PageCertificates::PageCertificates(QWebEnginePage *page, const QUrl &authorizeUrl,
                                   ChainCheck checkChain, const QList<QSslCertificate> &clientChain,
                                   const QSslKey &clientKey)
    : QObject(page)
    , m_origin(authorizeUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment))
    , m_checkChain(std::move(checkChain))
    , m_clientCertificate(clientKey.isNull() ? QSslCertificate() : clientChain.value(0))
{
    connect(page, &QWebEnginePage::certificateError, this, &PageCertificates::onCertificateError);
    connect(page, &QWebEnginePage::selectClientCertificate, this,
            &PageCertificates::onSelectClientCertificate);
}

void PageCertificates::addClientCertificate(QWebEngineProfile *profile,
                                            const QList<QSslCertificate> &clientChain,
                                            const QSslKey &clientKey)
{
    if (clientChain.isEmpty() || clientKey.isNull())
        return;
    // The run's own off-the-record profile: the certificate goes with it when the run ends.
    profile->clientCertificateStore()->add(clientChain.first(), clientKey);
}

bool PageCertificates::isAuthorizeOrigin(const QUrl &url) const
{
    return url.host().compare(m_origin.host(), Qt::CaseInsensitive) == 0 &&
           portOf(url) == portOf(m_origin);
}

void PageCertificates::onSelectClientCertificate(QWebEngineClientCertificateSelection selection)
{
    // Chromium offers what its store holds to whoever asks; the profile's certificate is for
    // the operator it names, not for any site the authorize chain passes through.
    if (!m_clientCertificate.isNull() && isAuthorizeOrigin(selection.host()) &&
        selection.certificates().contains(m_clientCertificate)) {
        selection.select(m_clientCertificate);
        return;
    }
    selection.selectNone();
}

// Written by hand because Qt WebEngine 6.4 has no way to add trust anchors: Chromium verifies
// with the system's store only, and reports a server signed by the profile's private or
// corporate CA as "authority invalid". Such a chain is verified again here with
// QSslCertificate::verify (OpenSSL, the same trust as the console's own requests: the system's
// CAs plus the profile's extra ones, and the host name) and accepted only when that finds
// nothing wrong. Any other kind of error (expired, wrong name, revoked, weak, ...) is never
// accepted, whatever the profile trusts.
void PageCertificates::onCertificateError(const QWebEngineCertificateError &error)
{
    QWebEngineCertificateError decision = error;
    const QString checked = m_checkChain ? m_checkChain(error.certificateChain(), error.url())
                                         : QStringLiteral("no check available");
    if (error.type() == QWebEngineCertificateError::CertificateAuthorityInvalid &&
        checked.isEmpty() && !error.certificateChain().isEmpty()) {
        ++m_accepted;
        decision.acceptCertificate();
        return;
    }
    m_refusal = !checked.isEmpty() && m_checkChain
                    ? checked
                    : tr("TLS: the browser refused the certificate of %1: %2")
                          .arg(error.url().host(), error.description());
    decision.rejectCertificate();
}

} // namespace nv
