#pragma once

#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>
#include <QUrl>

namespace nv {

// Turns what Qt reports about TLS and proxies into sentences a partner's engineer can act on
// ("the server's certificate is signed by a CA this machine does not trust; add it with
// --ca-file"), keeping Qt's own words as the detail after them. Qt's strings alone ("The issuer
// certificate of a locally looked up certificate could not be found") do not say what to do.
class TransportFailure
{
public:
    // The certificate problems of one handshake, most useful first, one sentence each.
    static QString describeTlsErrors(const QList<QSslError> &errors, const QUrl &url);

    // A transport failure that is not a certificate problem (a refused handshake, a proxy that
    // refuses or asks for credentials), or empty when the reply's error is none of those.
    // proxy: what the exchange went through ("http://proxy:3128", "none"); proxyUser: the user
    // name that was offered, empty when none was; clientCertificate: whether one was offered.
    static QString describeReplyError(QNetworkReply::NetworkError error, const QString &qtText,
                                      const QUrl &url, const QString &proxy,
                                      const QString &proxyUser, bool clientCertificate);

    // A proxy that would not open a tunnel (CONNECT) to url's host, for a reason Qt does not
    // name: what to check, depending on whether a user name was offered.
    static QString tunnelRefused(const QUrl &url, const QString &proxy, const QString &proxyUser);
};

} // namespace nv
