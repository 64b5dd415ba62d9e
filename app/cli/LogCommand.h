#pragma once

#include <QStringList>

class QCommandLineParser;
class QIODevice;
class QSaveFile;
class QTextStream;

namespace nv {

struct HttpExchange;
struct LogQuery;
class RequestLogStore;

// `nv-cli log list|show|export|report`: reads the request log file directly (synchronously, on the
// main thread: a command-line tool has nothing else to keep responsive), read-only: WAL mode
// lets it read while the window or another nv-cli is writing, and a log in a read-only folder
// or on a full disk can still be read. A damaged file or a read that fails half-way is an
// error with exit code 1 and a sentence on stderr, never a shorter list.
class LogCommand
{
public:
    LogCommand(QTextStream &out, QTextStream &err);

    static void addOptions(QCommandLineParser &parser);
    // args: the full argument list with the word "log" removed. Returns the exit code:
    // 0 done, 1 nothing found (unknown id) or the file cannot be read (missing, damaged, a
    // read error), 2 bad usage.
    int run(const QStringList &args);

private:
    int list(const QCommandLineParser &parser);
    int show(const QCommandLineParser &parser, const QString &id);
    int exportLog(const QCommandLineParser &parser);
    int report(const QCommandLineParser &parser);
    int writeExport(const RequestLogStore &store, const LogQuery &q, bool har, QIODevice *device,
                    QSaveFile *file);
    int readFailed(const RequestLogStore &store);
    void printExchange(const HttpExchange &e);
    static QString listLine(const HttpExchange &e);
    QString databasePath(const QCommandLineParser &parser) const;
    int usage(const QString &message);
    static QString filterFromOptions(const QCommandLineParser &parser, LogQuery *q);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace nv
