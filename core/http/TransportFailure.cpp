#include "TransportFailure.h"

#include <QCoreApplication>
#include <QSslCertificate>

namespace nv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}

QString withDetail(const QString &words, const QString &qtText)
{
    return qtText.isEmpty() ? words : tr("%1 (Qt: %2)").arg(words, qtText);
}

QString unknownIssuer(const QSslError &error)
{
    const QStringList issuer = error.certificate().issuerInfo(QSslCertificate::CommonName);
    const QString named = issuer.isEmpty() ? QString() : tr(" (issuer: %1)").arg(issuer.join(", "));
    return tr("The server's certificate is signed by a CA this machine does not trust%1; add "
              "that CA with --ca-file or the profile's CA bundle.")
        .arg(named);
}

QString sentenceFor(const QSslError &error, const QUrl &url)
{
    const QSslCertificate certificate = error.certificate();
    switch (error.error()) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return unknownIssuer(error);
    case QSslError::CertificateExpired:
        return tr("The server's certificate expired on %1; the operator must renew it.")
            .arg(certificate.expiryDate().toUTC().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return tr("The server's certificate is not valid before %1; check this computer's clock.")
            .arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate));
    case QSslError::HostNameMismatch: {
        const auto alternatives = certificate.subjectAlternativeNames();
        QStringList names = alternatives.values(QSsl::DnsEntry);
        names += alternatives.values(QSsl::IpAddressEntry);
        names += certificate.subjectInfo(QSslCertificate::CommonName);
        names.removeDuplicates();
        return tr("The server's certificate is for %1, not for %2: the URL names another host "
                  "than the certificate, or something in between answered instead.")
            .arg(names.isEmpty() ? tr("no host name") : names.join(QLatin1String(", ")),
                 url.host());
    }
    case QSslError::CertificateRevoked:
        return tr("The server's certificate has been revoked by its CA.");
    default:
        return tr("The server's certificate was refused.");
    }
}

} // namespace

QString TransportFailure::describeTlsErrors(const QList<QSslError> &errors, const QUrl &url)
{
    QStringList sentences;
    QStringList details;
    for (const QSslError &error : errors) {
        const QString sentence = sentenceFor(error, url);
        if (!sentences.contains(sentence))
            sentences << sentence;
        details << error.errorString();
    }
    return withDetail(tr("TLS: %1").arg(sentences.join(QLatin1Char(' '))),
                      details.join(QLatin1String("; ")));
}

QString TransportFailure::tunnelRefused(const QUrl &url, const QString &proxy,
                                        const QString &proxyUser)
{
    // Qt says only "Error communicating with HTTP proxy" when a proxy answers CONNECT with
    // anything but 200 or 407, and tinyproxy (like some corporate proxies) answers wrong
    // credentials with 401: with a user name given, that is the likely cause.
    const QString target = QStringLiteral("%1:%2").arg(url.host()).arg(url.port(443));
    if (!proxyUser.isEmpty())
        return tr("The proxy %1 would not open a connection to %2. With the user name \"%3\" "
                  "given, the usual cause is that it refused the credentials (some proxies "
                  "answer a wrong password with 401 instead of 407): check the user name and "
                  "its password (the keychain or --proxy-password-env).")
            .arg(proxy, target, proxyUser);
    return tr("The proxy %1 would not open a connection to %2: it may need a user name and "
              "password (--proxy-user, --proxy-password-env), or refuse that host or port.")
        .arg(proxy, target);
}

QString TransportFailure::describeReplyError(QNetworkReply::NetworkError error,
                                             const QString &qtText, const QUrl &url,
                                             const QString &proxy, const QString &proxyUser,
                                             bool clientCertificate)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
        if (url.scheme() != QLatin1String("https"))
            return {};
        // With TLS 1.3 the client's side of the handshake ends before the server has checked
        // the client certificate: a refusal arrives as a closed connection, not a handshake
        // error.
        return withDetail(
            clientCertificate
                ? tr("TLS: %1 closed the connection without answering; it may not trust the "
                     "client certificate that was offered.")
                      .arg(url.host())
                : tr("TLS: %1 closed the connection without answering. A server that requires "
                     "a client certificate does this when none is offered: give one with "
                     "--client-cert and --client-key (or in the profile).")
                      .arg(url.host()),
            qtText);
    case QNetworkReply::SslHandshakeFailedError:
        return withDetail(tr("TLS: the handshake with %1 failed. The server may require a client "
                             "certificate (--client-cert, --client-key), or accept no protocol "
                             "or cipher this console offers.")
                              .arg(url.host()),
                          qtText);
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return withDetail(
            proxyUser.isEmpty()
                ? tr("The proxy %1 asks for a user name and password (407). Give the proxy user "
                     "in the profile (--proxy-user) and its password to the keychain "
                     "(--proxy-password-env).")
                      .arg(proxy)
                : tr("The proxy %1 refused the credentials given: the user name \"%2\" or its "
                     "password is wrong. Check both; the password comes from the keychain or "
                     "--proxy-password-env.")
                      .arg(proxy, proxyUser),
            qtText);
    case QNetworkReply::UnknownProxyError:
        return withDetail(tunnelRefused(url, proxy, proxyUser), qtText);
    case QNetworkReply::UnknownNetworkError:
        // What Qt 6.4 makes of a CONNECT answered with neither 200 nor 407.
        if (!proxy.contains(QLatin1String("://")))
            return {};
        return withDetail(tunnelRefused(url, proxy, proxyUser), qtText);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return withDetail(tr("The proxy %1 could not be reached or closed the connection; check "
                             "its address, or choose \"none\" or \"system\".")
                              .arg(proxy),
                          qtText);
    default:
        return {};
    }
}

} // namespace nv
