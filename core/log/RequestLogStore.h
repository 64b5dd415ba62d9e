#pragma once

#include "http/HttpExchange.h"
#include "log/LogQuery.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

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
    static constexpr int SchemaVersion = 1;
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
    QList<HttpExchange> query(const LogQuery &q) const;
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

    QString m_connectionName;
    QString m_path;
    QSqlDatabase m_db;
    QThread *m_thread = nullptr;
    mutable QString m_lastError;
};

} // namespace nv
