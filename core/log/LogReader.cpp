#include "LogReader.h"

#include "log/HarExporter.h"
#include "log/JsonLinesExporter.h"
#include "log/RequestLogStore.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSaveFile>
#include <QSemaphore>
#include <QThread>

namespace nv {

LogReader::LogReader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_storeThread(QStringLiteral("nv-log-reader"))
{
    m_storeThread.post([this] { ready(0); });
}

LogReader::~LogReader()
{
    m_storeThread.stop(); // drains pending jobs while this object is still whole
}

quint64 LogReader::nextTicket()
{
    // Unique across readers, so a view that switches files cannot mistake an old answer.
    static QAtomicInteger<quint64> counter;
    return m_lastTicket = ++counter;
}

LogReader::Format LogReader::formatForPath(const QString &path)
{
    return path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive) ||
                   path.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive)
               ? Format::JsonLines
               : Format::Har;
}

bool LogReader::ready(quint64 ticket)
{
    const std::shared_ptr<RequestLogStore> &store = m_storeThread.store();
    // A file whose writer has not set it up yet is looked at again on the next request.
    if (store->isOpen() && store->schemaVersion() > 0)
        return true;
    if (!QFileInfo::exists(m_path))
        return false; // no log yet: empty, nothing wrong
    // No quick_check here: the view must open at once on any size, and the writer checks the
    // file when it opens it; each read below checks its own errors.
    const bool ok =
        store->open(m_path, RequestLogStore::Access::ReadOnly, RequestLogStore::Check::None);
    const QString error = store->lastError();
    const bool fts = store->hasFullTextIndex();
    QMetaObject::invokeMethod(this, [=, this] {
        Q_EMIT opened(ok, error, fts);
        if (!ok && ticket != 0)
            Q_EMIT readFailed(ticket, error);
    });
    return ok;
}

void LogReader::reportIfFailed(quint64 ticket)
{
    const QString error = m_storeThread.store()->lastError();
    if (!error.isEmpty())
        QMetaObject::invokeMethod(this, [=, this] { Q_EMIT readFailed(ticket, error); });
}

quint64 LogReader::fetchPage(const LogQuery &query)
{
    const quint64 ticket = nextTicket();
    m_storeThread.post([this, store = m_storeThread.store(), query, ticket] {
        QList<HttpExchange> rows;
        if (ready(ticket)) {
            rows = store->page(query);
            reportIfFailed(ticket);
        }
        QMetaObject::invokeMethod(this, [=, this] { Q_EMIT pageFetched(ticket, rows); });
    });
    return ticket;
}

quint64 LogReader::countRows(const LogQuery &query)
{
    const quint64 ticket = nextTicket();
    m_storeThread.post([this, store = m_storeThread.store(), query, ticket] {
        qint64 n = 0;
        if (ready(ticket)) {
            n = store->count(query);
            reportIfFailed(ticket);
        }
        QMetaObject::invokeMethod(this, [=, this] { Q_EMIT rowsCounted(ticket, n); });
    });
    return ticket;
}

quint64 LogReader::fetchExchange(qint64 id)
{
    const quint64 ticket = nextTicket();
    m_storeThread.post([this, store = m_storeThread.store(), id, ticket] {
        std::optional<HttpExchange> found;
        if (ready(ticket)) {
            found = store->find(id);
            reportIfFailed(ticket);
        }
        const HttpExchange e = found.value_or(HttpExchange{});
        const bool ok = found.has_value();
        QMetaObject::invokeMethod(this, [=, this] { Q_EMIT exchangeFetched(ticket, e, ok); });
    });
    return ticket;
}

quint64 LogReader::fetchSteps()
{
    const quint64 ticket = nextTicket();
    m_storeThread.post([this, store = m_storeThread.store(), ticket] {
        QStringList steps;
        if (ready(ticket)) {
            steps = store->steps();
            reportIfFailed(ticket);
        }
        QMetaObject::invokeMethod(this, [=, this] { Q_EMIT stepsFetched(ticket, steps); });
    });
    return ticket;
}

QString LogReader::exportOnWorker(const QString &path, Format format, const LogQuery &query,
                                  const QList<qint64> &ids, qint64 *count)
{
    const std::shared_ptr<RequestLogStore> &store = m_storeThread.store();
    // QSaveFile: a failed or interrupted export never leaves half a file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    HarExporter har(&file);
    JsonLinesExporter lines(&file);
    bool written = format == Format::Har ? har.begin() : true;
    auto add = [&](const HttpExchange &e) {
        written = written && (format == Format::Har ? har.add(e) : lines.add(e));
        return written;
    };
    bool read = true;
    if (ids.isEmpty()) {
        LogQuery all = query;
        all.newestFirst = false;
        all.limit = 0;
        all.afterId = 0;
        read = store->visit(all, add);
    } else {
        for (qsizetype i = 0; read && i < ids.size(); ++i) {
            const auto e = store->find(ids.at(i));
            read = store->lastError().isEmpty();
            if (e)
                add(*e);
        }
    }
    if (format == Format::Har)
        written = written && har.finish();
    *count = format == Format::Har ? har.count() : lines.count();
    if (!read) {
        file.cancelWriting();
        return store->lastError();
    }
    if (!written || !file.commit())
        return file.errorString();
    return {};
}

quint64 LogReader::exportTo(const QString &path, Format format, const LogQuery &query,
                            const QList<qint64> &ids)
{
    const quint64 ticket = nextTicket();
    m_storeThread.post([this, path, format, query, ids, ticket] {
        qint64 count = 0;
        QString error;
        if (!ready(ticket))
            error = QFileInfo::exists(m_path) ? m_storeThread.store()->lastError()
                                              : QStringLiteral("No request log at %1").arg(m_path);
        if (error.isEmpty())
            error = exportOnWorker(path, format, query, ids, &count);
        QMetaObject::invokeMethod(this, [=, this] { Q_EMIT exported(ticket, count, error); });
    });
    return ticket;
}

void LogReader::reopen()
{
    m_storeThread.post([store = m_storeThread.store()] { store->close(); });
}

bool LogReader::waitForIdle(int ms)
{
    auto done = std::make_shared<QSemaphore>();
    m_storeThread.post([done] { done->release(); });
    return done->tryAcquire(1, ms);
}

} // namespace nv
