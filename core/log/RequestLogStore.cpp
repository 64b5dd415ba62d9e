#include "RequestLogStore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QVariant>

namespace nv {

Q_LOGGING_CATEGORY(lcRequestLogStore, "nv.log.store")

namespace {

QAtomicInteger<quint64> connectionCounter;

QString headersToJson(const HttpHeaders &headers)
{
    // A list of pairs, not an object: order and repeated names (Set-Cookie) matter.
    // Latin-1 maps each byte to one character, so any header value round-trips.
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HttpHeaders headersFromJson(const QString &text)
{
    HttpHeaders headers;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &entry : array) {
        const QJsonArray pair = entry.toArray();
        if (pair.size() == 2)
            headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return headers;
}

QVariant msecs(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMsecs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant text(const QString &value)
{
    // Empty strings are stored as '' rather than NULL so equality filters stay simple.
    return value.isNull() ? QString(QLatin1String("")) : value;
}

QByteArray bounded(const QByteArray &body, const char *which, QStringList &notes)
{
    if (body.size() <= RequestLogStore::MaxBodyBytes)
        return body;
    notes << QStringLiteral("%1 body truncated: %2 bytes, first %3 kept")
                 .arg(QLatin1String(which))
                 .arg(body.size())
                 .arg(RequestLogStore::MaxBodyBytes);
    return body.left(RequestLogStore::MaxBodyBytes);
}

const char *SelectColumns =
    "SELECT id, run_id, correlation_id, step, profile, started_at, finished_at, method, url, "
    "status, request_headers, request_body, response_headers, response_body, error, note "
    "FROM exchanges";

// The same columns with headers and bodies left out, for list pages.
const char *SummaryColumns =
    "SELECT id, run_id, correlation_id, step, profile, started_at, finished_at, method, url, "
    "status, '[]', NULL, '[]', NULL, error, note "
    "FROM exchanges";

HttpExchange fromRow(const QSqlQuery &q)
{
    HttpExchange e;
    e.id = q.value(0).toLongLong();
    e.runId = q.value(1).toString();
    e.correlationId = q.value(2).toString();
    e.step = q.value(3).toString();
    e.profileName = q.value(4).toString();
    e.startedAt = fromMsecs(q.value(5));
    e.finishedAt = fromMsecs(q.value(6));
    e.method = q.value(7).toString().toLatin1();
    e.url = QUrl::fromEncoded(q.value(8).toString().toUtf8(), QUrl::TolerantMode);
    e.status = q.value(9).toInt();
    e.requestHeaders = headersFromJson(q.value(10).toString());
    e.requestBody = q.value(11).toByteArray();
    e.responseHeaders = headersFromJson(q.value(12).toString());
    e.responseBody = q.value(13).toByteArray();
    e.error = q.value(14).toString();
    e.note = q.value(15).toString();
    return e;
}

} // namespace

RequestLogStore::RequestLogStore()
    : m_connectionName(QStringLiteral("nv-request-log-%1").arg(++connectionCounter))
{}

RequestLogStore::~RequestLogStore()
{
    close();
}

bool RequestLogStore::isOpen() const
{
    return m_db.isOpen();
}

void RequestLogStore::close()
{
    if (!m_db.isValid())
        return;
    if (m_thread && QThread::currentThread() != m_thread)
        qCWarning(lcRequestLogStore) << "closing the request log from a foreign thread";
    m_insert.reset();
    m_db.close();
    // removeDatabase wants no QSqlDatabase copies left alive.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_thread = nullptr;
}

void RequestLogStore::fail(const QString &message) const
{
    m_lastError = message;
    qCWarning(lcRequestLogStore).noquote() << message;
}

bool RequestLogStore::open(const QString &path)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        fail(QStringLiteral("Cannot create the folder %1").arg(info.absolutePath()));
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    // Another process (CLI next to the window) may hold the write lock for a moment.
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    m_thread = QThread::currentThread();
    if (!m_db.open()) {
        fail(QStringLiteral("Cannot open the request log %1: %2")
                 .arg(path, m_db.lastError().text()));
        close();
        return false;
    }
    QSqlQuery q(m_db);
    // WAL: readers (the log window) never block the writer; NORMAL: a committed row survives
    // a crash of the application, only an OS crash can lose the last transactions.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
        q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        qCWarning(lcRequestLogStore) << "the request log is not in WAL mode";
    }
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // Deleted rows are overwritten, so clear() really removes them from the file.
    q.exec(QStringLiteral("PRAGMA secure_delete=ON"));
    if (!migrate()) {
        close();
        return false;
    }
    m_lastError.clear();
    return true;
}

bool RequestLogStore::migrate()
{
    QSqlQuery q(m_db);
    // Two connections may open a new file at once (the window's writer and its reader): the
    // write lock is taken before the version is read, so only one of them migrates.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail(QStringLiteral("Cannot lock the request log: %1").arg(q.lastError().text()));
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        fail(QStringLiteral("Cannot read the request log version: %1").arg(q.lastError().text()));
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    auto rollback = [&q] { q.exec(QStringLiteral("ROLLBACK")); };
    if (version > SchemaVersion) {
        rollback();
        fail(QStringLiteral("The request log %1 was written by a newer version of NV Console "
                            "(schema %2, this version knows %3)")
                 .arg(m_path)
                 .arg(version)
                 .arg(SchemaVersion));
        return false;
    }
    auto tableExists = [this](const QString &name) {
        QSqlQuery t(m_db);
        t.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = ?"));
        t.addBindValue(name);
        return t.exec() && t.next();
    };
    if (version == SchemaVersion) {
        m_hasFts = tableExists(QStringLiteral("exchanges_fts"));
        rollback();
        return true;
    }
    // Debian's SQLite has FTS5; a build without it still works, text search then scans.
    bool ftsAvailable = false;
    {
        QSqlQuery probe(m_db);
        ftsAvailable = probe.exec(QStringLiteral("PRAGMA compile_options"));
        bool found = false;
        while (ftsAvailable && probe.next())
            found = found || probe.value(0).toString() == QLatin1String("ENABLE_FTS5");
        ftsAvailable = found;
    }

    // One step per schema version, each in the same transaction as its version bump, so an
    // interrupted upgrade leaves the previous version intact.
    QStringList steps;
    if (version < 1) {
        steps << QStringLiteral("CREATE TABLE exchanges ("
                                "id INTEGER PRIMARY KEY, "
                                "run_id TEXT NOT NULL DEFAULT '', "
                                "correlation_id TEXT NOT NULL DEFAULT '', "
                                "step TEXT NOT NULL DEFAULT '', "
                                "profile TEXT NOT NULL DEFAULT '', "
                                "started_at INTEGER, "
                                "finished_at INTEGER, "
                                "method TEXT NOT NULL DEFAULT '', "
                                "url TEXT NOT NULL DEFAULT '', "
                                "status INTEGER NOT NULL DEFAULT 0, "
                                "duration_ms INTEGER NOT NULL DEFAULT 0, "
                                "request_headers TEXT NOT NULL DEFAULT '[]', "
                                "request_body BLOB, "
                                "response_headers TEXT NOT NULL DEFAULT '[]', "
                                "response_body BLOB, "
                                "error TEXT NOT NULL DEFAULT '', "
                                "note TEXT NOT NULL DEFAULT '')")
              << QStringLiteral(
                     "CREATE INDEX exchanges_correlation_id ON exchanges(correlation_id)")
              << QStringLiteral("CREATE INDEX exchanges_started_at ON exchanges(started_at)");
    }
    if (version < 2) {
        // Version 2: the filters of the log view (step, status class) get indexes; a row's
        // rowid is part of every index, so "step = ? ORDER BY id DESC" needs no sort.
        steps << QStringLiteral("CREATE INDEX exchanges_step ON exchanges(step)")
              << QStringLiteral("CREATE INDEX exchanges_status ON exchanges(status)");
        if (ftsAvailable) {
            // External-content full-text index over the URL and both bodies: the text is
            // stored once (in exchanges), the index holds tokens only. Triggers keep it in
            // step inside the writer's transaction, so a committed row is searchable.
            steps << QStringLiteral(
                         "CREATE VIRTUAL TABLE exchanges_fts USING fts5(url, request_body, "
                         "response_body, content='exchanges', content_rowid='id')")
                  << QStringLiteral(
                         "CREATE TRIGGER exchanges_fts_insert AFTER INSERT ON exchanges BEGIN "
                         "INSERT INTO exchanges_fts(rowid, url, request_body, response_body) "
                         "VALUES (new.id, new.url, new.request_body, new.response_body); END")
                  << QStringLiteral(
                         "CREATE TRIGGER exchanges_fts_delete AFTER DELETE ON exchanges BEGIN "
                         "INSERT INTO exchanges_fts(exchanges_fts, rowid, url, request_body, "
                         "response_body) VALUES ('delete', old.id, old.url, old.request_body, "
                         "old.response_body); END")
                  << QStringLiteral("INSERT INTO exchanges_fts(exchanges_fts) VALUES ('rebuild')");
        }
    }
    steps << QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion);

