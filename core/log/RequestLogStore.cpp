#include "RequestLogStore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>
#include <QVariant>

namespace nv {

Q_LOGGING_CATEGORY(lcRequestLogStore, "nv.log.store")

namespace {

QAtomicInteger<quint64> connectionCounter;

// Another process (nv-cli next to the window) may hold the write lock for a moment.
const char *BusyTimeout = "QSQLITE_BUSY_TIMEOUT=5000";

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
    "status, request_headers, request_body, response_headers, response_body, error, note, "
    "transport FROM exchanges";

// The same columns with headers and bodies left out, for list pages.
const char *SummaryColumns =
    "SELECT id, run_id, correlation_id, step, profile, started_at, finished_at, method, url, "
    "status, '[]', NULL, '[]', NULL, error, note, transport "
    "FROM exchanges";

const char *InsertStatement =
    "INSERT INTO exchanges (id, run_id, correlation_id, step, profile, started_at, finished_at, "
    "method, url, status, duration_ms, request_headers, request_body, response_headers, "
    "response_body, error, note, transport) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// The proxy and TLS details of an exchange as one JSON object (schema version 4); '' when
// there is neither, as for the rows written before.
QString transportToJson(const HttpExchange &e)
{
    if (e.proxy.isEmpty() && e.tls.isEmpty() && e.tls.verification.isEmpty())
        return QStringLiteral("");
    QJsonObject o{{QStringLiteral("proxy"), e.proxy}};
    if (!e.tls.isEmpty() || !e.tls.verification.isEmpty())
        o.insert(QStringLiteral("tls"), e.tls.toJson());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void transportFromJson(const QString &text, HttpExchange *e)
{
    if (text.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    e->proxy = o.value(QStringLiteral("proxy")).toString();
    e->tls = TlsDetails::fromJson(o.value(QStringLiteral("tls")).toObject());
}

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
    transportFromJson(q.value(16).toString(), &e);
    return e;
}

// SQLite's primary result code (Qt reports extended codes).
int resultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

constexpr int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteCorrupt = 11,
              SqliteFull = 13, SqliteCantOpen = 14, SqliteConstraint = 19, SqliteAuth = 23,
              SqliteNotADatabase = 26;

// A path inside an SQLite URI: '?', '#' and '%' would end or escape it.
QString uriPath(const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/"));
}

QString shellQuoted(const QString &path)
{
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
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
    m_schemaVersion = 0;
    m_hasFts = false;
}

RequestLogStore::Problem RequestLogStore::problemOf(const QSqlError &error)
{
    switch (resultCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return Problem::Busy;
    case SqliteReadOnly:
    case SqliteCantOpen:
    case SqliteAuth:
        return Problem::ReadOnly;
    case SqliteFull:
        return Problem::Full;
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Problem::Corrupt;
    default:
        return Problem::Other;
    }
}

void RequestLogStore::fail(const QString &message, Problem problem) const
{
    m_lastError = message;
    m_problem = problem;
    qCWarning(lcRequestLogStore).noquote() << message;
}

void RequestLogStore::failWith(const QString &what, const QSqlError &error) const
{
    // SQLite's own words ("database disk image is malformed"), without Qt's wrapper text.
    m_detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    fail(QStringLiteral("%1 %2: %3").arg(what, m_path, m_detail), problemOf(error));
}

bool RequestLogStore::ok() const
{
    m_lastError.clear();
    m_problem = Problem::None;
    return true;
}

bool RequestLogStore::openConnection(const QString &connectOptions, const QString &databaseName)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(databaseName);
    m_db.setConnectOptions(connectOptions);
    m_thread = QThread::currentThread();
    if (!m_db.open()) {
        failWith(QStringLiteral("Cannot open the request log"), m_db.lastError());
        close();
        return false;
    }
    return true;
}

bool RequestLogStore::open(const QString &path, Access access, Check check)
{
    close();
    m_path = path;
    m_access = access;
    return access == Access::ReadOnly ? openReadOnly(check) : openReadWrite(check);
}

QString RequestLogStore::quickCheck() const
{
    m_problem = Problem::None;
    QStringList findings;
    const bool read = forEachRow(QStringLiteral("PRAGMA quick_check"), {}, [&](const QSqlQuery &q) {
        findings << q.value(0).toString();
        return findings.size() < 5;
    });
    if (!read)
        return m_detail;
    if (findings == QStringList{QStringLiteral("ok")})
        return {};
    return findings.join(QLatin1String("; "));
}

bool RequestLogStore::passesQuickCheck()
{
    const QString findings = quickCheck();
    if (findings.isEmpty())
        return true;
    // A lock held by another program is not damage; an unreadable page or wrong findings are.
    const Problem problem =
        m_problem == Problem::None || m_problem == Problem::Other ? Problem::Corrupt : m_problem;
    fail(QStringLiteral("The request log %1 is damaged: %2").arg(m_path, findings), problem);
    close();
    return false;
}

bool RequestLogStore::openReadWrite(Check check)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        fail(QStringLiteral("Cannot create the folder %1").arg(info.absolutePath()),
             Problem::ReadOnly);
        return false;
    }
    if (!openConnection(QLatin1String(BusyTimeout), m_path))
        return false;
    if (check == Check::Quick && !passesQuickCheck())
        return false;
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
    applySizeLimit();
    return ok();
}

