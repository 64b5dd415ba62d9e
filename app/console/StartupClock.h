#pragma once

// How long a process took from its start (as the kernel recorded it, so loading the shared
// libraries counts) to the first paint of a window. Shared by `nv-console --measure-startup`
// and the bare-window comparison in tests/ui, so both are measured the same way.

#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace nv {

class StartupClock : public QObject
{
public:
    // Milliseconds since the process started: /proc/self/stat field 22 (start time in clock
    // ticks after boot) against CLOCK_BOOTTIME. Resolution is one clock tick (usually 10 ms);
    // -1 when /proc is not there.
    static double msSinceProcessStart()
    {
        QFile stat(QStringLiteral("/proc/self/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray line = stat.readAll();
        // Field 2 (the command) may hold spaces; count fields after its closing parenthesis.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 20)
            return -1;
        const double startTicks = fields.at(19).toDouble(); // field 22 overall
        timespec now{};
        clock_gettime(CLOCK_BOOTTIME, &now);
        const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
        return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
    }

    // Watches window for its first paint, prints "<label>: first paint <a> ms after process
    // start, <b> ms after main()" and quits the application: at once, or NV_EXIT_AFTER_PAINT_MS
    // later (the peak memory of a window that has done what comes after its first paint, as a
    // person has it before the first run).
    StartupClock(const char *label, const QElapsedTimer &sinceMain, QWidget *window)
        : QObject(window)
        , m_label(label)
        , m_sinceMain(sinceMain)
        , m_exitAfterMs(qEnvironmentVariableIntValue("NV_EXIT_AFTER_PAINT_MS"))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Measured once the paint is done, so the figure includes it.
            QTimer::singleShot(0, this, [this] {
                std::printf("%s: first paint %.0f ms after process start, %lld ms after main()\n",
                            m_label, msSinceProcessStart(),
                            static_cast<long long>(m_sinceMain.elapsed()));
                std::fflush(stdout);
                // No teardown: it is not part of start-up.
                if (m_exitAfterMs <= 0)
                    ::_exit(0);
                QTimer::singleShot(m_exitAfterMs, this, [] { ::_exit(0); });
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const char *m_label;
    QElapsedTimer m_sinceMain;
    int m_exitAfterMs;
    bool m_done = false;
};

} // namespace nv
