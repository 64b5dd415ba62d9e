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

namespace nv {

Q_LOGGING_CATEGORY(lcRequestLog, "nv.log")

RequestLog::RequestLog(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath.isEmpty() ? defaultDatabasePath() : databasePath)
    , m_storeThread(QStringLiteral("nv-request-log"), QThread::LowPriority)
{
    // Opened on the worker: a Qt SQL connection belongs to the thread that opened it.
    m_storeThread.post([this, store = m_storeThread.store(), path = m_path] {
        if (!store->open(path)) {
            const QString message = store->lastError();
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT storageError(message); });
        }
    });
}

RequestLog::~RequestLog()
{
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
    {
        QMutexLocker lock(&m_mutex);
        redacted.id = nextId();
        HttpExchange copy = raw;
        copy.id = redacted.id;
        m_raw.insert(copy.id, copy);
        m_rawOrder.append(copy.id);
        while (m_rawOrder.size() > RawCopiesKept)
            m_raw.remove(m_rawOrder.takeFirst());
    }
    bool applyRetention = false;
    LogRetention policy;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_retention.isUnlimited() && ++m_recordsSinceRetention >= RetentionInterval) {
            m_recordsSinceRetention = 0;
            applyRetention = true;
            policy = m_retention;
        }
    }
    m_storeThread.post([this, store = m_storeThread.store(), redacted, applyRetention, policy] {
        if (!store->isOpen())
            return;
        if (store->insert(redacted) == 0) {
            const QString message = store->lastError();
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT storageError(message); });
        }
        if (applyRetention) {
            const qint64 removed = store->applyRetention(policy);
            if (removed > 0)
                QMetaObject::invokeMethod(this,
                                          [this, removed] { Q_EMIT retentionApplied(removed); });
        }
    });
    Q_EMIT recorded(redacted);
    return redacted.id;
}

void RequestLog::loadRecent(int limit)
{
    m_storeThread.post([this, store = m_storeThread.store(), limit] {
        LogQuery q;
        q.limit = limit;
        const QList<HttpExchange> rows = store->isOpen() ? store->query(q) : QList<HttpExchange>{};
        // Emitted on the owner's thread; dropped if the log is gone by then.
        QMetaObject::invokeMethod(this, [this, rows] { Q_EMIT loaded(rows); });
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
    m_storeThread.post([done] { done->release(); });
    return done->tryAcquire(1, ms);
}

} // namespace nv