    for (const QString &statement : std::as_const(steps)) {
        if (!q.exec(statement)) {
            fail(QStringLiteral("Cannot upgrade the request log: %1").arg(q.lastError().text()));
            rollback();
            return false;
        }
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        fail(QStringLiteral("Cannot upgrade the request log: %1").arg(q.lastError().text()));
        rollback();
        return false;
    }
    m_hasFts = tableExists(QStringLiteral("exchanges_fts"));
    return true;
}

bool RequestLogStore::usable(const char *operation) const
{
    if (!m_db.isOpen()) {
        m_lastError = QStringLiteral("The request log is not open");
        return false;
    }
    if (QThread::currentThread() != m_thread) {
        fail(QStringLiteral("RequestLogStore::%1 called from a thread other than the one that "
                            "opened it")
                 .arg(QLatin1String(operation)));
        return false;
    }
    return true;
}

qint64 RequestLogStore::insert(const HttpExchange &e)
{
    if (!usable("insert"))
        return 0;
    QStringList notes;
    if (!e.note.isEmpty())
        notes << e.note;
    const QByteArray requestBody = bounded(e.requestBody, "request", notes);
    const QByteArray responseBody = bounded(e.responseBody, "response", notes);

    auto attempt = [&](qint64 id) -> qint64 {
        // Its own transaction: once insert returns, the row is on disk even if the process is
        // killed the next moment.
        if (!m_db.transaction())
            return 0;
        // Prepared once per connection: compiling the statement costs as much as running it.
        if (!m_insert) {
            m_insert = std::make_unique<QSqlQuery>(m_db);
            m_insert->prepare(QStringLiteral(
                "INSERT INTO exchanges (id, run_id, correlation_id, step, profile, started_at, "
                "finished_at, method, url, status, duration_ms, request_headers, request_body, "
                "response_headers, response_body, error, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, "
                "?, ?, ?, ?, ?, ?, ?)"));
        }
        QSqlQuery &q = *m_insert;
        int column = 0;
        q.bindValue(column++, id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)));
        q.bindValue(column++, text(e.runId));
        q.bindValue(column++, text(e.correlationId));
        q.bindValue(column++, text(e.step));
        q.bindValue(column++, text(e.profileName));
        q.bindValue(column++, msecs(e.startedAt));
        q.bindValue(column++, msecs(e.finishedAt));
        q.bindValue(column++, text(QString::fromLatin1(e.method)));
        q.bindValue(column++, text(QString::fromUtf8(e.url.toEncoded())));
        q.bindValue(column++, e.status);
        q.bindValue(column++, e.durationMs());
        q.bindValue(column++, headersToJson(e.requestHeaders));
        q.bindValue(column++, requestBody.isNull() ? QByteArray("") : requestBody);
        q.bindValue(column++, headersToJson(e.responseHeaders));
        q.bindValue(column++, responseBody.isNull() ? QByteArray("") : responseBody);
        q.bindValue(column++, text(e.error));
        q.bindValue(column++, text(notes.join(QLatin1String("; "))));
        if (!q.exec()) {
            m_lastError = q.lastError().text();
            q.finish();
            m_db.rollback();
            return 0;
        }
        const qint64 rowId = q.lastInsertId().toLongLong();
        q.finish();
        if (!m_db.commit()) {
            m_lastError = m_db.lastError().text();
            m_db.rollback();
            return 0;
        }
        return rowId;
    };

    qint64 rowId = attempt(e.id);
    if (rowId == 0 && e.id > 0 && find(e.id).has_value())
        rowId = attempt(0); // the id was taken (another process shares the file)
    if (rowId == 0)
        fail(QStringLiteral("Cannot write to the request log: %1").arg(m_lastError));
    return rowId;
}

