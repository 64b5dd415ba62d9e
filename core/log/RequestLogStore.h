#pragma once

#include "http/HttpExchange.h"
#include "log/LogQuery.h"
#include "log/LogRetention.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;
class QThread;

namespace nv {

// The request log on disk: one SQLite file, one row per exchange.
//
// Stores what it is given: RequestLog redacts before calling insert. Not thread-safe by design:
// a Qt SQL connection may only be used on the thread that opened it, so every call after open()
// must come from that thread (RequestLog and LogReader keep their store on a thread of its own).
//
// Every call checks SQLite's answer, reads included (a damaged page ends a read loop early, and
// that must not look like the end of the log): lastError() is empty after a call that went
// well and says what went wrong otherwise; lastProblem() classifies it.
class RequestLogStore
{
public:
    static constexpr int SchemaVersion = 4;
    static constexpr qsizetype MaxBodyBytes = 256 * 1024;

    enum class Access
    {
        ReadWrite, // creates the file, upgrades its schema, writes
        ReadOnly,  // never writes, never takes a write lock: works in a read-only folder
    };
    enum class Check
    {
        Quick, // PRAGMA quick_check before anything else: a damaged file is refused at once
        None,
    };
    enum class Problem
    {
        None,
        Missing,     // no file at the path (read-only open)
        Corrupt,     // damaged pages, or not a database at all
        ReadOnly,    // the file or its folder cannot be written
        Full,        // the disk (or the size limit) is full
        Busy,        // another program holds the lock for longer than the busy timeout
        NewerSchema, // written by a newer version
        Other,
    };

    RequestLogStore();
    ~RequestLogStore();
    RequestLogStore(const RequestLogStore &) = delete;
    RequestLogStore &operator=(const RequestLogStore &) = delete;

    bool open(const QString &path, Access access = Access::ReadWrite, Check check = Check::Quick);
    bool isOpen() const;
    bool isWritable() const { return m_access == Access::ReadWrite; }
    void close();
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    Problem lastProblem() const { return m_problem; }
    // SQLite's own words for the last failure ("database or disk is full").
    QString lastErrorDetail() const { return m_detail; }
    // The schema version of the file; 0 for a file no writer has set up yet (reads find
    // nothing, without an error).
    int schemaVersion() const { return m_schemaVersion; }

    // Returns the row id, 0 on failure. A non-zero exchange.id is kept as the row id, so a
    // caller can hand out ids before the row is written; if that id is taken the row gets a
    // fresh one, which is returned.
    qint64 insert(const HttpExchange &exchange);
    // The exchanges in one transaction (one commit, one full-text index flush: many times
    // faster than one transaction each). The ids in order; all 0 when the batch failed.
    QList<qint64> insert(const QList<HttpExchange> &exchanges);
    // The file may not grow beyond this many bytes (PRAGMA max_page_count); writes beyond it
    // fail as on a full disk. 0: no limit. Applied at open and at once when open.
    void setSizeLimit(qint64 bytes);

    // Ordered by start time (LogQuery::newestFirst), at most q.limit rows.
    QList<HttpExchange> query(const LogQuery &q) const;
    // One page for a lazily loaded list: ordered by id (ids grow with time), continuing after
    // q.afterId, at most q.limit rows. Uses the rowid and the indexes, never a full sort, so a
    // page costs the same at row 10 and at row 1,000,000.
    QList<HttpExchange> page(const LogQuery &q) const;
    // Rows matching q (limit and cursor ignored).
    qint64 count(const LogQuery &q) const;
    // Calls visit for every matching row in id order without holding them all; stops when it
    // returns false. For exports of any size. False when the read failed (lastError()).
    bool visit(const LogQuery &q, const std::function<bool(const HttpExchange &)> &visit) const;
    // Deletes what the policy does not keep; returns the number of rows removed.
    qint64 applyRetention(const LogRetention &policy);
    // The distinct steps in the file, for the step filter.
    QStringList steps() const;
    // True when text search uses the SQLite FTS5 index (else a LIKE scan).
    bool hasFullTextIndex() const { return m_hasFts; }
    bool integrityOk() const;
    // PRAGMA quick_check: empty when the file is sound, else SQLite's findings.
    QString quickCheck() const;
    // An FTS5 MATCH expression for words a person typed (LogQuery::fullTextQuery).
    static QString fullTextQuery(const QString &words) { return LogQuery::fullTextQuery(words); }
    std::optional<HttpExchange> find(qint64 id) const;
    int count() const;
    void clear();
    // Most recently used correlation ids first.
    QStringList correlationIds(int limit) const;
    qint64 maxId() const;
    QString journalMode() const;

    // Moves a damaged log (and its -wal file) aside under a timestamped name next to it, so a
    // fresh one can start at path. Returns the new name, or nothing with *error set.
    static std::optional<QString> moveAside(const QString &path, QString *error);
    // What to tell a person whose log was moved aside: where it went and how to get back what
    // is readable (sqlite3 .recover).
    static QString movedAsideAdvice(const QString &path, const QString &movedTo);
    // "sqlite3 'damaged' .recover | sqlite3 'damaged.recovered.sqlite'" (quoted for a shell),
    // and the file it writes.
    static QString recoverCommand(const QString &damaged);
    static QString recoveredPath(const QString &damaged);
    static Problem problemOf(const QSqlError &error);

private:
    bool openConnection(const QString &connectOptions, const QString &databaseName);
    bool openReadOnly(Check check);
    bool openReadWrite(Check check);
    bool passesQuickCheck();
    bool readSchema();
    bool migrate();
    bool migrateLocked(int version);
    void applySizeLimit();
    bool usable(const char *operation) const;
    bool writable(const char *operation);
    void fail(const QString &message, Problem problem = Problem::Other) const;
    void failWith(const QString &what, const QSqlError &error) const;
    bool ok() const;
    qint64 insertRow(const HttpExchange &exchange, qint64 id, QSqlError *error);
    bool indexText(const QList<qint64> &ids);
    // Runs a SELECT with its bound values and calls row() for each row until it returns false.
    // False (and lastError) when the statement or any step of the loop failed.
    bool forEachRow(const QString &sql, const QVariantList &values,
                    const std::function<bool(const QSqlQuery &)> &row) const;
    QList<HttpExchange> select(const QString &sql, const QVariantList &values) const;
    std::optional<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const;

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    QThread *m_thread = nullptr;
    Access m_access = Access::ReadOnly;
    mutable QString m_lastError;
    mutable QString m_detail; // SQLite's words for the last failure
    mutable Problem m_problem = Problem::None;
    int m_schemaVersion = 0;
    bool m_hasFts = false;
    qint64 m_sizeLimit = 0;
};

} // namespace nv
