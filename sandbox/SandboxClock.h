#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <atomic>
#include <chrono>

namespace nv {

// The sandbox's "now": every lifetime it hands out (codes, sessions, tokens, spent assertion
// ids) and every time it writes (iat, exp, auth_time, assessedAt) reads this clock. It follows
// the system's clocks, moved forward by whatever advance() added, so a test makes a token expire
// by advancing the clock instead of sleeping, and the sandbox's own timers stay real.
// Thread-safe: a test may advance the clock of a sandbox that runs on another thread.
class SandboxClock
{
public:
    SandboxClock();

    // Steady milliseconds (never goes back with the wall clock): what lifetimes are measured in.
    qint64 monotonicMs() const;
    // Wall clock, for the times written into tokens and answers.
    qint64 epochSeconds() const;
    QDateTime utcNow() const;

    void advance(std::chrono::milliseconds by);
    std::chrono::milliseconds advancedBy() const;

private:
    QElapsedTimer m_started;
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace nv
