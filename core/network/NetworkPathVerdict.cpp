#include "NetworkPathVerdict.h"

#include <QCoreApplication>

namespace nv {

namespace {

// A quoted Wi-Fi name, or nothing when the network did not give one.
QString quotedSsid(const NetworkPath &path)
{
    return path.wifiSsid.isEmpty() ? QString() : QStringLiteral(" (“%1”)").arg(path.wifiSsid);
}

NetworkPathVerdict make(NetworkPathVerdict::Kind kind, const char *situation,
                        const QString &headline, const QString &sentence)
{
    return NetworkPathVerdict{kind, QString::fromLatin1(situation), headline, sentence};
}

// A SIM's mobile data carries the traffic, and no VPN was seen.
NetworkPathVerdict mobilePath(const NetworkPath &path)
{
    using K = NetworkPathVerdict::Kind;
    using T = NetworkPath::Transport;
    switch (path.transport) {
    case T::UsbTether:
        return make(K::CanCarry, "usb-tether",
                    QCoreApplication::translate("nv", "Phone over USB · SIM on the path"),
                    QCoreApplication::translate(
                        "nv",
                        "This laptop uses a phone's mobile data over USB (%1): the operator sees "
                        "that phone's SIM, so verify that phone's number.")
                        .arg(path.transportDetail));
    case T::BluetoothTether:
        return make(K::CanCarry, "bluetooth-tether",
                    QCoreApplication::translate("nv", "Phone over Bluetooth · SIM on the path"),
                    QCoreApplication::translate(
                        "nv",
                        "This laptop uses a phone's mobile data over Bluetooth: the operator sees "
                        "that phone's SIM, so verify that phone's number."));
    case T::CellularModem:
        return make(K::CanCarry, "cellular-modem",
                    QCoreApplication::translate("nv", "Mobile modem · SIM on the path"),
                    QCoreApplication::translate(
                        "nv",
                        "This laptop's own mobile modem carries the traffic: the operator sees "
                        "the modem's SIM, so verify that SIM's number."));
    default:
        break;
    }
    return make(K::CanCarry, "phone-hotspot",
                QCoreApplication::translate("nv", "Phone hotspot (likely) · SIM on the path"),
                QCoreApplication::translate(
                    "nv",
                    "This laptop looks to be on a phone's hotspot%1, because %2: the operator "
                    "sees that phone's SIM, so verify that phone's number.")
                    .arg(quotedSsid(path), path.transportDetail));
}

// Wi-Fi or Ethernet carries the traffic.
NetworkPathVerdict fixedPath(const NetworkPath &path)
{
    using K = NetworkPathVerdict::Kind;
    const bool wifi = path.transport == NetworkPath::Transport::WiFi;
    const QString medium = NetworkPath::transportText(path.transport);
    if (!path.idleMobileLink.isEmpty()) {
        return make(K::Cannot, "mobile-link-unused",
                    QCoreApplication::translate("nv", "Phone connected but unused · no SIM"),
                    QCoreApplication::translate(
                        "nv",
                        "A phone or modem is connected (%1), but this laptop sends its traffic "
                        "over %2: turn %2 off so that the mobile data carries it.")
                        .arg(path.idleMobileLink, medium));
    }
    if (wifi) {
        return make(
            K::Cannot, "wifi", QCoreApplication::translate("nv", "Wi-Fi · no SIM on the path"),
            QCoreApplication::translate(
                "nv", "This laptop is on Wi-Fi%1: the operator will not see a SIM. Use Phone "
                      "(QR code), or share the phone's mobile data with this laptop.")
                .arg(quotedSsid(path)));
    }
    return make(
        K::Cannot, "ethernet", QCoreApplication::translate("nv", "Ethernet · no SIM on the path"),
        QCoreApplication::translate(
            "nv", "This laptop is on wired Ethernet: the operator will not see a SIM. Use Phone "
                  "(QR code), or share the phone's mobile data with this laptop."));
}

} // namespace

NetworkPathVerdict NetworkPathVerdict::of(const NetworkPath &path)
{
    using T = NetworkPath::Transport;
    if (path.transport == T::None) {
        return make(Kind::Cannot, "offline",
                    QCoreApplication::translate("nv", "Offline · no path to the operator"),
                    QCoreApplication::translate(
                        "nv", "This laptop is not connected to any network: share a phone's mobile "
                              "data with it (USB, Bluetooth or hotspot), or use Phone (QR code)."));
    }
    // Whatever carries it, a VPN's exit is what the operator sees.
    if (path.vpn == NetworkPath::Flag::Yes) {
        return make(Kind::Cannot, "vpn",
                    QCoreApplication::translate("nv", "VPN up · the operator sees the VPN"),
                    QCoreApplication::translate(
                        "nv",
                        "A VPN is up (%1): the operator sees the VPN's exit, not a SIM, even over "
                        "a phone's mobile data. Disconnect it and check again.")
                        .arg(path.vpnName));
    }
    switch (path.transport) {
    case T::UsbTether:
    case T::BluetoothTether:
    case T::CellularModem:
    case T::PhoneHotspot:
        return mobilePath(path);
    case T::WiFi:
    case T::Ethernet:
        return fixedPath(path);
    case T::None:
    case T::Unknown:
        break;
    }
    const QString reason = !path.transportDetail.isEmpty() ? path.transportDetail
                           : !path.sourceDetail.isEmpty()
                               ? path.sourceDetail
                               : QCoreApplication::translate("nv", "not checked yet");
    return make(
        Kind::CannotTell, "unknown", QCoreApplication::translate("nv", "Network path not known"),
        QCoreApplication::translate(
            "nv", "How this laptop reaches the network cannot be told here (%1): make sure it "
                  "uses a phone's mobile data with no VPN, or use Phone (QR code).")
            .arg(reason));
}

QString NetworkPathVerdict::kindId(Kind kind)
{
    switch (kind) {
    case Kind::CanCarry:
        return QStringLiteral("can-carry");
    case Kind::Cannot:
        return QStringLiteral("cannot");
    case Kind::CannotTell:
        break;
    }
    return QStringLiteral("cannot-tell");
}

int NetworkPathVerdict::exitCode() const
{
    switch (kind) {
    case Kind::CanCarry:
        return 0;
    case Kind::Cannot:
        return 1;
    case Kind::CannotTell:
        break;
    }
    return 5;
}

} // namespace nv