bool RequestLogStore::openReadOnly(Check check)
{
    if (!QFileInfo::exists(m_path)) {
        fail(QStringLiteral("No request log at %1").arg(m_path), Problem::Missing);
        return false;
    }
    const QString options = QLatin1String(BusyTimeout) + QLatin1String(";QSQLITE_OPEN_READONLY");
    if (!openConnection(options, m_path))
        return false;
    if (!readSchema() && m_problem != Problem::Corrupt && m_problem != Problem::NewerSchema) {
        // A WAL file needs its -shm index, which a reader cannot create in a read-only folder
        // or on a full disk. With no writer there (none could write), the file is complete
        // as it is: read it as immutable.
        close();
        const QString uri = QStringLiteral("file:%1?immutable=1").arg(uriPath(m_path));
        if (!openConnection(options + QLatin1String(";QSQLITE_OPEN_URI"), uri) || !readSchema()) {
            close();
            return false;
        }
    }
    if (m_problem != Problem::None) {
        close();
        return false;
    }
    if (check == Check::Quick && !passesQuickCheck())
        return false;
    return ok();
}

// Reads the schema version and what the file has; false with the problem set otherwise.
bool RequestLogStore::readSchema()
{
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return false;
    m_schemaVersion = version->toInt();
    if (m_schemaVersion > SchemaVersion) {
        fail(QStringLiteral("The request log %1 was written by a newer version of NV Console "
                            "(schema %2, this version knows %3)")
                 .arg(m_path)
                 .arg(m_schemaVersion)
                 .arg(SchemaVersion),
             Problem::NewerSchema);
        return false;
    }
    const auto fts =
        scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'exchanges_fts'"));
    if (!fts)
        return false;
    m_hasFts = fts->toInt() > 0;
    return ok();
}

bool RequestLogStore::migrate()
{
    QSqlQuery q(m_db);
    // Two connections may open a new file at once (the window's writer and another process):
    // the write lock is taken before the version is read, so only one of them migrates.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        failWith(QStringLiteral("Cannot lock the request log"), q.lastError());
        return false;
    }
    if (!readSchema()) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (m_schemaVersion == SchemaVersion) {
        q.exec(QStringLiteral("ROLLBACK"));
        return true;
    }
    if (!migrateLocked(m_schemaVersion)) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        failWith(QStringLiteral("Cannot upgrade the request log"), q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return readSchema();
}

