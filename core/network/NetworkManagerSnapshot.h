#pragma once

#include "NetworkPath.h"

#include <QDBusObjectPath>
#include <QHash>
#include <QMap>
#include <QStringList>
#include <QVariantMap>

namespace nv {

using DBusInterfaces = QMap<QString, QVariantMap>; // interface → property → value
// What org.freedesktop.DBus.ObjectManager.GetManagedObjects answers: a{oa{sa{sv}}}.
using DBusManagedObjects = QMap<QDBusObjectPath, DBusInterfaces>;

// NetworkManager's objects, as one GetManagedObjects answer holds them, turned into a
// NetworkPath: the active connection that carries the default route, its device and driver,
// any VPN, metered. Only reads values; the answer is from a system service but is still
// bounded (a few hundred devices and connections at most) and every value is type-checked by
// its conversion.
class NetworkManagerSnapshot
{
public:
    explicit NetworkManagerSnapshot(const DBusManagedObjects &objects);

    // False when the answer had no NetworkManager object (not NetworkManager after all).
    bool hasManager() const { return !m_manager.isEmpty(); }
    NetworkPath path() const;

private:
    struct Device
    {
        uint type = 0; // NMDeviceType
        uint state = 0;
        uint interfaceFlags = 0;
        uint metered = 0; // NMMetered
        QString driver;
        QString interfaceName;
        QString activeConnection;
        QString accessPoint;
        QString tunMode;
    };
    struct Active
    {
        QString type;
        QString id;
        bool vpn = false;
        bool isDefault = false;
        uint state = 0;
        QStringList devices;
        QString specificObject;
    };
    struct Judgement
    {
        NetworkPath::Transport transport = NetworkPath::Transport::Unknown;
        QString detail;
        QString ssid;
    };

    void readDevice(const QString &path, const DBusInterfaces &interfaces);
    void readActive(const QString &path, const DBusInterfaces &interfaces);
    QString primaryConnection() const;
    const Device *firstDevice(const Active &active) const;
    Judgement judge(const Active *active, const Device *device, uint metered) const;
    Judgement judgeWifi(const Device *device, const Active *active, uint metered) const;
    bool isVpn(const Active &active) const;
    bool isVpnDevice(const Device &device) const;
    void fillVpn(NetworkPath &path) const;
    void fillDevices(NetworkPath &path, const QString &primary) const;
    void fillIdleMobileLink(NetworkPath &path, const QString &primary) const;
    static void fillMetered(NetworkPath &path, uint metered);

    QVariantMap m_manager;
    QHash<QString, Device> m_devices;
    QStringList m_deviceOrder;
    QHash<QString, Active> m_actives;
    QStringList m_activeOrder;
    QHash<QString, QByteArray> m_ssids; // access point path → SSID
};

} // namespace nv
