#pragma once

#include <QDateTime>

namespace nv {

// Time as the relay sees it. Expiry and rate limits read a monotonic clock (immune to the wall
// clock being set); the wall clock only stamps when a result arrived. Virtual so that tests can
// move time forward without sleeping.
class RelayClock
{
public:
    virtual ~RelayClock() = default;
    virtual qint64 monotonicMs() const;
    virtual QDateTime utcNow() const;

    // The process-wide real clock.
    static const RelayClock &system();
};

} // namespace nv