namespace {

QStringList schemaOne()
{
    return {QStringLiteral("CREATE TABLE exchanges ("
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
                           "note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX exchanges_correlation_id ON exchanges(correlation_id)"),
            QStringLiteral("CREATE INDEX exchanges_started_at ON exchanges(started_at)")};
}

// Version 2: the filters of the log view (step, status class) get indexes; a row's rowid is
// part of every index, so "step = ? ORDER BY id DESC" needs no sort.
QStringList schemaTwo(bool fullTextAvailable)
{
    QStringList steps{QStringLiteral("CREATE INDEX exchanges_step ON exchanges(step)"),
                      QStringLiteral("CREATE INDEX exchanges_status ON exchanges(status)")};
    if (!fullTextAvailable)
        return steps;
    // External-content full-text index over the URL and both bodies: the text is stored once
    // (in exchanges), the index holds tokens only, kept in step inside the writer's
    // transaction, so a committed row is searchable (by triggers here; version 3 indexes
    // inserts in batches instead, see migrateLocked).
    return steps
           << QStringLiteral("CREATE VIRTUAL TABLE exchanges_fts USING fts5(url, request_body, "
                             "response_body, content='exchanges', content_rowid='id')")
           << QStringLiteral("CREATE TRIGGER exchanges_fts_insert AFTER INSERT ON exchanges BEGIN "
                             "INSERT INTO exchanges_fts(rowid, url, request_body, response_body) "
                             "VALUES (new.id, new.url, new.request_body, new.response_body); END")
           << QStringLiteral("CREATE TRIGGER exchanges_fts_delete AFTER DELETE ON exchanges BEGIN "
                             "INSERT INTO exchanges_fts(exchanges_fts, rowid, url, request_body, "
                             "response_body) VALUES ('delete', old.id, old.url, old.request_body, "
                             "old.response_body); END")
           << QStringLiteral("INSERT INTO exchanges_fts(exchanges_fts) VALUES ('rebuild')");
}

} // namespace

// One step per schema version, each in the same transaction as its version bump, so an
// interrupted upgrade leaves the previous version intact.
bool RequestLogStore::migrateLocked(int version)
{
    // Debian's SQLite has FTS5; a build without it still works, text search then scans.
    bool fullText = false;
    forEachRow(QStringLiteral("PRAGMA compile_options"), {}, [&](const QSqlQuery &q) {
        fullText = q.value(0).toString() == QLatin1String("ENABLE_FTS5");
        return !fullText;
    });
    QStringList steps;
    if (version < 1)
        steps << schemaOne();
    if (version < 2)
        steps << schemaTwo(fullText);
    // Version 3: the writer indexes the text of a batch in one statement instead of a trigger
    // per row. FTS5 flushes its pending terms at every statement savepoint, so a trigger made
    // one index segment per row and the merges dominated the cost of writing.
    if (version < 3)
        steps << QStringLiteral("DROP TRIGGER IF EXISTS exchanges_fts_insert");
    // Version 4: the proxy and TLS details of each exchange.
    if (version < 4)
        steps << QStringLiteral("ALTER TABLE exchanges ADD COLUMN transport TEXT NOT NULL "
                                "DEFAULT ''");
    steps << QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion);
    QSqlQuery q(m_db);
    for (const QString &statement : std::as_const(steps)) {
        if (!q.exec(statement)) {
            failWith(QStringLiteral("Cannot upgrade the request log"), q.lastError());
            return false;
        }
    }
    return true;
}

void RequestLogStore::setSizeLimit(qint64 bytes)
{
    m_sizeLimit = bytes;
    if (isOpen() && isWritable())
        applySizeLimit();
}