QList<HttpExchange> RequestLogStore::query(const LogQuery &filter) const
{
    if (!usable("query"))
        return {};
    QVariantList values;
    QString sql = QLatin1String(SelectColumns) + whereClause(filter, values, false);
    sql += filter.newestFirst ? QLatin1String(" ORDER BY started_at DESC, id DESC")
                              : QLatin1String(" ORDER BY started_at ASC, id ASC");
    sql += QStringLiteral(" LIMIT %1").arg(filter.limit > 0 ? filter.limit : -1);
    return select(sql, values);
}

QList<HttpExchange> RequestLogStore::select(const QString &sql, const QVariantList &values) const
{
    QList<HttpExchange> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        fail(QStringLiteral("Cannot read the request log: %1").arg(q.lastError().text()));
        return result;
    }
    while (q.next())
        result.append(fromRow(q));
    return result;
}

std::optional<HttpExchange> RequestLogStore::find(qint64 id) const
{
    if (!usable("find"))
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QLatin1String(SelectColumns) + QLatin1String(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

int RequestLogStore::count() const
{
    if (!usable("count"))
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM exchanges")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

qint64 RequestLogStore::maxId() const
{
    if (!usable("maxId"))
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(id) FROM exchanges")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

void RequestLogStore::clear()
{
    if (!usable("clear"))
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM exchanges")))
        fail(QStringLiteral("Cannot clear the request log: %1").arg(q.lastError().text()));
    // Fold the WAL back in and truncate it, so the deleted pages leave the -wal file too.
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QStringList RequestLogStore::correlationIds(int limit) const
{
    QStringList ids;
    if (!usable("correlationIds"))
        return ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT correlation_id, MAX(started_at) AS latest, MAX(id) AS last_id "
                             "FROM exchanges WHERE correlation_id <> '' GROUP BY correlation_id "
                             "ORDER BY latest DESC, last_id DESC LIMIT ?"));
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QString RequestLogStore::fullTextQuery(const QString &words)
{
    QStringList terms;
    const QStringList parts =
        words.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + part + QLatin1String("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QString RequestLogStore::whereClause(const LogQuery &filter, QVariantList &values,
                                     bool withCursor) const
{
    QStringList where;
    if (!filter.correlationId.isEmpty()) {
        where << QStringLiteral("correlation_id = ?");
        values << filter.correlationId;
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("started_at >= ?");
        values << filter.since.toMSecsSinceEpoch();
    }
    if (!filter.step.isEmpty()) {
        where << QStringLiteral("step = ?");
        values << filter.step;
    }
    switch (filter.statusClass) {
    case LogQuery::StatusClass::Any:
        break;
    case LogQuery::StatusClass::Failed:
        where << QStringLiteral("(status = 0 OR error <> '')");
        break;
    default: {
        const int first = 100 * int(filter.statusClass);
        where << QStringLiteral("status BETWEEN %1 AND %2").arg(first).arg(first + 99);
        break;
    }
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        if (m_hasFts && !filter.substring) {
            where << QStringLiteral(
                "id IN (SELECT rowid FROM exchanges_fts WHERE exchanges_fts MATCH ?)");
            values << fullTextQuery(text);
        } else {
            // Bodies are BLOBs: compare them as text so LIKE is case-insensitive for ASCII.
            QString pattern = text;
            pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('%'), QLatin1String("\\%"))
                .replace(QLatin1Char('_'), QLatin1String("\\_"));
            pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
            where << QStringLiteral(
                "(url LIKE ? ESCAPE '\\' OR CAST(request_body AS TEXT) LIKE ? "
                "ESCAPE '\\' OR CAST(response_body AS TEXT) LIKE ? ESCAPE '\\')");
            values << pattern << pattern << pattern;
        }
    }
    if (withCursor && filter.afterId > 0) {
        where << (filter.newestFirst ? QStringLiteral("id < ?") : QStringLiteral("id > ?"));
        values << filter.afterId;
    }
    return where.isEmpty() ? QString()
                           : QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
}

QList<HttpExchange> RequestLogStore::page(const LogQuery &filter) const
{
    if (!usable("page"))
        return {};
    QVariantList values;
    QString sql = QLatin1String(filter.summariesOnly ? SummaryColumns : SelectColumns) +
                  whereClause(filter, values, true);
    sql +=
        filter.newestFirst ? QLatin1String(" ORDER BY id DESC") : QLatin1String(" ORDER BY id ASC");
    sql += QStringLiteral(" LIMIT %1").arg(filter.limit > 0 ? filter.limit : -1);
    return select(sql, values);
}

qint64 RequestLogStore::count(const LogQuery &filter) const
{
    if (!usable("count"))
        return 0;
    QVariantList values;
    const QString sql =
        QLatin1String("SELECT COUNT(*) FROM exchanges") + whereClause(filter, values, false);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool RequestLogStore::visit(const LogQuery &filter,
                            const std::function<bool(const HttpExchange &)> &visitor) const
{
    if (!usable("visit"))
        return false;
    QVariantList values;
    QString sql = QLatin1String(SelectColumns) + whereClause(filter, values, true);
    sql +=
        filter.newestFirst ? QLatin1String(" ORDER BY id DESC") : QLatin1String(" ORDER BY id ASC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec()) {
        fail(QStringLiteral("Cannot read the request log: %1").arg(q.lastError().text()));
        return false;
    }
    while (q.next()) {
        if (!visitor(fromRow(q)))
            break;
    }
    return true;
}

qint64 RequestLogStore::applyRetention(const LogRetention &policy)
{
    if (!usable("applyRetention") || policy.isUnlimited())
        return 0;
    qint64 removed = 0;
    QSqlQuery q(m_db);
    if (!m_db.transaction())
        return 0;
    if (policy.maxAgeDays > 0) {
        q.prepare(QStringLiteral("DELETE FROM exchanges WHERE started_at < ?"));
        q.addBindValue(
            QDateTime::currentDateTimeUtc().addDays(-policy.maxAgeDays).toMSecsSinceEpoch());
        if (q.exec())
            removed += q.numRowsAffected();
    }
    if (policy.maxCount > 0) {
        // Ids grow with time: keep the newest maxCount rows.
        q.prepare(QStringLiteral("DELETE FROM exchanges WHERE id <= (SELECT id FROM exchanges "
                                 "ORDER BY id DESC LIMIT 1 OFFSET ?)"));
        q.addBindValue(policy.maxCount);
        if (q.exec())
            removed += q.numRowsAffected();
    }
    if (!m_db.commit()) {
        fail(QStringLiteral("Cannot apply the retention: %1").arg(m_db.lastError().text()));
        m_db.rollback();
        return 0;
    }
    return removed;
}

QStringList RequestLogStore::steps() const
{
    QStringList result;
    if (!usable("steps"))
        return result;
    QSqlQuery q(m_db);
    // DISTINCT over an index reads one entry per value group, fast on any size.
    if (q.exec(
            QStringLiteral("SELECT DISTINCT step FROM exchanges WHERE step <> '' ORDER BY step"))) {
        while (q.next())
            result << q.value(0).toString();
    }
    return result;
}

bool RequestLogStore::integrityOk() const
{
    if (!usable("integrityOk"))
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() &&
           q.value(0).toString() == QLatin1String("ok");
}

QString RequestLogStore::journalMode() const
{
    if (!usable("journalMode"))
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return {};
    return q.value(0).toString().toLower();
}

} // namespace nv
