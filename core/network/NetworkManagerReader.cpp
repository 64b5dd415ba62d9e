#include "NetworkManagerReader.h"

#include "NetworkManagerSnapshot.h"

#include <QCoreApplication>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QTimer>

namespace nv {

namespace {

const QString Service = QStringLiteral("org.freedesktop.NetworkManager");
const QString ManagerInterface = QStringLiteral("org.freedesktop.NetworkManager");
const QString DeviceInterface = QStringLiteral("org.freedesktop.NetworkManager.Device");
const QString PropertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");
const QString ObjectManagerInterface = QStringLiteral("org.freedesktop.DBus.ObjectManager");

bool isAbsence(const QString &errorName)
{
    return errorName == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown") ||
           errorName == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner") ||
           errorName == QLatin1String("org.freedesktop.DBus.Error.Disconnected");
}

bool isTimeout(const QString &errorName)
{
    return errorName == QLatin1String("org.freedesktop.DBus.Error.NoReply") ||
           errorName == QLatin1String("org.freedesktop.DBus.Error.Timeout") ||
           errorName == QLatin1String("org.freedesktop.DBus.Error.TimedOut");
}

} // namespace

NetworkManagerReader::NetworkManagerReader(QObject *parent)
    : QObject(parent)
    , m_bus(QDBusConnection::systemBus())
{
    qDBusRegisterMetaType<DBusInterfaces>();
    qDBusRegisterMetaType<DBusManagedObjects>();
}

NetworkManagerReader::~NetworkManagerReader() = default;

void NetworkManagerReader::read()
{
    if (m_pending)
        return;
    if (!m_bus.isConnected()) {
        // Asynchronous like every other answer, so callers need only one code path.
        QTimer::singleShot(0, this, [this] {
            fail(Failure::Absent,
                 QCoreApplication::translate("nv", "there is no system D-Bus to ask "
                                                   "NetworkManager on"));
        });
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, QStringLiteral("/org/freedesktop"),
                                       ObjectManagerInterface, QStringLiteral("GetManagedObjects"));
    // Asking must not start NetworkManager when it is installed but stopped on purpose.
    call.setAutoStartService(false);
    m_pending = new QDBusPendingCallWatcher(m_bus.asyncCall(call, m_timeoutMs), this);
    connect(m_pending, &QDBusPendingCallWatcher::finished, this, &NetworkManagerReader::onAnswer);
}

void NetworkManagerReader::onAnswer(QDBusPendingCallWatcher *call)
{
    call->deleteLater();
    m_pending = nullptr;
    const QDBusPendingReply<DBusManagedObjects> reply = *call;
    if (reply.isError()) {
        const QDBusError error = reply.error();
        if (isAbsence(error.name()))
            fail(Failure::Absent,
                 QCoreApplication::translate("nv", "NetworkManager is not running"));
        else if (isTimeout(error.name()))
            fail(Failure::NoAnswer,
                 QCoreApplication::translate("nv", "NetworkManager did not answer within %1 ms")
                     .arg(m_timeoutMs));
        else
            fail(Failure::Refused,
                 QCoreApplication::translate("nv", "NetworkManager refused to list its objects "
                                                   "(%1)")
                     .arg(error.name().left(120)));
        return;
    }
    const NetworkManagerSnapshot snapshot(reply.value());
    if (!snapshot.hasManager()) {
        fail(Failure::Refused,
             QCoreApplication::translate("nv", "NetworkManager's answer had no manager object"));
        return;
    }
    emit pathRead(snapshot.path());
}

void NetworkManagerReader::fail(Failure failure, const QString &reason)
{
    emit failed(failure, reason);
}

void NetworkManagerReader::watch()
{
    if (m_serviceWatcher || !m_bus.isConnected())
        return;
    m_serviceWatcher =
        new QDBusServiceWatcher(Service, m_bus, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_serviceWatcher, &QDBusServiceWatcher::serviceOwnerChanged, this,
            &NetworkManagerReader::onSignal);
    // Any path: devices and connections come and go. NetworkManager emits the standard
    // PropertiesChanged; older versions (and the test double) also their own per interface.
    const QString anyPath;
    m_bus.connect(Service, anyPath, PropertiesInterface, QStringLiteral("PropertiesChanged"), this,
                  SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));
    m_bus.connect(Service, anyPath, ManagerInterface, QStringLiteral("PropertiesChanged"), this,
                  SLOT(onSignal()));
    m_bus.connect(Service, anyPath, ManagerInterface, QStringLiteral("StateChanged"), this,
                  SLOT(onSignal()));
    m_bus.connect(Service, anyPath, ManagerInterface, QStringLiteral("DeviceAdded"), this,
                  SLOT(onSignal()));
    m_bus.connect(Service, anyPath, ManagerInterface, QStringLiteral("DeviceRemoved"), this,
                  SLOT(onSignal()));
    m_bus.connect(Service, anyPath, DeviceInterface, QStringLiteral("StateChanged"), this,
                  SLOT(onSignal()));
    m_bus.connect(Service, anyPath, ObjectManagerInterface, QStringLiteral("InterfacesAdded"), this,
                  SLOT(onSignal()));
    m_bus.connect(Service, anyPath, ObjectManagerInterface, QStringLiteral("InterfacesRemoved"),
                  this, SLOT(onSignal()));
}

void NetworkManagerReader::onPropertiesChanged(const QString &interface, const QVariantMap &,
                                               const QStringList &)
{
    // Access points change their strength with every scan and devices count bytes: neither
    // changes the path.
    if (interface.endsWith(QLatin1String(".AccessPoint")) ||
        interface.endsWith(QLatin1String(".Statistics")))
        return;
    emit changed();
}

void NetworkManagerReader::onSignal()
{
    emit changed();
}

} // namespace nv
