#include "NetworkManagerSnapshot.h"

#include "NetworkHeuristics.h"

#include <QCoreApplication>
#include <QDBusArgument>

namespace nv {

namespace {

const QString ManagerPath = QStringLiteral("/org/freedesktop/NetworkManager");
const QString ManagerInterface = QStringLiteral("org.freedesktop.NetworkManager");
const QString DeviceInterface = QStringLiteral("org.freedesktop.NetworkManager.Device");
const QString WirelessInterface = QStringLiteral("org.freedesktop.NetworkManager.Device.Wireless");
const QString TunInterface = QStringLiteral("org.freedesktop.NetworkManager.Device.Tun");
const QString ActiveInterface = QStringLiteral("org.freedesktop.NetworkManager.Connection.Active");
const QString AccessPointInterface = QStringLiteral("org.freedesktop.NetworkManager.AccessPoint");

// NetworkManager's D-Bus enums (nm-dbus-interface.h), the values this check needs.
enum DeviceType : uint
{
    Ethernet = 1,
    Wifi = 2,
    Bluetooth = 5,
    Modem = 8,
    Tun = 16,
    Veth = 20,
    WireGuard = 29,
    Loopback = 32
};
constexpr uint DeviceActivated = 100;
constexpr uint ActiveActivating = 1;
constexpr uint ActiveActivated = 2;
constexpr uint InterfaceUp = 0x1;
enum Metered : uint
{
    MeteredUnknown = 0,
    MeteredYes = 1,
    MeteredNo = 2,
    MeteredGuessYes = 3,
    MeteredGuessNo = 4
};
// Bounds on what one answer may make us look at (a real machine has a handful of each).
constexpr int MaxObjects = 4096;
constexpr int MaxListedDevices = 32;

QString objectPath(const QVariant &value)
{
    const QString path = value.value<QDBusObjectPath>().path();
    return path == QLatin1String("/") ? QString() : path;
}

QStringList objectPaths(const QVariant &value)
{
    QList<QDBusObjectPath> paths;
    if (value.metaType() == QMetaType::fromType<QDBusArgument>())
        value.value<QDBusArgument>() >> paths;
    else
        paths = value.value<QList<QDBusObjectPath>>();
    QStringList out;
    for (const QDBusObjectPath &path : std::as_const(paths))
        out << path.path();
    return out;
}

QString typeName(uint type)
{
    switch (type) {
    case Ethernet:
        return QStringLiteral("ethernet");
    case Wifi:
        return QStringLiteral("wifi");
    case Bluetooth:
        return QStringLiteral("bluetooth");
    case Modem:
        return QStringLiteral("modem");
    case 13:
        return QStringLiteral("bridge");
    case 14:
        return QStringLiteral("generic");
    case Tun:
        return QStringLiteral("tun");
    case 23:
        return QStringLiteral("ppp");
    case WireGuard:
        return QStringLiteral("wireguard");
    default:
        break;
    }
    return QStringLiteral("type %1").arg(type);
}

bool isMeteredYes(uint metered)
{
    return metered == MeteredYes || metered == MeteredGuessYes;
}

bool isMobile(NetworkPath::Transport transport)
{
    using T = NetworkPath::Transport;
    return transport == T::UsbTether || transport == T::BluetoothTether ||
           transport == T::CellularModem;
}

} // namespace

NetworkManagerSnapshot::NetworkManagerSnapshot(const DBusManagedObjects &objects)
{
    int seen = 0;
    for (auto it = objects.constBegin(); it != objects.constEnd() && seen < MaxObjects;
         ++it, ++seen) {
        const QString path = it.key().path();
        const DBusInterfaces &interfaces = it.value();
        if (path == ManagerPath)
            m_manager = interfaces.value(ManagerInterface);
        else if (interfaces.contains(DeviceInterface))
            readDevice(path, interfaces);
        else if (interfaces.contains(ActiveInterface))
            readActive(path, interfaces);
        else if (interfaces.contains(AccessPointInterface))
            m_ssids.insert(
                path,
                interfaces.value(AccessPointInterface).value(QStringLiteral("Ssid")).toByteArray());
    }
}

void NetworkManagerSnapshot::readDevice(const QString &path, const DBusInterfaces &interfaces)
{
    const QVariantMap props = interfaces.value(DeviceInterface);
    Device device;
    device.type = props.value(QStringLiteral("DeviceType")).toUInt();
    device.state = props.value(QStringLiteral("State")).toUInt();
    device.interfaceFlags = props.value(QStringLiteral("InterfaceFlags")).toUInt();
    device.metered = props.value(QStringLiteral("Metered")).toUInt();
    device.driver = props.value(QStringLiteral("Driver")).toString().left(64);
    // A modem's IP traffic goes through another interface (wwan0) than its control one.
    const QString ipInterface = props.value(QStringLiteral("IpInterface")).toString();
    device.interfaceName =
        (ipInterface.isEmpty() ? props.value(QStringLiteral("Interface")).toString() : ipInterface)
            .left(64);
    device.activeConnection = objectPath(props.value(QStringLiteral("ActiveConnection")));
    device.accessPoint =
        objectPath(interfaces.value(WirelessInterface).value(QStringLiteral("ActiveAccessPoint")));
    device.tunMode = interfaces.value(TunInterface).value(QStringLiteral("Mode")).toString();
    m_devices.insert(path, device);
    m_deviceOrder << path;
}

void NetworkManagerSnapshot::readActive(const QString &path, const DBusInterfaces &interfaces)
{
    const QVariantMap props = interfaces.value(ActiveInterface);
    Active active;
    active.type = props.value(QStringLiteral("Type")).toString().left(64);
    active.id = props.value(QStringLiteral("Id")).toString().left(128);
    active.vpn = props.value(QStringLiteral("Vpn")).toBool();
    active.isDefault = props.value(QStringLiteral("Default")).toBool() ||
                       props.value(QStringLiteral("Default6")).toBool();
    active.state = props.value(QStringLiteral("State")).toUInt();
    active.devices = objectPaths(props.value(QStringLiteral("Devices")));
    active.specificObject = objectPath(props.value(QStringLiteral("SpecificObject")));
    m_actives.insert(path, active);
    m_activeOrder << path;
}

const NetworkManagerSnapshot::Device *
NetworkManagerSnapshot::firstDevice(const Active &active) const
{
    for (const QString &path : active.devices) {
        if (const auto it = m_devices.constFind(path); it != m_devices.constEnd())
            return &it.value();
    }
    return nullptr;
}

bool NetworkManagerSnapshot::isVpnDevice(const Device &device) const
{
    // A tap device is how virtual machines reach a bridge, not a VPN.
    return device.type == WireGuard ||
           (device.type == Tun && device.tunMode != QLatin1String("tap"));
}

bool NetworkManagerSnapshot::isVpn(const Active &active) const
{
    if (active.vpn || active.type == QLatin1String("vpn") ||
        active.type == QLatin1String("wireguard"))
        return true;
    if (active.type != QLatin1String("tun"))
        return false;
    const Device *device = firstDevice(active);
    return !device || isVpnDevice(*device);
}

// The connection with the default route: NetworkManager names it (PrimaryConnection, since
// 1.0); older versions and some set-ups leave it empty, then the first activated non-VPN
// connection with a default route, then any activated one on a device we can classify.
QString NetworkManagerSnapshot::primaryConnection() const
{
    const QString named = objectPath(m_manager.value(QStringLiteral("PrimaryConnection")));
    if (m_actives.contains(named) && !isVpn(m_actives.value(named)))
        return named;
    for (const QString &path : m_activeOrder) {
        const Active &active = m_actives[path];
        if (active.state == ActiveActivated && active.isDefault && !isVpn(active))
            return path;
    }
    for (const QString &path : m_activeOrder) {
        const Active &active = m_actives[path];
        if (active.state != ActiveActivated || isVpn(active))
            continue;
        const Device *device = firstDevice(active);
        const uint metered = device ? device->metered : 0;
        if (judge(&active, device, metered).transport != NetworkPath::Transport::Unknown)
            return path;
    }
    return QString();
}

NetworkManagerSnapshot::Judgement
NetworkManagerSnapshot::judge(const Active *active, const Device *device, uint metered) const
{
    using T = NetworkPath::Transport;
    const uint type = device ? device->type : 0;
    const QString driver = device ? device->driver : QString();
    const QString connectionType = active ? active->type : QString();
    const QString name = device ? device->interfaceName : QString();
    const QString named = driver.isEmpty() ? name : QStringLiteral("%1, %2").arg(name, driver);
    if (type == Modem || connectionType == QLatin1String("gsm") ||
        connectionType == QLatin1String("cdma") || NetworkHeuristics::isCellularModemDriver(driver))
        return {T::CellularModem, named, {}};
    if (type == Bluetooth || connectionType == QLatin1String("bluetooth") ||
        NetworkHeuristics::isBluetoothDriver(driver))
        return {T::BluetoothTether, named, {}};
    if (NetworkHeuristics::isPhoneUsbDriver(driver))
        return {T::UsbTether, named, {}};
    if (type == Wifi || connectionType == QLatin1String("802-11-wireless"))
        return judgeWifi(device, active, metered);
    if (type == Ethernet || connectionType == QLatin1String("802-3-ethernet")) {
        // Phones mark their shared connection metered (DHCP option ANDROID_METERED), which
        // NetworkManager turns into "guess-yes".
        if (isMeteredYes(metered))
            return {T::UsbTether,
                    QCoreApplication::translate("nv", "%1, metered as a phone's shared "
                                                      "connection is")
                        .arg(named),
                    {}};
        return {T::Ethernet, named, {}};
    }
    return {T::Unknown,
            QCoreApplication::translate("nv", "the connection “%1” is of type %2")
                .arg(active ? active->id : name,
                     connectionType.isEmpty() ? typeName(type) : connectionType),
            {}};
}

// Wi-Fi is a phone's hotspot when the network says it is metered (NetworkManager guesses so
// from the Microsoft network-cost element phones put in their beacons, or the DHCP option
// ANDROID_METERED), or when its name is one phones use by default.
NetworkManagerSnapshot::Judgement
NetworkManagerSnapshot::judgeWifi(const Device *device, const Active *active, uint metered) const
{
    using T = NetworkPath::Transport;
    QString accessPoint = device ? device->accessPoint : QString();
    if (accessPoint.isEmpty() && active)
        accessPoint = active->specificObject;
    const QString ssid = NetworkHeuristics::readableSsid(m_ssids.value(accessPoint));
    if (isMeteredYes(metered)) {
        return {T::PhoneHotspot,
                metered == MeteredGuessYes
                    ? QCoreApplication::translate("nv", "NetworkManager guesses it is metered")
                    : QCoreApplication::translate("nv", "it is set as metered"),
                ssid};
    }
    if (NetworkHeuristics::ssidNamesAPhone(ssid))
        return {T::PhoneHotspot, QCoreApplication::translate("nv", "its name is a phone's"), ssid};
    return {T::WiFi, device ? device->interfaceName : QString(), ssid};
}

void NetworkManagerSnapshot::fillVpn(NetworkPath &path) const
{
    path.vpn = NetworkPath::Flag::No;
    for (const QString &activePath : m_activeOrder) {
        const Active &active = m_actives[activePath];
        if ((active.state == ActiveActivating || active.state == ActiveActivated) &&
            isVpn(active)) {
            path.vpn = NetworkPath::Flag::Yes;
            path.vpnName = active.id;
            return;
        }
    }
    // Tunnels that NetworkManager does not manage (wg-quick, a vendor's client) still show up
    // as devices.
    for (const QString &devicePath : m_deviceOrder) {
        const Device &device = m_devices[devicePath];
        if (isVpnDevice(device) &&
            (device.state == DeviceActivated || (device.interfaceFlags & InterfaceUp))) {
            path.vpn = NetworkPath::Flag::Yes;
            path.vpnName = device.interfaceName;
            return;
        }
    }
}

void NetworkManagerSnapshot::fillDevices(NetworkPath &path, const QString &primary) const
{
    const QStringList primaryDevices = m_actives.value(primary).devices;
    for (const QString &devicePath : m_deviceOrder) {
        const Device &device = m_devices[devicePath];
        const bool up = device.state == DeviceActivated ||
                        (isVpnDevice(device) && (device.interfaceFlags & InterfaceUp));
        if (!up || device.type == Loopback || device.type == Veth ||
            path.devices.size() >= MaxListedDevices)
            continue;
        NetworkDevice shown;
        shown.interfaceName = device.interfaceName;
        shown.type = typeName(device.type);
        shown.driver = device.driver;
        shown.connection = m_actives.value(device.activeConnection).id;
        shown.primary = primaryDevices.contains(devicePath);
        path.devices << shown;
    }
}

void NetworkManagerSnapshot::fillIdleMobileLink(NetworkPath &path, const QString &primary) const
{
    const QStringList primaryDevices = m_actives.value(primary).devices;
    for (const QString &devicePath : m_deviceOrder) {
        const Device &device = m_devices[devicePath];
        if (device.state != DeviceActivated || primaryDevices.contains(devicePath))
            continue;
        const auto active = m_actives.constFind(device.activeConnection);
        const Judgement judgement = judge(
            active == m_actives.constEnd() ? nullptr : &active.value(), &device, device.metered);
        if (isMobile(judgement.transport)) {
            path.idleMobileLink = judgement.detail;
            return;
        }
    }
}

void NetworkManagerSnapshot::fillMetered(NetworkPath &path, uint metered)
{
    using F = NetworkPath::Flag;
    path.metered = isMeteredYes(metered)                               ? F::Yes
                   : metered == MeteredNo || metered == MeteredGuessNo ? F::No
                                                                       : F::Unknown;
    path.meteredGuessed = metered == MeteredGuessYes || metered == MeteredGuessNo;
}

NetworkPath NetworkManagerSnapshot::path() const
{
    NetworkPath path;
    path.source = NetworkPath::Source::NetworkManager;
    const QString version = m_manager.value(QStringLiteral("Version")).toString().left(32);
    path.sourceDetail = QStringLiteral("NetworkManager %1").arg(version).trimmed();
    const QString primary = primaryConnection();
    fillVpn(path);
    fillDevices(path, primary);
    if (primary.isEmpty()) {
        path.transport = NetworkPath::Transport::None;
        return path;
    }
    const Active &active = m_actives[primary];
    const Device *device = firstDevice(active);
    // The manager's Metered is the primary connection's; a device's own is the fallback.
    const QVariant managerMetered = m_manager.value(QStringLiteral("Metered"));
    const uint metered = managerMetered.isValid() ? managerMetered.toUInt()
                         : device                 ? device->metered
                                                  : uint(MeteredUnknown);
    const Judgement judgement = judge(&active, device, metered);
    path.transport = judgement.transport;
    path.transportDetail = judgement.detail;
    path.wifiSsid = judgement.ssid;
    path.primaryInterface = device ? device->interfaceName : QString();
    fillMetered(path, metered);
    fillIdleMobileLink(path, primary);
    return path;
}

} // namespace nv
