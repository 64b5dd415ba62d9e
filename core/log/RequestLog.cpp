#include "RequestLog.h"

#include "log/Redactor.h"
#include "log/RequestLogStore.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

namespace nv {

Q_LOGGING_CATEGORY(lcRequestLog, "nv.log")

namespace {

// What the person can do about a write that failed, by what SQLite said.
QString remedy(RequestLogStore::Problem problem, const QString &detail)
{
    using Problem = RequestLogStore::Problem;
    switch (problem) {
    case Problem::Full:
        return QStringLiteral("the disk is full (or the log reached its size limit). Free some "
                              "space or remove old exchanges (Log ▸ Retention, or Clear log); "
                              "exchanges are written again as soon as there is room");
    case Problem::ReadOnly:
        return QStringLiteral("the file or its folder is read-only. Make them writable, or start "
                              "with --log-db pointing to a writable place");
    case Problem::Busy:
        return QStringLiteral("another program keeps the log locked (another NV Console, nv-cli "
                              "or an sqlite3 shell). Close it; the next exchanges are written "
                              "again");
    case Problem::Corrupt:
        return QStringLiteral("the file is damaged and could not be moved aside (%1). Move it "
                              "away by hand; a new log starts with the next exchange")
            .arg(detail);
    case Problem::NewerSchema:
        return QStringLiteral("a newer version of NV Console wrote it. Use that version, or start "
                              "with --log-db pointing to another file");
    default:
        return QStringLiteral("%1. Check the disk and the file's permissions").arg(detail);
    }
}

QString problemText(const QString &path, qint64 lost, RequestLogStore::Problem problem,
                    const QString &detail)
{
    const QString what =
        lost > 0 ? QStringLiteral("%1 %2 of this session could not be written "
                                  "to the request log %3")
                       .arg(lost)
                       .arg(lost == 1 ? QStringLiteral("exchange") : QStringLiteral("exchanges"))
                       .arg(path)
                 : QStringLiteral("The request log %1 cannot be written").arg(path);
    const QString said = detail.isEmpty() || problem == RequestLogStore::Problem::Corrupt ||
                                 problem == RequestLogStore::Problem::Other
                             ? QString()
                             : QStringLiteral(" (%1)").arg(detail);
    return what + said + QLatin1String(": ") + remedy(problem, detail) + QLatin1Char('.');
}

} // namespace

RequestLog::RequestLog(const QString &databasePath, QObject *parent,
                       RequestLogStore::Check checkAtOpen)
    : QObject(parent)
    , m_path(databasePath.isEmpty() ? defaultDatabasePath() : databasePath)
    , m_checkAtOpen(checkAtOpen)
    , m_storeThread(QStringLiteral("nv-request-log"), QThread::LowPriority)
{
    // Opened on the worker: a Qt SQL connection belongs to the thread that opened it. The flush
    // timer is the worker's too: a timer is started and stopped on its own thread only.
    m_storeThread.post([this] {
        m_flushTimer = new QTimer;
        m_flushTimer->setSingleShot(true);
        m_flushTimer->setInterval(FlushDelayMs);
        QObject::connect(m_flushTimer, &QTimer::timeout, m_flushTimer, [this] { flushPending(); });
        openStore(0);
    });
}

RequestLog::~RequestLog()
{
    m_storeThread.post([this] {
        flushPending();
        delete m_flushTimer;
        m_flushTimer = nullptr;
    });
    m_storeThread.stop(); // drains pending jobs while this object is still whole
}

QString RequestLog::defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QLatin1String("/request-log.sqlite");
}

qint64 RequestLog::nextId()
{
    const qint64 timeBased =
        QDateTime::currentMSecsSinceEpoch() * 1000 + QRandomGenerator::global()->bounded(1000);
    m_lastId = std::max(m_lastId + 1, timeBased);
    return m_lastId;
}

