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

class QSqlQuery;
class QThread;

namespace nv {

// The request log on disk: one SQLite file, one row per exchange.
//
// Stores what it is given: RequestLog redacts before calling insert. Not thread-safe by design:
// a Qt SQL connection may only be used on the thread that opened it, so every call after open()
// must come from that thread (RequestLog keeps the store on its worker thread).
class RequestLogStore
{
public:
    static constexpr int SchemaVersion = 2;
    static constexpr qsizetype MaxBodyBytes = 256 * 1024;

    RequestLogStore();
    ~RequestLogStore();
    RequestLogStore(const RequestLogStore &) = delete;
    RequestLogStore &operator=(const RequestLogStore &) = delete;

    bool open(const QString &path);
    bool isOpen() const;
    void close();
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // Returns the row id, 0 on failure. A non-zero exchange.id is kept as the row id, so a
    // caller can hand out ids before the row is written; if that id is taken the row gets a
    // fresh one, which is returned.
    qint64 insert(const HttpExchange &exchange);
    // Ordered by start time (LogQuery::newestFirst), at most q.limit rows.
    QList<HttpExchange> query(const LogQuery &q) const;
    // One page for a lazily loaded list: ordered by id (ids grow with time), continuing after
    // q.afterId, at most q.limit rows. Uses the rowid and the indexes, never a full sort, so a
    // page costs the same at row 10 and at row 1,000,000.
    QList<HttpExchange> page(const LogQuery &q) const;
    // Rows matching q (limit and cursor ignored).
    qint64 count(const LogQuery &q) const;
    // Calls visit for every matching row in id order without holding them all; stops when it
    // returns false. For exports of any size.
    bool visit(const LogQuery &q, const std::function<bool(const HttpExchange &)> &visit) const;
    // Deletes what the policy does not keep; returns the number of rows removed.
    qint64 applyRetention(const LogRetention &policy);
    // The distinct steps in the file, for the step filter.
    QStringList steps() const;
    // True when text search uses the SQLite FTS5 index (else a LIKE scan).
    bool hasFullTextIndex() const { return m_hasFts; }
    bool integrityOk() const;
    // An FTS5 MATCH expression for words a person typed: each word a quoted prefix term.
    static QString fullTextQuery(const QString &words);
    std::optional<HttpExchange> find(qint64 id) const;
    int count() const;
    void clear();
    // Most recently used correlation ids first.
    QStringList correlationIds(int limit) const;
    qint64 maxId() const;
    QString journalMode() const;

private:
    bool usable(const char *operation) const;
    bool migrate();
    void fail(const QString &message) const;
    // Runs a SELECT of exchange columns with its bound values; logs and returns nothing on error.
    QList<HttpExchange> select(const QString &sql, const QVariantList &values) const;
    QString whereClause(const LogQuery &q, QVariantList &values, bool withCursor) const;

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insert;
    QThread *m_thread = nullptr;
    mutable QString m_lastError;
    bool m_hasFts = false;
};

} // namespace nv
