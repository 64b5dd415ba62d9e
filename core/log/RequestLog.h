#pragma once

#include "StoreThread.h"
#include "http/HttpExchange.h"
#include "log/LogRetention.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QThread;

namespace nv {

class RequestLogStore;

// The request log as the window and the CLI see it.
//
// Everything that touches the disk runs on a private worker thread, so recording from the UI
// thread never waits for SQLite. Exchanges are redacted on the caller's thread before they are
// queued: the worker, the file and every signal only ever see redacted copies. The raw copy of
// this session's exchanges stays in memory (bounded) so a user can reveal a value on purpose.
//
// Ids are handed out here, before the row is written, so recorded() can carry one at once.
// They grow with time (milliseconds since the epoch x 1000 plus a small random part), which
// keeps them unique across sessions and processes sharing the file.
class RequestLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int RawCopiesKept = 500;

    // An empty path means the default: <AppDataLocation>/request-log.sqlite.
    explicit RequestLog(const QString &databasePath, QObject *parent = nullptr);
    ~RequestLog() override;

    static QString defaultDatabasePath();
    QString databasePath() const { return m_path; }

    // Redacts, keeps the raw copy for this session, queues the write and emits recorded().
    // Returns the id given to the exchange.
    qint64 record(const HttpExchange &raw, const QStringList &extraSecrets = {});
    // Answers with loaded(), newest first.
    void loadRecent(int limit = 500);
    // The unredacted exchange, if it was recorded in this session and is still in memory.
    std::optional<HttpExchange> revealed(qint64 id) const;
    // Empties the file and forgets the raw copies.
    void clear();
    // Applies the policy now on the worker and again every RetentionInterval records.
    void setRetention(const LogRetention &policy);
    LogRetention retention() const;
    // The policy saved in the settings (log/maxAgeDays, log/maxCount), and saving one.
    static LogRetention savedRetention();
    static void saveRetention(const LogRetention &policy);
    static constexpr int RetentionInterval = 1000;
    // Waits until everything queued so far has been written. For tests and shutdown only.
    bool waitForIdle(int ms);

Q_SIGNALS:
    void recorded(const nv::HttpExchange &redacted);
    void loaded(const QList<nv::HttpExchange> &redacted);
    void cleared();
    // Rows removed by the retention policy; views reload when it is not zero.
    void retentionApplied(qint64 removed);
    // The file could not be opened or written; the log keeps working in memory.
    void storageError(const QString &message);

private:
    qint64 nextId();

    QString m_path;
    StoreThread m_storeThread; // the store and every use of it live on its thread

    mutable QMutex m_mutex; // guards the members below; record() may come from any thread
    qint64 m_lastId = 0;
    QHash<qint64, HttpExchange> m_raw;
    QList<qint64> m_rawOrder;
    LogRetention m_retention;
    int m_recordsSinceRetention = 0;
};

} // namespace nv
