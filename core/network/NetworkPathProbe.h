#pragma once

#include "NetworkPath.h"
#include "NetworkPathVerdict.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace nv {

class NetworkManagerReader;
class SystemNetworkReader;

// Finds out how this machine reaches the network, without blocking its thread: NetworkManager
// over D-Bus on Linux (an asynchronous call bounded by timeout()), else, or when it is not
// running, QNetworkInformation and the interface list. In Watch mode it checks again when
// NetworkManager or QNetworkInformation report a change, debounced, and emits pathChanged()
// only when the result differs.
//
//   auto *probe = new NetworkPathProbe(this);
//   connect(probe, &NetworkPathProbe::pathChanged, this, &Window::showNetworkPath);
//   probe->start(NetworkPathProbe::Mode::Watch);
class NetworkPathProbe : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Once, // one check, then quiet
        Watch // one check, then again on every change
    };
    Q_ENUM(Mode)

    explicit NetworkPathProbe(QObject *parent = nullptr);
    ~NetworkPathProbe() override;

    // How long NetworkManager may take to answer (default 3000 ms).
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeoutMs; }
    // Quiet time after a change signal before checking again (default 400 ms); a storm of
    // signals still gets a check at least every four times this.
    void setDebounce(int milliseconds) { m_debounceMs = milliseconds; }

    void start(Mode mode = Mode::Watch);
    // Checks again now (coalesced with a check already running).
    void refresh();

    bool hasPath() const { return m_hasPath; }
    const NetworkPath &path() const { return m_path; }
    NetworkPathVerdict verdict() const { return NetworkPathVerdict::of(m_path); }

signals:
    // After every completed check, the first included.
    void checked(const nv::NetworkPath &path);
    // After the first check, then whenever a check finds a different path.
    void pathChanged(const nv::NetworkPath &path);

private:
    void onChangeReported();
    void fallBack(bool mayLoadBackend, const QString &why);
    void finish(const NetworkPath &path);

    NetworkManagerReader *m_manager = nullptr; // null where NetworkManager is not built in
    SystemNetworkReader *m_system = nullptr;
    QTimer *m_debounce = nullptr;
    QElapsedTimer m_firstPendingChange;
    Mode m_mode = Mode::Once;
    int m_timeoutMs = 3000;
    int m_debounceMs = 400;
    bool m_checking = false;
    bool m_checkAgain = false;
    bool m_hasPath = false;
    NetworkPath m_path;
};

} // namespace nv
