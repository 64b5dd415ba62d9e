#pragma once

#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace nv {

struct LogQuery;

// `nv-cli log list|show|export`: reads the request log file directly (synchronously, on the
// main thread: a command-line tool has nothing else to keep responsive). WAL mode lets it read
// while the window or another nv-cli is writing.
class LogCommand
{
public:
    LogCommand(QTextStream &out, QTextStream &err);

    static void addOptions(QCommandLineParser &parser);
    // args: the full argument list with the word "log" removed. Returns the exit code:
    // 0 done, 1 nothing found (unknown id) or the file cannot be read, 2 bad usage.
    int run(const QStringList &args);

private:
    int list(const QCommandLineParser &parser);
    int show(const QCommandLineParser &parser, const QString &id);
    int exportLog(const QCommandLineParser &parser);
    QString databasePath(const QCommandLineParser &parser) const;
    int usage(const QString &message);
    static QString filterFromOptions(const QCommandLineParser &parser, LogQuery *q);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace nv
