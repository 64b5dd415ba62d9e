#pragma once

#include <QString>
#include <QUrl>
#include <optional>

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
};

// The names nv-cli takes after --browser: "none" (plain HTTP), "offscreen" (embedded,
// headless), "system" and "phone".
QString driverKindCliName(DriverKind kind);
std::optional<DriverKind> driverKindFromCliName(const QString &name);

// The names a profile file stores: "embedded-browser", "system-browser", "phone", "plain-http".
QString driverKindId(DriverKind kind);
std::optional<DriverKind> driverKindFromId(const QString &id);

} // namespace nv