qint64 RequestLog::record(const HttpExchange &raw, const QStringList &extraSecrets)
{
    HttpExchange redacted = Redactor::redacted(raw, extraSecrets);
    bool arm = false;
    bool full = false;
    {
        QMutexLocker lock(&m_mutex);
        redacted.id = nextId();
        HttpExchange copy = raw;
        copy.id = redacted.id;
        m_raw.insert(copy.id, copy);
        m_rawOrder.append(copy.id);
        while (m_rawOrder.size() > RawCopiesKept)
            m_raw.remove(m_rawOrder.takeFirst());
        m_pending.append(redacted);
        arm = !m_flushPosted;
        m_flushPosted = true;
        full = m_pending.size() == FlushAtCount;
    }
    // One flush for whatever has piled up within FlushDelayMs (see the class comment).
    if (arm)
        m_storeThread.post([this] { armFlush(); });
    if (full)
        m_storeThread.post([this] { flushPending(); });
    Q_EMIT recorded(redacted);
    return redacted.id;
}

bool RequestLog::openStore(qint64 pending)
{
    const std::shared_ptr<RequestLogStore> &store = m_storeThread.store();
    {
        QMutexLocker lock(&m_mutex);
        store->setSizeLimit(m_sizeLimit);
    }
    if (store->open(m_path, RequestLogStore::Access::ReadWrite, m_checkAtOpen))
        return true;
    if (store->lastProblem() == RequestLogStore::Problem::Corrupt)
        return replaceDamagedFile(pending);
    reportLost(pending, store->lastProblem(), store->lastErrorDetail());
    return false;
}

bool RequestLog::replaceDamagedFile(qint64 pending)
{
    const std::shared_ptr<RequestLogStore> &store = m_storeThread.store();
    const QString finding = store->lastError();
    store->close();
    QString error;
    const std::optional<QString> movedTo = RequestLogStore::moveAside(m_path, &error);
    if (!movedTo) {
        reportLost(pending, RequestLogStore::Problem::Corrupt,
                   finding + QLatin1String("; ") + error);
        return false;
    }
    const QString notice = RequestLogStore::movedAsideAdvice(m_path, *movedTo);
    qCWarning(lcRequestLog).noquote() << finding << notice;
    {
        QMutexLocker lock(&m_mutex);
        m_movedAside = notice;
    }
    QMetaObject::invokeMethod(this, [this, notice] { Q_EMIT movedAside(notice); });
    if (store->open(m_path))
        return true;
    reportLost(pending, store->lastProblem(), store->lastErrorDetail());
    return false;
}

void RequestLog::reportLost(qint64 count, RequestLogStore::Problem problem, const QString &detail)
{
    QString message;
    {
        QMutexLocker lock(&m_mutex);
        m_lost += count;
        message = problemText(m_path, m_lost, problem, detail);
        m_writeProblem = message;
    }
    qCWarning(lcRequestLog).noquote() << message;
    QMetaObject::invokeMethod(this, [this, message] { Q_EMIT writeFailed(message); });
}

void RequestLog::armFlush()
{
    if (m_flushTimer && !m_flushTimer->isActive())
        m_flushTimer->start();
}

void RequestLog::flushPending()
{
    if (m_flushTimer)
        m_flushTimer->stop();
    QList<HttpExchange> batch;
    bool applyRetention = false;
    LogRetention policy;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_flushPosted = false;
        m_recordsSinceRetention += int(batch.size());
        if (!m_retention.isUnlimited() && m_recordsSinceRetention >= RetentionInterval) {
            m_recordsSinceRetention = 0;
            applyRetention = true;
            policy = m_retention;
        }
    }
    if (batch.isEmpty())
        return;
    const std::shared_ptr<RequestLogStore> &store = m_storeThread.store();
    // A log that could not be opened is tried again: the lock or the disk may be free now.
    if (!store->isOpen() && !openStore(batch.size()))
        return;
    bool written = store->insert(batch).value(0) > 0;
    // Damage found while writing: the same remedy as at open, and the batch goes to the
    // fresh file.
    if (!written && store->lastProblem() == RequestLogStore::Problem::Corrupt) {
        if (!replaceDamagedFile(batch.size()))
            return;
        written = store->insert(batch).value(0) > 0;
    }
    if (written) {
        QMutexLocker lock(&m_mutex);
        ++m_transactions;
    } else {
        reportLost(batch.size(), store->lastProblem(), store->lastErrorDetail());
    }
    if (applyRetention) {
        const qint64 removed = store->applyRetention(policy);
        if (removed > 0)
            QMetaObject::invokeMethod(this, [this, removed] { Q_EMIT retentionApplied(removed); });
    }
}

