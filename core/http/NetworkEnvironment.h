#pragma once

#include "NetworkSettings.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <optional>

class QAuthenticator;
class QNetworkProxy;

namespace nv {

struct ClientCertificate;

// Puts one profile's NetworkSettings into effect for the whole process, so that every HTTP
// exchange of the core (HttpClient and so the flow, JWKS and discovery fetches, the relay
// pickup) and the embedded browser go the same way:
//  - the proxy through QNetworkProxy::setApplicationProxy (or Qt's system proxy factory).
//    Qt WebEngine reads the application proxy too, which is why it is set process-wide
//    rather than per QNetworkAccessManager: a per-manager proxy would leave the browser
//    going direct while the token call goes through the proxy.
//  - extra CA certificates and the client certificate through
//    QSslConfiguration::setDefaultConfiguration, which every QNetworkRequest starts from. Qt
//    WebEngine does not read it (Chromium has its own trust store and certificate choice): the
//    driver factory hands the browser extraCaCertificates(), clientCertificate() and
//    checkServerChain() instead (docs/corporate-networks.md).
// Everything is read and checked first; on any problem nothing changes.
class NetworkEnvironment
{
public:
    static constexpr qint64 MaxPemBytes = 1024 * 1024;

    static bool apply(const NetworkSettings &settings, const NetworkSecrets &secrets,
                      QString *error);
    static const NetworkSettings &current();
    // What the current settings loaded: the CA certificates added to the system's, and the
    // client certificate with its key (none when the profile names none).
    static const QList<QSslCertificate> &extraCaCertificates();
    static const std::optional<ClientCertificate> &clientCertificate();
    // Verifies a server's chain (leaf first) for url's host against the system's CAs plus the
    // extra ones, as a back-channel request would: empty when it passes, else the problem in
    // words (TransportFailure's sentences).
    static QString checkServerChain(const QList<QSslCertificate> &chain, const QUrl &url);

    // What an exchange to url goes through, without credentials: "none", "http://proxy:3128",
    // "system: none", "system: http://proxy:3128", "none (loopback)".
    static QString proxyFor(const QUrl &url);
    // Answers a proxy's 407 with the profile's user name and password, once per authenticator:
    // false when there is nothing (left) to offer, so the exchange ends with the 407.
    static bool answerProxyChallenge(QAuthenticator *authenticator);
    // A user name and a password are there to offer to the proxy.
    static bool hasProxyPassword();

private:
    static bool applyTls(const NetworkSettings &settings, const NetworkSecrets &secrets,
                         QString *error);
    static void applyProxy(const NetworkSettings &settings);
};

} // namespace nv
