#include "NetworkPathProbe.h"

#include "SystemNetworkReader.h"
#ifdef NV_HAVE_NETWORKMANAGER
#include "NetworkManagerReader.h"
#endif

#include <QTimer>

namespace nv {

NetworkPathProbe::NetworkPathProbe(QObject *parent)
    : QObject(parent)
    , m_system(new SystemNetworkReader(this))
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &NetworkPathProbe::refresh);
#ifdef NV_HAVE_NETWORKMANAGER
    m_manager = new NetworkManagerReader(this);
    m_manager->setTimeout(m_timeoutMs);
    connect(m_manager, &NetworkManagerReader::pathRead, this, &NetworkPathProbe::finish);
    connect(m_manager, &NetworkManagerReader::failed, this,
            [this](NetworkManagerReader::Failure failure, const QString &reason) {
                // A NetworkManager that does not answer would block QNetworkInformation's
                // loading too (its backends ask NetworkManager synchronously).
                fallBack(failure != NetworkManagerReader::Failure::NoAnswer, reason);
            });
    connect(m_manager, &NetworkManagerReader::changed, this, &NetworkPathProbe::onChangeReported);
#endif
}

NetworkPathProbe::~NetworkPathProbe() = default;

void NetworkPathProbe::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
#ifdef NV_HAVE_NETWORKMANAGER
    m_manager->setTimeout(milliseconds);
#endif
}

void NetworkPathProbe::start(Mode mode)
{
    m_mode = mode;
    if (mode == Mode::Watch) {
        connect(m_system, &SystemNetworkReader::changed, this, &NetworkPathProbe::onChangeReported,
                Qt::UniqueConnection);
#ifdef NV_HAVE_NETWORKMANAGER
        m_manager->watch();
#endif
    }
    refresh();
}

void NetworkPathProbe::refresh()
{
    m_debounce->stop();
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    m_checking = true;
#ifdef NV_HAVE_NETWORKMANAGER
    m_manager->read();
#else
    // Queued, so that a caller connecting after start() still sees the first result.
    QTimer::singleShot(0, this, [this] { fallBack(true, QString()); });
#endif
}

void NetworkPathProbe::fallBack(bool mayLoadBackend, const QString &why)
{
    finish(m_system->read(mayLoadBackend, why));
}

void NetworkPathProbe::onChangeReported()
{
    if (m_mode != Mode::Watch)
        return;
    // Debounced, but a steady stream of signals must not postpone the check for ever.
    if (!m_debounce->isActive())
        m_firstPendingChange.start();
    if (m_firstPendingChange.elapsed() < 4 * m_debounceMs)
        m_debounce->start(m_debounceMs);
}

void NetworkPathProbe::finish(const NetworkPath &path)
{
    m_checking = false;
    const bool first = !m_hasPath;
    const bool different = first || !(path == m_path);
    m_hasPath = true;
    m_path = path;
    emit checked(m_path);
    if (different)
        emit pathChanged(m_path);
    if (m_checkAgain) {
        m_checkAgain = false;
        refresh();
    }
}

} // namespace nv