void RequestLog::loadRecent(int limit)
{
    m_storeThread.post([this, store = m_storeThread.store(), limit] {
        flushPending(); // what was recorded before the question is part of the answer
        LogQuery q;
        q.limit = limit;
        const QList<HttpExchange> rows = store->isOpen() ? store->query(q) : QList<HttpExchange>{};
        const QString error = store->isOpen() ? store->lastError() : QString();
        // Emitted on the owner's thread; dropped if the log is gone by then.
        QMetaObject::invokeMethod(this, [this, rows, error] {
            if (!error.isEmpty())
                Q_EMIT readFailed(error);
            Q_EMIT loaded(rows);
        });
    });
}

std::optional<HttpExchange> RequestLog::revealed(qint64 id) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_raw.constFind(id);
    if (it == m_raw.cend())
        return std::nullopt;
    return *it;
}

void RequestLog::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_raw.clear();
        m_rawOrder.clear();
    }
    m_storeThread.post([this, store = m_storeThread.store()] {
        flushPending(); // written, then cleared with the rest, as if written at once
        if (store->isOpen())
            store->clear();
        QMetaObject::invokeMethod(this, [this] { Q_EMIT cleared(); });
    });
}

void RequestLog::setRetention(const LogRetention &policy)
{
    {
        QMutexLocker lock(&m_mutex);
        m_retention = policy;
        m_recordsSinceRetention = 0;
    }
    m_storeThread.post([this, store = m_storeThread.store(), policy] {
        flushPending();
        if (!store->isOpen())
            return;
        const qint64 removed = store->applyRetention(policy);
        if (removed > 0)
            QMetaObject::invokeMethod(this, [this, removed] { Q_EMIT retentionApplied(removed); });
    });
}

LogRetention RequestLog::retention() const
{
    QMutexLocker lock(&m_mutex);
    return m_retention;
}

void RequestLog::setSizeLimit(qint64 bytes)
{
    {
        QMutexLocker lock(&m_mutex);
        m_sizeLimit = bytes;
    }
    m_storeThread.post([this, store = m_storeThread.store(), bytes] {
        flushPending(); // recorded under the old limit
        store->setSizeLimit(bytes);
    });
}

QString RequestLog::writeProblem() const
{
    QMutexLocker lock(&m_mutex);
    return m_writeProblem;
}

void RequestLog::setFlushDelayMs(int ms)
{
    m_storeThread.post([this, ms] {
        if (m_flushTimer)
            m_flushTimer->setInterval(ms);
    });
}

qint64 RequestLog::writeTransactions() const
{
    QMutexLocker lock(&m_mutex);
    return m_transactions;
}

qint64 RequestLog::lostWrites() const
{
    QMutexLocker lock(&m_mutex);
    return m_lost;
}

QString RequestLog::movedAsideNotice() const
{
    QMutexLocker lock(&m_mutex);
    return m_movedAside;
}

LogRetention RequestLog::savedRetention()
{
    QSettings settings;
    LogRetention policy;
    policy.maxAgeDays = settings.value(QStringLiteral("log/maxAgeDays"), 0).toInt();
    policy.maxCount = settings.value(QStringLiteral("log/maxCount"), 0).toLongLong();
    return policy;
}

void RequestLog::saveRetention(const LogRetention &policy)
{
    QSettings settings;
    settings.setValue(QStringLiteral("log/maxAgeDays"), policy.maxAgeDays);
    settings.setValue(QStringLiteral("log/maxCount"), policy.maxCount);
}

bool RequestLog::waitForIdle(int ms)
{
    // Jobs run in order: once this one has run, everything queued before it has too.
    auto done = std::make_shared<QSemaphore>();
    m_storeThread.post([this, done] {
        flushPending(); // nothing waits for the flush timer
        done->release();
    });
    return done->tryAcquire(1, ms);
}

void RequestLog::whenWritten(std::function<void()> then)
{
    // Queued to this object, which outlives every job of its worker (the destructor drains
    // them), so the call can never reach a deleted log.
    m_storeThread.post([this, then = std::move(then)] {
        flushPending();
        QMetaObject::invokeMethod(this, then, Qt::QueuedConnection);
    });
}

} // namespace nv
