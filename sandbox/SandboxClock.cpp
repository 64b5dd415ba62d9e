#include "SandboxClock.h"

namespace nv {

SandboxClock::SandboxClock()
{
    m_started.start();
}

qint64 SandboxClock::monotonicMs() const
{
    return m_started.elapsed() + m_offsetMs.load(std::memory_order_relaxed);
}

qint64 SandboxClock::epochSeconds() const
{
    return utcNow().toSecsSinceEpoch();
}

QDateTime SandboxClock::utcNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load(std::memory_order_relaxed));
}

void SandboxClock::advance(std::chrono::milliseconds by)
{
    if (by.count() > 0)
        m_offsetMs.fetch_add(by.count(), std::memory_order_relaxed);
}

std::chrono::milliseconds SandboxClock::advancedBy() const
{
    return std::chrono::milliseconds(m_offsetMs.load(std::memory_order_relaxed));
}

} // namespace nv
