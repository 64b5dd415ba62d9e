#pragma once

#include "StoreThread.h"
#include "http/HttpExchange.h"
#include "log/LogQuery.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QThread;

namespace nv {

class RequestLogStore;

// Reads the request log for a view, off the UI thread.
//
// It holds its own SQLite connection on its own thread: in WAL mode readers never block the
// writer (RequestLog's thread) and the writer never blocks them, so a slow text search cannot
// delay recording. The connection is read-only (a log in a read-only folder or on a full disk
// can still be read) and opened when first needed: a file that does not exist yet is an empty
// log, not an error. Every request returns a ticket at once and answers later with a signal
// carrying that ticket; callers drop answers to tickets they no longer care about. A request
// whose read failed answers too (with what was read, often nothing), after readFailed() with
// the same ticket: a damaged page never passes for the end of the log.
class LogReader : public QObject
{
    Q_OBJECT
public:
    enum class Format
    {
        Har,
        JsonLines
    };

    explicit LogReader(const QString &databasePath, QObject *parent = nullptr);
    ~LogReader() override;

    QString databasePath() const { return m_path; }

    quint64 fetchPage(const LogQuery &query);
    quint64 countRows(const LogQuery &query);
    quint64 fetchExchange(qint64 id);
    quint64 fetchSteps();
    // Writes the rows with these ids (in this order) or, when ids is empty, every row matching
    // the query, oldest first. Exports are redacted (the exporters redact again). A read error
    // leaves no file behind and is the export's error.
    quint64 exportTo(const QString &path, Format format, const LogQuery &query,
                     const QList<qint64> &ids = {});
    // Closes the file; the next request opens it again (after a damaged file was moved aside
    // and a fresh one started at the same path).
    void reopen();
    // For tests and benchmarks: waits until every request queued so far has been answered.
    bool waitForIdle(int ms);

    static Format formatForPath(const QString &path);

Q_SIGNALS:
    // The file was opened (or could not be): fullTextIndex tells how text is searched.
    void opened(bool ok, const QString &error, bool fullTextIndex);
    void pageFetched(quint64 ticket, const QList<nv::HttpExchange> &rows);
    void rowsCounted(quint64 ticket, qint64 count);
    void exchangeFetched(quint64 ticket, const nv::HttpExchange &exchange, bool found);
    void stepsFetched(quint64 ticket, const QStringList &steps);
    void exported(quint64 ticket, qint64 count, const QString &error);
    void readFailed(quint64 ticket, const QString &message);

private:
    quint64 nextTicket();
    // On the worker thread: opens the file if it is not open yet; false when it cannot be
    // read (readFailed is sent) or does not exist yet.
    bool ready(quint64 ticket);
    void reportIfFailed(quint64 ticket);
    QString exportOnWorker(const QString &path, Format format, const LogQuery &query,
                           const QList<qint64> &ids, qint64 *count);

    QString m_path;
    StoreThread m_storeThread; // the store and every use of it live on its thread
    quint64 m_lastTicket = 0;
};

} // namespace nv
