#pragma once

#include <QByteArray>
#include <QString>

namespace nv {

// The guesses behind the network path check, in one place so that the NetworkManager reader
// and the platform fallback guess alike. Each one is a heuristic with limits, written down in
// docs/network-path.md.
namespace NetworkHeuristics {

// Kernel drivers that a phone sharing its mobile data over USB brings up: rndis_host (Android
// before NCM), cdc_ncm and cdc_ether (newer Android, also some USB Ethernet adapters), ipheth
// (iPhone). A comma-separated list (as ModemManager reports) matches when any entry does.
bool isPhoneUsbDriver(const QString &driver);
// Drivers of a laptop's own mobile broadband modem (QMI, MBIM, serial option modems).
bool isCellularModemDriver(const QString &driver);
// Bluetooth network links (PAN through bnep, or NetworkManager's own bluez device).
bool isBluetoothDriver(const QString &driver);
// A Wi-Fi name that phones give their hotspot by default ("Marta's iPhone", "AndroidAP_1234",
// "Galaxy S21", "Pixel_4821"). Router brands are left out on purpose: their default names
// would make an office or home router look like a phone.
bool ssidNamesAPhone(const QString &ssid);
// An interface name or description that VPN software uses (tun0, wg0, utun3, tailscale0,
// "WireGuard Tunnel", "TAP-Windows Adapter"): the fallback's VPN guess where NetworkManager
// cannot say.
bool looksLikeVpnInterface(const QString &name);
// An SSID for display: UTF-8 with control characters dropped, at most 32 bytes (802.11).
QString readableSsid(const QByteArray &raw);

} // namespace NetworkHeuristics
} // namespace nv
