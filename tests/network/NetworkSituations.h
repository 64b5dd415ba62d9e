#pragma once

#include "network/NetworkPathVerdict.h"

#include <QList>
#include <QString>

namespace nvtest {

// The situations nm-scenario.py builds, and what the check must say about each: shared by the
// probe's test and nv-cli doctor's.
struct NetworkSituation
{
    const char *scenario;
    const char *transport; // NetworkPath::transportId()
    const char *vpn;       // NetworkPath::flagId()
    const char *situation; // NetworkPathVerdict::situation
    nv::NetworkPathVerdict::Kind kind;
    const char *primaryInterface;
    const char *inSentence; // a word the sentence must hold
};

inline QList<NetworkSituation> networkSituations()
{
    using K = nv::NetworkPathVerdict::Kind;
    return {
        {"wifi", "wifi", "no", "wifi", K::Cannot, "wlp2s0", "Office Guest"},
        {"ethernet", "ethernet", "no", "ethernet", K::Cannot, "enp0s31f6", "wired Ethernet"},
        {"usb-rndis", "usb-tether", "no", "usb-tether", K::CanCarry, "usb0", "rndis_host"},
        {"usb-ncm", "usb-tether", "no", "usb-tether", K::CanCarry, "enx0a1b2c3d4e5f", "cdc_ncm"},
        {"usb-metered", "usb-tether", "no", "usb-tether", K::CanCarry, "usb1", "metered"},
        {"modem", "cellular-modem", "no", "cellular-modem", K::CanCarry, "wwan0", "modem"},
        {"bluetooth", "bluetooth-tether", "no", "bluetooth-tether", K::CanCarry, "bnep0",
         "Bluetooth"},
        {"hotspot-metered", "phone-hotspot", "no", "phone-hotspot", K::CanCarry, "wlp2s0",
         "metered"},
        {"hotspot-name", "phone-hotspot", "no", "phone-hotspot", K::CanCarry, "wlp2s0",
         "Marta's iPhone"},
        {"vpn-over-wifi", "wifi", "yes", "vpn", K::Cannot, "wlp2s0", "Corp VPN"},
        {"vpn-over-usb", "usb-tether", "yes", "vpn", K::Cannot, "usb0", "wg0"},
        {"tun-over-usb", "usb-tether", "yes", "vpn", K::Cannot, "usb0", "tun0"},
        {"tap-over-usb", "usb-tether", "no", "usb-tether", K::CanCarry, "usb0", "usb0"},
        {"mobile-link-unused", "wifi", "no", "mobile-link-unused", K::Cannot, "wlp2s0", "usb0"},
        {"offline", "none", "no", "offline", K::Cannot, "", "not connected"},
    };
}

} // namespace nvtest
