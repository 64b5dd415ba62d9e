#pragma once

#include "NetworkSettings.h"

#include <QString>
#include <QUrl>

class QAuthenticator;
class QNetworkProxy;

namespace nv {

// Puts one profile's NetworkSettings into effect for the whole process, so that every HTTP
// exchange of the core (HttpClient and so the flow, JWKS and discovery fetches, the relay
// pickup) and the embedded browser go the same way:
//  - the proxy through QNetworkProxy::setApplicationProxy (or Qt's system proxy factory).
//    Qt WebEngine reads the application proxy too, which is why it is set process-wide
//    rather than per QNetworkAccessManager: a per-manager proxy would leave the browser
//    going direct while the token call goes through the proxy.
//  - extra CA certificates and the client certificate through
//    QSslConfiguration::setDefaultConfiguration, which every QNetworkRequest starts from. Qt
//    WebEngine does not read it (Chromium has its own trust store): the browser trusts only
//    the system's CAs and sends no client certificate (docs/corporate-networks.md).
// Everything is read and checked first; on any problem nothing changes.
class NetworkEnvironment
{
public:
    static constexpr qint64 MaxPemBytes = 1024 * 1024;

    static bool apply(const NetworkSettings &settings, const NetworkSecrets &secrets,
                      QString *error);
    static const NetworkSettings &current();

    // What an exchange to url goes through, without credentials: "none", "http://proxy:3128",
    // "system: none", "system: http://proxy:3128", "none (loopback)".
    static QString proxyFor(const QUrl &url);
    // Answers a proxy's 407 with the profile's user name and password, once per authenticator:
    // false when there is nothing (left) to offer, so the exchange ends with the 407.
    static bool answerProxyChallenge(QAuthenticator *authenticator);
    static bool hasProxyPassword();

private:
    static bool applyTls(const NetworkSettings &settings, const NetworkSecrets &secrets,
                         QString *error);
    static void applyProxy(const NetworkSettings &settings);
};

} // namespace nv
