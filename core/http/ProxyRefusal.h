#pragma once

#include "HttpExchange.h"

#include <QString>
#include <optional>

namespace nv {

struct NetworkSettings;

// A proxy that would not carry an exchange for want of credentials: asked for them (407) with
// none to give, or refused the ones given. The window asks for the password then; the command
// line says which option gives it.
struct ProxyRefusal
{
    enum class Kind
    {
        NeedsCredentials, // no user name or no password was known to offer
        Refused,          // a user name and a password were offered and turned down
    };

    Kind kind = Kind::NeedsCredentials;
    QString proxy; // "http://proxy:3128", never with credentials
    QString user;  // the proxy user of the settings, empty when none

    // The exchange's answer, judged against the settings it was sent with (passwordKnown:
    // whether a password was there to offer). Nothing when it is not a proxy's refusal.
    static std::optional<ProxyRefusal> of(const HttpExchange &exchange,
                                          const NetworkSettings &settings, bool passwordKnown);
    // tinyproxy answers wrong Basic credentials with "401 Unauthorized" and its own
    // WWW-Authenticate (realm "Tinyproxy", Server: tinyproxy/…) instead of a second 407, for
    // plain-http requests it forwards (a CONNECT it refuses this way fails in Qt as a proxy
    // protocol error). Seen from the client that 401 looks like the operator's: this tells it
    // by the proxy's own headers, for an exchange that went through the settings' manual proxy.
    static bool isProxysOwn401(const HttpExchange &exchange, const NetworkSettings &settings);

    // The problem in words, naming the proxy.
    QString sentence() const;
};

} // namespace nv

#include <QMetaType>
Q_DECLARE_METATYPE(nv::ProxyRefusal)