void RequestLogStore::applySizeLimit()
{
    const auto pageSize = scalar(QStringLiteral("PRAGMA page_size"));
    if (!pageSize || pageSize->toLongLong() <= 0)
        return;
    // SQLite's own ceiling when there is no limit.
    const qint64 pages =
        m_sizeLimit > 0 ? std::max<qint64>(1, m_sizeLimit / pageSize->toLongLong()) : 0xfffffffeLL;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

bool RequestLogStore::usable(const char *operation) const
{
    if (!m_db.isOpen()) {
        m_lastError = QStringLiteral("The request log is not open");
        m_problem = Problem::Other;
        return false;
    }
    if (QThread::currentThread() != m_thread) {
        fail(QStringLiteral("RequestLogStore::%1 called from a thread other than the one that "
                            "opened it")
                 .arg(QLatin1String(operation)));
        return false;
    }
    ok();
    // A file no writer has set up yet holds no exchanges: nothing to read, nothing wrong.
    return m_schemaVersion > 0;
}

bool RequestLogStore::writable(const char *operation)
{
    if (!usable(operation))
        return false;
    if (!isWritable()) {
        fail(QStringLiteral("The request log %1 was opened for reading only").arg(m_path),
             Problem::ReadOnly);
        return false;
    }
    return true;
}

qint64 RequestLogStore::insertRow(const HttpExchange &e, qint64 id, QSqlError *error)
{
    QStringList notes;
    if (!e.note.isEmpty())
        notes << e.note;
    const QByteArray requestBody = bounded(e.requestBody, "request", notes);
    const QByteArray responseBody = bounded(e.responseBody, "response", notes);
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
    q.bindValue(column++, transportToJson(e));
    const bool done = q.exec();
    const qint64 rowId = done ? q.lastInsertId().toLongLong() : 0;
    *error = q.lastError();
    q.finish();
    return rowId;
}

qint64 RequestLogStore::insert(const HttpExchange &exchange)
{
    return insert(QList<HttpExchange>{exchange}).value(0);
}

QList<qint64> RequestLogStore::insert(const QList<HttpExchange> &exchanges)
{
    QList<qint64> ids(exchanges.size(), 0);
    if (!writable("insert") || exchanges.isEmpty())
        return ids;
    // Prepared once per connection: compiling the statement costs as much as running it.
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db);
        if (!m_insert->prepare(QLatin1String(InsertStatement))) {
            failWith(QStringLiteral("Cannot write to the request log"), m_insert->lastError());
            m_insert.reset();
            return ids;
        }
    }
    // One transaction: once it commits, every row is on disk even if the process is killed
    // the next moment.
    if (!m_db.transaction()) {
        failWith(QStringLiteral("Cannot write to the request log"), m_db.lastError());
        return ids;
    }
    QSqlError error;
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        const HttpExchange &e = exchanges.at(i);
        ids[i] = insertRow(e, e.id, &error);
        // The id was taken (another process shares the file): the failed statement was
        // undone on its own, the transaction goes on with a fresh id.
        if (ids[i] == 0 && e.id > 0 && resultCode(error) == SqliteConstraint)
            ids[i] = insertRow(e, 0, &error);
        if (ids[i] == 0) {
            failWith(QStringLiteral("Cannot write to the request log"), error);
            m_db.rollback();
            return QList<qint64>(exchanges.size(), 0);
        }
    }
    if (m_hasFts && !indexText(ids)) {
        m_db.rollback();
        return QList<qint64>(exchanges.size(), 0);
    }
    if (!m_db.commit()) {
        failWith(QStringLiteral("Cannot write to the request log"), m_db.lastError());
        m_db.rollback();
        return QList<qint64>(exchanges.size(), 0);
    }
    ok();
    return ids;
}

// The batch's URL and bodies into the full-text index, in the batch's transaction: committed
// rows are searchable, and one statement means one flush of the index for the whole batch.
bool RequestLogStore::indexText(const QList<qint64> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list << QString::number(id); // our own integers: nothing to quote
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("INSERT INTO exchanges_fts(rowid, url, request_body, response_body) "
                               "SELECT id, url, request_body, response_body FROM exchanges "
                               "WHERE id IN (%1)")
                    .arg(list.join(QLatin1Char(','))))) {
        failWith(QStringLiteral("Cannot write to the request log"), q.lastError());
        return false;
    }
    return true;
}

bool RequestLogStore::forEachRow(const QString &sql, const QVariantList &values,
                                 const std::function<bool(const QSqlQuery &)> &row) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        failWith(QStringLiteral("Cannot read the request log"), q.lastError());
        return false;
    }
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec()) {
        failWith(QStringLiteral("Cannot read the request log"), q.lastError());
        return false;
    }
    while (q.next()) {
        if (!row(q))
            return true;
    }
    // next() is false at the end and on an error alike: a damaged page must not pass for
    // the end of the log.
    if (q.lastError().isValid()) {
        failWith(QStringLiteral("Cannot read the request log"), q.lastError());
        return false;
    }
    return true;
}

