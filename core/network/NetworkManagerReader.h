#pragma once

#include "NetworkPath.h"

#include <QDBusConnection>
#include <QObject>
#include <QPointer>
#include <QVariantMap>

class QDBusPendingCallWatcher;
class QDBusServiceWatcher;

namespace nv {

// Reads NetworkManager over the system D-Bus (Linux): one asynchronous GetManagedObjects call
// with a timeout, turned into a NetworkPath by NetworkManagerSnapshot. Never blocks: the answer
// or the failure arrives as a signal. With watch(), it also reports NetworkManager's change
// signals (and NetworkManager starting or stopping) as changed(), undebounced.
class NetworkManagerReader : public QObject
{
    Q_OBJECT
public:
    enum class Failure
    {
        Absent,   // no system bus, or NetworkManager is not running
        NoAnswer, // NetworkManager did not answer in time: asking it again would block too
        Refused   // it answered with an error or with something else than its objects
    };
    Q_ENUM(Failure)

    explicit NetworkManagerReader(QObject *parent = nullptr);
    ~NetworkManagerReader() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Starts a read; a read already running answers for both. Emits pathRead() or failed().
    void read();
    // Follows NetworkManager's signals from now on (idempotent).
    void watch();

signals:
    void pathRead(const nv::NetworkPath &path);
    void failed(nv::NetworkManagerReader::Failure failure, const QString &reason);
    void changed();

private slots:
    void onPropertiesChanged(const QString &interface, const QVariantMap &changedProperties,
                             const QStringList &invalidated);
    void onSignal();

private:
    void onAnswer(QDBusPendingCallWatcher *call);
    void fail(Failure failure, const QString &reason);

    QDBusConnection m_bus;
    int m_timeoutMs = 3000;
    QPointer<QDBusPendingCallWatcher> m_pending;
    QDBusServiceWatcher *m_serviceWatcher = nullptr;
};

} // namespace nv
