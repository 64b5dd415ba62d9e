#include "RelayClock.h"

#include <QElapsedTimer>

namespace nv {

qint64 RelayClock::monotonicMs() const
{
    static const QElapsedTimer started = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return started.elapsed();
}

QDateTime RelayClock::utcNow() const
{
    return QDateTime::currentDateTimeUtc();
}

const RelayClock &RelayClock::system()
{
    static const RelayClock clock;
    return clock;
}

} // namespace nv
