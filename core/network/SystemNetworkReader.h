#pragma once

#include "NetworkPath.h"

#include <QObject>
#include <QPointer>

class QNetworkInformation;

namespace nv {

// The network path as Qt and the operating system tell it, on any platform: the transport
// medium, metered and reachability from QNetworkInformation (whatever the platform's backend
// supports), and the interfaces that are up from QNetworkInterface. Less than NetworkManager
// says (no drivers, VPNs only guessed from interface names), so the probe uses it on macOS and
// Windows, and on Linux when NetworkManager is not there.
class SystemNetworkReader : public QObject
{
    Q_OBJECT
public:
    explicit SystemNetworkReader(QObject *parent = nullptr);

    // Reads now; only local calls. When mayLoadBackend and no QNetworkInformation backend is
    // loaded yet, loads the platform's one first (a plugin; on Linux it asks the system bus,
    // so the probe forbids it when NetworkManager was found unresponsive). why: the reason the
    // fallback is used on a platform that has NetworkManager (empty elsewhere), said in
    // sourceDetail and, when the medium stays unknown, in transportDetail.
    NetworkPath read(bool mayLoadBackend, const QString &why);

signals:
    // QNetworkInformation reported a change (undebounced).
    void changed();

private:
    void follow(QNetworkInformation *information);
    static void fillFromInterfaces(NetworkPath &path);
    static void fillFromInformation(NetworkPath &path, const QNetworkInformation *information);

    QPointer<QNetworkInformation> m_followed;
};

} // namespace nv
