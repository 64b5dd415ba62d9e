#include "SystemNetworkReader.h"

#include "NetworkHeuristics.h"

#include <QCoreApplication>
#include <QNetworkInformation>
#include <QNetworkInterface>

namespace nv {

namespace {

constexpr int MaxListedDevices = 32;

QString interfaceType(QNetworkInterface::InterfaceType type)
{
    switch (type) {
    case QNetworkInterface::Ethernet:
        return QStringLiteral("ethernet");
    case QNetworkInterface::Wifi:
        return QStringLiteral("wifi");
    case QNetworkInterface::Ppp:
        return QStringLiteral("ppp");
    case QNetworkInterface::Virtual:
        return QStringLiteral("virtual");
    default:
        break;
    }
    return QStringLiteral("other");
}

QString reachabilityText(QNetworkInformation::Reachability reachability)
{
    switch (reachability) {
    case QNetworkInformation::Reachability::Online:
        return QStringLiteral("online");
    case QNetworkInformation::Reachability::Site:
    case QNetworkInformation::Reachability::Local:
        return QStringLiteral("local network only");
    case QNetworkInformation::Reachability::Disconnected:
        return QStringLiteral("disconnected");
    case QNetworkInformation::Reachability::Unknown:
        break;
    }
    return QStringLiteral("reachability unknown");
}

// Up, running, not loopback, and with an address that can reach beyond the link.
bool isUsable(const QNetworkInterface &interface)
{
    const auto flags = interface.flags();
    if (!(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::IsRunning) ||
        (flags & QNetworkInterface::IsLoopBack))
        return false;
    for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
        const QHostAddress address = entry.ip();
        if (!address.isLoopback() && !address.isLinkLocal())
            return true;
    }
    return false;
}

} // namespace

SystemNetworkReader::SystemNetworkReader(QObject *parent)
    : QObject(parent)
{}

NetworkPath SystemNetworkReader::read(bool mayLoadBackend, const QString &why)
{
    // Loaded by features rather than by name so that the window's own reachability display
    // and this check share one instance (a second load with other features could replace it).
    if (!QNetworkInformation::instance() && mayLoadBackend)
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation *information = QNetworkInformation::instance();
    follow(information);

    NetworkPath path;
    path.source = NetworkPath::Source::SystemInformation;
    const QString what =
        information
            ? QCoreApplication::translate("nv", "the system's network information (%1, %2)")
                  .arg(information->backendName(), reachabilityText(information->reachability()))
            : QCoreApplication::translate("nv", "the system's interface list");
    path.sourceDetail = why.isEmpty() ? what : QStringLiteral("%1; %2").arg(why, what);
    fillFromInterfaces(path);
    if (path.transport != NetworkPath::Transport::None)
        fillFromInformation(path, information);
    if (path.transport == NetworkPath::Transport::Unknown && !why.isEmpty())
        path.transportDetail =
            QCoreApplication::translate("nv", "%1, and %2").arg(why, path.transportDetail);
    return path;
}

void SystemNetworkReader::follow(QNetworkInformation *information)
{
    if (!information || m_followed == information)
        return;
    m_followed = information;
    connect(information, &QNetworkInformation::reachabilityChanged, this,
            &SystemNetworkReader::changed);
    connect(information, &QNetworkInformation::transportMediumChanged, this,
            &SystemNetworkReader::changed);
    connect(information, &QNetworkInformation::isMeteredChanged, this,
            &SystemNetworkReader::changed);
}

// The devices, a VPN guessed from interface names, and "nothing connected" when no interface
// has an address beyond its link. Reachability alone is not trusted for "offline": some
// backends say Disconnected on a network without a default route that still reaches a proxy.
void SystemNetworkReader::fillFromInterfaces(NetworkPath &path)
{
    bool any = false;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (!isUsable(interface))
            continue;
        any = true;
        if (path.devices.size() < MaxListedDevices)
            path.devices << NetworkDevice{
                interface.name(), interfaceType(interface.type()), {}, {}, false};
        if (path.vpn != NetworkPath::Flag::Yes &&
            (NetworkHeuristics::looksLikeVpnInterface(interface.name()) ||
             NetworkHeuristics::looksLikeVpnInterface(interface.humanReadableName()))) {
            path.vpn = NetworkPath::Flag::Yes;
            path.vpnName = interface.humanReadableName();
        }
    }
    if (!any)
        path.transport = NetworkPath::Transport::None;
}

void SystemNetworkReader::fillFromInformation(NetworkPath &path,
                                              const QNetworkInformation *information)
{
    using T = NetworkPath::Transport;
    using Feature = QNetworkInformation::Feature;
    path.transportDetail = QCoreApplication::translate(
        "nv", "the system does not say which medium carries the traffic");
    if (!information)
        return;
    const bool metered = information->supports(Feature::Metered) && information->isMetered();
    if (information->supports(Feature::Metered))
        path.metered = metered ? NetworkPath::Flag::Yes : NetworkPath::Flag::No;
    if (!information->supports(Feature::TransportMedium))
        return;
    const QString byMetered = QCoreApplication::translate("nv", "the system says it is metered");
    switch (information->transportMedium()) {
    case QNetworkInformation::TransportMedium::WiFi:
        path.transport = metered ? T::PhoneHotspot : T::WiFi;
        path.transportDetail = metered ? byMetered : QString();
        break;
    case QNetworkInformation::TransportMedium::Ethernet:
        // Phones mark their USB tethering metered; an office network is not.
        path.transport = metered ? T::UsbTether : T::Ethernet;
        path.transportDetail = metered ? byMetered : QString();
        break;
    case QNetworkInformation::TransportMedium::Cellular:
        path.transport = T::CellularModem;
        path.transportDetail.clear();
        break;
    case QNetworkInformation::TransportMedium::Bluetooth:
        path.transport = T::BluetoothTether;
        path.transportDetail.clear();
        break;
    case QNetworkInformation::TransportMedium::Unknown:
        break;
    }
}

} // namespace nv