std::optional<QVariant> RequestLogStore::scalar(const QString &sql,
                                                const QVariantList &values) const
{
    std::optional<QVariant> value;
    if (!forEachRow(sql, values, [&](const QSqlQuery &q) {
            value = q.value(0);
            return false;
        }))
        return std::nullopt;
    return value.value_or(QVariant());
}

QList<HttpExchange> RequestLogStore::select(const QString &sql, const QVariantList &values) const
{
    QList<HttpExchange> result;
    if (!forEachRow(sql, values, [&](const QSqlQuery &q) {
            result.append(fromRow(q));
            return true;
        }))
        return {};
    return result;
}

QList<HttpExchange> RequestLogStore::query(const LogQuery &filter) const
{
    if (!usable("query"))
        return {};
    QVariantList values;
    QString sql = QLatin1String(SelectColumns) + filter.sqlWhere(&values, m_hasFts, false);
    sql += filter.newestFirst ? QLatin1String(" ORDER BY started_at DESC, id DESC")
                              : QLatin1String(" ORDER BY started_at ASC, id ASC");
    sql += QStringLiteral(" LIMIT %1").arg(filter.limit > 0 ? filter.limit : -1);
    return select(sql, values);
}

std::optional<HttpExchange> RequestLogStore::find(qint64 id) const
{
    if (!usable("find"))
        return std::nullopt;
    const QList<HttpExchange> rows =
        select(QLatin1String(SelectColumns) + QLatin1String(" WHERE id = ?"), {id});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

int RequestLogStore::count() const
{
    if (!usable("count"))
        return 0;
    return scalar(QStringLiteral("SELECT COUNT(*) FROM exchanges")).value_or(0).toInt();
}

qint64 RequestLogStore::maxId() const
{
    if (!usable("maxId"))
        return 0;
    return scalar(QStringLiteral("SELECT MAX(id) FROM exchanges")).value_or(0).toLongLong();
}

void RequestLogStore::clear()
{
    if (!writable("clear"))
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM exchanges"))) {
        failWith(QStringLiteral("Cannot clear the request log"), q.lastError());
        return;
    }
    // Fold the WAL back in and truncate it, so the deleted pages leave the -wal file too.
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QStringList RequestLogStore::correlationIds(int limit) const
{
    QStringList ids;
    if (!usable("correlationIds"))
        return ids;
    forEachRow(QStringLiteral("SELECT correlation_id, MAX(started_at) AS latest, MAX(id) AS "
                              "last_id FROM exchanges WHERE correlation_id <> '' GROUP BY "
                              "correlation_id ORDER BY latest DESC, last_id DESC LIMIT ?"),
               {limit > 0 ? limit : -1}, [&](const QSqlQuery &q) {
                   ids << q.value(0).toString();
                   return true;
               });
    return ids;
}

QList<HttpExchange> RequestLogStore::page(const LogQuery &filter) const
{
    if (!usable("page"))
        return {};
    QVariantList values;
    QString sql = QLatin1String(filter.summariesOnly ? SummaryColumns : SelectColumns) +
                  filter.sqlWhere(&values, m_hasFts, true);
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
        QLatin1String("SELECT COUNT(*) FROM exchanges") + filter.sqlWhere(&values, m_hasFts, false);
    return scalar(sql, values).value_or(0).toLongLong();
}

bool RequestLogStore::visit(const LogQuery &filter,
                            const std::function<bool(const HttpExchange &)> &visitor) const
{
    if (!usable("visit"))
        return m_lastError.isEmpty();
    QVariantList values;
    QString sql = QLatin1String(SelectColumns) + filter.sqlWhere(&values, m_hasFts, true);
    sql +=
        filter.newestFirst ? QLatin1String(" ORDER BY id DESC") : QLatin1String(" ORDER BY id ASC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    return forEachRow(sql, values, [&](const QSqlQuery &q) { return visitor(fromRow(q)); });
}

qint64 RequestLogStore::applyRetention(const LogRetention &policy)
{
    if (!writable("applyRetention") || policy.isUnlimited())
        return 0;
    qint64 removed = 0;
    if (!m_db.transaction()) {
        failWith(QStringLiteral("Cannot apply the retention to"), m_db.lastError());
        return 0;
    }
    QSqlQuery q(m_db);
    bool done = true;
    if (policy.maxAgeDays > 0) {
        q.prepare(QStringLiteral("DELETE FROM exchanges WHERE started_at < ?"));
        q.addBindValue(
            QDateTime::currentDateTimeUtc().addDays(-policy.maxAgeDays).toMSecsSinceEpoch());
        done = q.exec();
        removed += done ? q.numRowsAffected() : 0;
    }
    if (done && policy.maxCount > 0) {
        // Ids grow with time: keep the newest maxCount rows.
        q.prepare(QStringLiteral("DELETE FROM exchanges WHERE id <= (SELECT id FROM exchanges "
                                 "ORDER BY id DESC LIMIT 1 OFFSET ?)"));
        q.addBindValue(policy.maxCount);
        done = q.exec();
        removed += done ? q.numRowsAffected() : 0;
    }
    if (!done || !m_db.commit()) {
        failWith(QStringLiteral("Cannot apply the retention to"),
                 done ? m_db.lastError() : q.lastError());
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
    // DISTINCT over an index reads one entry per value group, fast on any size.
    forEachRow(QStringLiteral("SELECT DISTINCT step FROM exchanges WHERE step <> '' ORDER BY step"),
               {}, [&](const QSqlQuery &q) {
                   result << q.value(0).toString();
                   return true;
               });
    return result;
}

bool RequestLogStore::integrityOk() const
{
    if (!usable("integrityOk"))
        return false;
    return scalar(QStringLiteral("PRAGMA integrity_check")).value_or(QVariant()).toString() ==
           QLatin1String("ok");
}

QString RequestLogStore::journalMode() const
{
    if (!usable("journalMode"))
        return {};
    return scalar(QStringLiteral("PRAGMA journal_mode")).value_or(QVariant()).toString().toLower();
}

std::optional<QString> RequestLogStore::moveAside(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target;
    for (int n = 1; target.isEmpty() || QFileInfo::exists(target); ++n) {
        target = info.dir().filePath(
            QStringLiteral("%1.damaged-%2%3%4")
                .arg(info.completeBaseName(), stamp,
                     n > 1 ? QStringLiteral("-%1").arg(n) : QString(),
                     info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix()));
    }
    if (!QFile::rename(path, target)) {
        if (error)
            *error = QStringLiteral("Cannot move %1 aside to %2").arg(path, target);
        return std::nullopt;
    }
    // The -wal file holds the latest commits: it goes with the file, under the name SQLite
    // looks for. The -shm index is rebuilt from it.
    QFile::rename(path + QLatin1String("-wal"), target + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));
    QFile::remove(path + QLatin1String("-journal"));
    return target;
}

QString RequestLogStore::recoveredPath(const QString &damaged)
{
    const QFileInfo info(damaged);
    return info.dir().filePath(info.completeBaseName() + QLatin1String(".recovered.sqlite"));
}

QString RequestLogStore::recoverCommand(const QString &damaged)
{
    return QStringLiteral("sqlite3 %1 .recover | sqlite3 %2")
        .arg(shellQuoted(damaged), shellQuoted(recoveredPath(damaged)));
}

QString RequestLogStore::movedAsideAdvice(const QString &path, const QString &movedTo)
{
    return QStringLiteral("The request log was damaged. It was moved to %1 and a new, empty log "
                          "was started at %2. To get back what can still be read, run: %3 and "
                          "read it with nv-cli log list --log-db %4.")
        .arg(movedTo, path, recoverCommand(movedTo), shellQuoted(recoveredPath(movedTo)));
}

} // namespace nv
