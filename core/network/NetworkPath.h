#pragma once

#include "NetworkDevice.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace nv {

// How this machine reaches the network, as far as the system lets us see it: which medium
// carries the default route, whether a VPN is up, whether the connection is metered, and the
// devices that are up. A plain value: the probe fills it, NetworkPathVerdict judges it.
struct NetworkPath
{
    enum class Transport
    {
        Unknown,         // the system does not say
        None,            // nothing connected
        WiFi,            // a Wi-Fi network that does not look like a phone's hotspot
        Ethernet,        // a wired network (or a USB adapter that is not a phone)
        CellularModem,   // this machine's own mobile modem
        UsbTether,       // a phone sharing its mobile data over USB
        BluetoothTether, // a phone sharing its mobile data over Bluetooth
        PhoneHotspot     // Wi-Fi that looks like a phone's hotspot (a guess; see transportDetail)
    };

    enum class Flag
    {
        Unknown,
        No,
        Yes
    };

    enum class Source
    {
        None,             // not checked yet
        NetworkManager,   // read from NetworkManager over D-Bus (Linux)
        SystemInformation // QNetworkInformation and the interface list (any platform)
    };

    Source source = Source::None;
    QString sourceDetail; // e.g. "NetworkManager 1.42.4", or why NetworkManager was not used
    Transport transport = Transport::Unknown;
    QString transportDetail;  // the evidence for the transport, in words
    QString primaryInterface; // the interface carrying the default route, when known
    QString wifiSsid;         // the Wi-Fi network's name, when Wi-Fi carries the traffic
    Flag vpn = Flag::Unknown;
    QString vpnName; // the VPN connection or interface
    Flag metered = Flag::Unknown;
    bool meteredGuessed = false; // the system guessed it (NetworkManager's guess-yes/guess-no)
    // A phone or modem link that is up but does not carry the traffic (e.g. "usb0, rndis_host").
    QString idleMobileLink;
    QList<NetworkDevice> devices;

    bool operator==(const NetworkPath &other) const = default;

    // Stable names for scripts (--json): "wifi", "usb-tether", …; "yes", "no", "unknown".
    static QString transportId(Transport transport);
    static QString flagId(Flag flag);
    static QString sourceId(Source source);
    // The medium in a few words for a person: "Wi-Fi", "a phone over USB", …
    static QString transportText(Transport transport);

    QJsonObject toJson() const;
};

} // namespace nv

Q_DECLARE_METATYPE(nv::NetworkPath)
