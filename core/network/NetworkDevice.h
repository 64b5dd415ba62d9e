#pragma once

#include <QString>

namespace nv {

// One network device that is up, as the console shows it in the network path check.
struct NetworkDevice
{
    QString interfaceName;
    QString type;         // "wifi", "ethernet", "modem", "bluetooth", "tun", "wireguard", …
    QString driver;       // the kernel driver, when the system says (NetworkManager does)
    QString connection;   // the name of the connection profile active on it, when there is one
    bool primary = false; // carries the default route

    bool operator==(const NetworkDevice &other) const = default;
};

} // namespace nv
