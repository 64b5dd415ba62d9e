#pragma once

#include <QObject>

class QSocketNotifier;

namespace nv {

// Turns SIGINT and SIGTERM into a Qt signal, so that Ctrl-C (or a script's kill) cancels the
// run in flight and nv-cli ends the documented way (exit 130, the log written) instead of
// dying mid-write. A second signal of the same kind is not caught: it ends the process at once,
// for a person whose first Ctrl-C seems to do nothing. Written by hand because Qt has no
// portable signal hook; the handler only writes a byte to a pipe (async-signal-safe), read
// back on the event loop. One instance per process. Shared by nv-cli (cancels the run),
// nv-sandbox and nv-relay (quit their event loop).
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // False when the pipe or the handlers could not be set up (the default action then stays).
    bool isWatching() const { return m_notifier != nullptr; }

signals:
    void interrupted(int signalNumber);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace nv
