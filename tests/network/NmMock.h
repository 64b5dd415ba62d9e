#pragma once

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusServiceWatcher>
#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QTimer>
#include <QtDebug>
#include <csignal>
#include <sys/types.h>

namespace nvtest {

// A NetworkManager on the test's private system bus: python-dbusmock's networkmanager template
// (a real D-Bus service that answers like NetworkManager), put into one situation by
// nm-scenario.py. The test runs under tests/support/with-private-system-bus.sh, so none of
// this reaches the machine's own system bus.
class NmMock
{
public:
    static inline const QString Service = QStringLiteral("org.freedesktop.NetworkManager");

    ~NmMock() { stop(); }

    // True when python-dbusmock can be imported (scripts/lib.sh installs python3-dbusmock).
    static bool available()
    {
        return QProcess::execute(QStringLiteral("/usr/bin/python3"),
                                 {QStringLiteral("-c"), QStringLiteral("import dbusmock")}) == 0;
    }

    // Starts the double; returns once it owns its name on the bus (false if it exits first).
    bool start()
    {
        QDBusConnection bus = QDBusConnection::systemBus();
        if (!bus.isConnected())
            return false;
        QDBusServiceWatcher watcher(Service, bus, QDBusServiceWatcher::WatchForRegistration);
        QEventLoop loop;
        QObject::connect(&watcher, &QDBusServiceWatcher::serviceRegistered, &loop,
                         &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        // The double logs every call on stdout: unread, a pipe would fill up and stall it.
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral("-m"), QStringLiteral("dbusmock"),
                         QStringLiteral("--system"), QStringLiteral("--template"),
                         QStringLiteral("networkmanager")});
        if (!m_process.waitForStarted(30000))
            return false;
        if (!registered())
            loop.exec();
        return registered();
    }

    static bool registered()
    {
        return QDBusConnection::systemBus().interface()->isServiceRegistered(Service).value();
    }

    // Stops it; returns once its name is gone from the bus.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        resume();
        QDBusConnection bus = QDBusConnection::systemBus();
        QDBusServiceWatcher watcher(Service, bus, QDBusServiceWatcher::WatchForUnregistration);
        QSignalSpy gone(&watcher, &QDBusServiceWatcher::serviceUnregistered);
        m_process.terminate();
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished(30000);
        }
        if (bus.interface()->isServiceRegistered(Service).value() && gone.count() == 0)
            gone.wait(30000);
    }

    // Freezes the double (SIGSTOP): it keeps its name but answers nothing.
    void freeze() { signal(SIGSTOP); }
    void resume() { signal(SIGCONT); }

    // Resets the double and builds one situation (see nm-scenario.py), or adds to the current
    // one with keep.
    static bool scenario(const QString &name, bool keep = false)
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedChannels);
        QStringList args{QStringLiteral(NV_NM_SCENARIO)};
        if (keep)
            args << QStringLiteral("--keep");
        script.start(QStringLiteral("/usr/bin/python3"), args << name);
        if (!script.waitForFinished(60000)) {
            script.kill();
            script.waitForFinished();
            qWarning() << "nm-scenario.py" << name << "did not finish";
            return false;
        }
        return script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
    }

private:
    void signal(int number)
    {
        // Only ever the double's own process: a pid of 0 would signal the whole group.
        if (m_process.state() == QProcess::Running && m_process.processId() > 0)
            ::kill(pid_t(m_process.processId()), number);
    }

    QProcess m_process;
};

} // namespace nvtest
