#pragma once

#include <QElapsedTimer>
#include <QtGlobal>
#include <algorithm>

namespace nvtest {

// The time a test executable has before ctest stops it (NV_TEST_TIMEOUT_S, set by add_nv_test),
// so that waits for events stay inside it: a wait that would outlast the budget gets only what
// is left, and fails with the test's own message instead of a kill that says nothing. Counted
// from the first use, which is early in main() for any test that waits through it.
class TestBudget
{
public:
    // The margin left for the report, cleanup and the process's exit.
    static constexpr qint64 MarginMs = 15000;

    static TestBudget &instance()
    {
        static TestBudget budget;
        return budget;
    }

    qint64 totalMs() const { return m_totalMs; }
    qint64 leftMs() const { return std::max<qint64>(0, m_totalMs - m_clock.elapsed()); }

    // At most wantedMs, and never past the budget (at least 1 ms, so a wait still polls once).
    int waitMs(int wantedMs) const
    {
        return int(std::max<qint64>(1, std::min<qint64>(wantedMs, leftMs())));
    }

private:
    TestBudget()
    {
        bool ok = false;
        const int seconds = qEnvironmentVariableIntValue("NV_TEST_TIMEOUT_S", &ok);
        // Outside ctest: the default ctest timeout of add_nv_test.
        m_totalMs = qint64(ok && seconds > 0 ? seconds : 120) * 1000 - MarginMs;
        m_clock.start();
    }

    QElapsedTimer m_clock;
    qint64 m_totalMs = 0;
};

// Shorthand: a wait of at most wantedMs that stays inside the test's ctest budget.
inline int budgetMs(int wantedMs)
{
    return TestBudget::instance().waitMs(wantedMs);
}

} // namespace nvtest
