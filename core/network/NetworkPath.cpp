#include "NetworkPath.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nv {

QString NetworkPath::transportId(Transport transport)
{
    switch (transport) {
    case Transport::None:
        return QStringLiteral("none");
    case Transport::WiFi:
        return QStringLiteral("wifi");
    case Transport::Ethernet:
        return QStringLiteral("ethernet");
    case Transport::CellularModem:
        return QStringLiteral("cellular-modem");
    case Transport::UsbTether:
        return QStringLiteral("usb-tether");
    case Transport::BluetoothTether:
        return QStringLiteral("bluetooth-tether");
    case Transport::PhoneHotspot:
        return QStringLiteral("phone-hotspot");
    case Transport::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString NetworkPath::flagId(Flag flag)
{
    switch (flag) {
    case Flag::Yes:
        return QStringLiteral("yes");
    case Flag::No:
        return QStringLiteral("no");
    case Flag::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString NetworkPath::sourceId(Source source)
{
    switch (source) {
    case Source::NetworkManager:
        return QStringLiteral("networkmanager");
    case Source::SystemInformation:
        return QStringLiteral("system");
    case Source::None:
        break;
    }
    return QStringLiteral("none");
}

QString NetworkPath::transportText(Transport transport)
{
    switch (transport) {
    case Transport::None:
        return QCoreApplication::translate("nv", "no connection");
    case Transport::WiFi:
        return QCoreApplication::translate("nv", "Wi-Fi");
    case Transport::Ethernet:
        return QCoreApplication::translate("nv", "wired Ethernet");
    case Transport::CellularModem:
        return QCoreApplication::translate("nv", "this laptop's mobile modem");
    case Transport::UsbTether:
        return QCoreApplication::translate("nv", "a phone over USB");
    case Transport::BluetoothTether:
        return QCoreApplication::translate("nv", "a phone over Bluetooth");
    case Transport::PhoneHotspot:
        return QCoreApplication::translate("nv", "a phone's hotspot (likely)");
    case Transport::Unknown:
        break;
    }
    return QCoreApplication::translate("nv", "not known");
}

QJsonObject NetworkPath::toJson() const
{
    QJsonArray deviceList;
    for (const NetworkDevice &device : devices) {
        deviceList.append(QJsonObject{{QStringLiteral("interface"), device.interfaceName},
                                      {QStringLiteral("type"), device.type},
                                      {QStringLiteral("driver"), device.driver},
                                      {QStringLiteral("connection"), device.connection},
                                      {QStringLiteral("primary"), device.primary}});
    }
    return QJsonObject{{QStringLiteral("source"), sourceId(source)},
                       {QStringLiteral("sourceDetail"), sourceDetail},
                       {QStringLiteral("transport"), transportId(transport)},
                       {QStringLiteral("transportDetail"), transportDetail},
                       {QStringLiteral("primaryInterface"), primaryInterface},
                       {QStringLiteral("wifiSsid"), wifiSsid},
                       {QStringLiteral("vpn"), flagId(vpn)},
                       {QStringLiteral("vpnName"), vpnName},
                       {QStringLiteral("metered"), flagId(metered)},
                       {QStringLiteral("meteredGuessed"), meteredGuessed},
                       {QStringLiteral("idleMobileLink"), idleMobileLink},
                       {QStringLiteral("devices"), deviceList}};
}

} // namespace nv
