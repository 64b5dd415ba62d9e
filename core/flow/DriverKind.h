#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

class QAuthenticator;

namespace nv {

// The ways a run can walk the operator's authorize chain. Each is an AuthorizeDriver made by
// AuthorizeDriverFactory; the run itself does not care which one it has.
enum class DriverKind
{
    PlainHttp,       // RedirectFollower: plain HTTP, no page is ever shown
    EmbeddedBrowser, // Qt WebEngine, shown in the window or headless (unattended)
    SystemBrowser,   // the desktop's default browser, back through a loopback redirect URI
    Phone,           // a phone on mobile data opens the URL (QR code); the code comes back
                     // through a relay (nv-relay) or is pasted back
};

// How a driver is to behave for one run.
struct DriverOptions
{
    int timeoutMs = 30000;   // per HTTP hop (plain HTTP)
    bool unattended = false; // nobody can answer a page: a page that waits is a failure
    QUrl relayUrl;           // Phone: the relay's base URL; empty for paste-back only
    // Embedded browser: Chromium follows the process's proxy setting; these say which proxy a
    // URL takes (for the log) and answer the proxy's 407 from the profile. The driver factory
    // fills them: the browser module has no access to the program's network settings.
    std::function<QString(const QUrl &)> proxyFor;
    std::function<bool(QAuthenticator *)> answerProxyChallenge;
    // Embedded browser: the profile's TLS settings, which Chromium does not take from Qt's
    // default configuration. checkServerChain verifies a server's chain (leaf first) for a URL
    // against the system's CAs plus the profile's extra ones: empty when it passes, else the
    // problem in words. The client certificate (chain, leaf first) and its key are offered to
    // the authorize URL's origin only.
    std::function<QString(const QList<QSslCertificate> &, const QUrl &)> checkServerChain;
    QList<QSslCertificate> clientCertificateChain;
    // Optional, not an empty key: Qt 6 makes even an empty QSslKey through a TLS backend, so a
    // QSslKey member loads both TLS plugins and OpenSSL whenever a run request is made, https
    // or not (an eighth of the samples of one plain `nv-cli verify`).
    std::optional<QSslKey> clientKey;
};

// The names nv-cli takes after --browser: "none" (plain HTTP), "offscreen" (embedded,
// headless), "system" and "phone".
QString driverKindCliName(DriverKind kind);
std::optional<DriverKind> driverKindFromCliName(const QString &name);

// The names a profile file stores: "embedded-browser", "system-browser", "phone", "plain-http".
QString driverKindId(DriverKind kind);
std::optional<DriverKind> driverKindFromId(const QString &id);

} // namespace nv
