#pragma once

#include "NetworkPath.h"

#include <QString>

namespace nv {

// Whether a network path can carry the operator's network-based authentication: the operator
// maps the authorize request's source address to a SIM, so the request must leave this machine
// over a SIM's mobile data, with no VPN in between. One rule, used by the window and nv-cli.
struct NetworkPathVerdict
{
    enum class Kind
    {
        CanCarry,  // the traffic goes over a SIM's mobile data and no VPN was seen
        Cannot,    // Wi-Fi, Ethernet, a VPN, or no connection
        CannotTell // the system does not say enough
    };

    Kind kind = Kind::CannotTell;
    QString situation; // stable id: "wifi", "ethernet", "vpn", "usb-tether", "offline", …
    QString headline;  // a few words, for a status bar
    QString sentence;  // one sentence: what it means and what to do

    static NetworkPathVerdict of(const NetworkPath &path);

    // "can-carry", "cannot", "cannot-tell" (--json).
    static QString kindId(Kind kind);
    // nv-cli doctor's exit code: 0 can carry, 1 cannot, 5 cannot tell.
    int exitCode() const;
};

} // namespace nv
