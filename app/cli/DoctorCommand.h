#pragma once

#include <QObject>

class QCommandLineParser;
class QTextStream;

namespace nv {

class NetworkPathProbe;
struct NetworkPath;

// `nv-cli doctor`: how this machine reaches the network and whether that path can carry the
// operator's network-based authentication. A thin printer over NetworkPathProbe; the rule and
// its sentences live in the core (NetworkPathVerdict).
class DoctorCommand : public QObject
{
    Q_OBJECT
public:
    DoctorCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    static void addOptions(QCommandLineParser &parser);
    // Returns an exit code right away for bad usage, or -1 and emits done() later:
    // 0 the path can carry network-based authentication, 1 it cannot, 5 it cannot be told.
    int start(const QCommandLineParser &parser);

signals:
    void done(int exitCode);

private:
    void report(const NetworkPath &path);
    void printText(const NetworkPath &path);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    NetworkPathProbe *m_probe = nullptr;
};

} // namespace nv
