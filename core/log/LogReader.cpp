#include "LogReader.h"

#include "log/HarExporter.h"
#include "log/JsonLinesExporter.h"
#include "log/RequestLogStore.h"

#include <QAtomicInteger>
#include <QSaveFile>
#include <QSemaphore>
#include <QThread>

namespace nv {

LogReader::LogReader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_storeThread(QStringLiteral("nv-log-reader"))
{
    m_storeThread.post([this, store = m_storeThread.store(), path = m_path] {
        const bool ok = store->open(path);
        const QString error = store->lastError();
        const bool fts = store->hasFullTextIndex();
        QMetaObject::invokeMethod(this, [=, this] { Q_EMIT opened(ok, error, fts); });
    });
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

quint64 LogReader::fetchPage(const LogQuery &query)
{
    const quint64 ticket = nextTicket();
    m_storeThread.post([this, store = m_storeThread.store(), query, ticket] {
        const QList<HttpExchange> rows =
            store->isOpen() ? store->page(query) : QList<HttpExchange>{};
        QMetaObject::invokeMethod(this, [=, this] { Q_EMIT pageFetched(ticket, rows); });
    });
    return ticket;
}

quint64 LogReader::countRows(const LogQuery &query)
{
    const quint64 ticket = nextTicket();
    m_storeThread.post([this, store = m_storeThread.store(), query, ticket] {
        const qint64 n = store->isOpen() ? store->count(query) : 0;
        QMetaObject::invokeMethod(this, [=, this] { Q_EMIT rowsCounted(ticket, n); });
    });
    return ticket;
}

quint64 LogReader::fetchExchange(qint64 id)
{
    const quint64 ticket = nextTicket();
    m_storeThread.post([this, store = m_storeThread.store(), id, ticket] {
        const auto found = store->isOpen() ? store->find(id) : std::nullopt;
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
        const QStringList steps = store->isOpen() ? store->steps() : QStringList{};
        QMetaObject::invokeMethod(this, [=, this] { Q_EMIT stepsFetched(ticket, steps); });
    });
    return ticket;
}

quint64 LogReader::exportTo(const QString &path, Format format, const LogQuery &query,
                            const QList<qint64> &ids)
{
    const quint64 ticket = nextTicket();
    m_storeThread.post([this, store = m_storeThread.store(), path, format, query, ids, ticket] {
        QString error;
        qint64 count = 0;
        // QSaveFile: a failed or interrupted export never leaves half a file behind.
        QSaveFile file(path);
        if (!store->isOpen()) {
            error = QStringLiteral("The request log is not open");
        } else if (!file.open(QIODevice::WriteOnly)) {
            error = file.errorString();
        } else {
            HarExporter har(&file);
            JsonLinesExporter lines(&file);
            bool ok = format == Format::Har ? har.begin() : true;
            auto add = [&](const HttpExchange &e) {
                ok = ok && (format == Format::Har ? har.add(e) : lines.add(e));
                return ok;
            };
            if (ids.isEmpty()) {
                LogQuery all = query;
                all.newestFirst = false;
                all.limit = 0;
                all.afterId = 0;
                store->visit(all, add);
            } else {
                for (qint64 id : ids) {
                    if (const auto e = store->find(id))
                        add(*e);
                }
            }
            if (format == Format::Har)
                ok = ok && har.finish();
            count = format == Format::Har ? har.count() : lines.count();
            if (!ok || !file.commit())
                error = file.errorString();
        }
        QMetaObject::invokeMethod(this, [=, this] { Q_EMIT exported(ticket, count, error); });
    });
    return ticket;
}

bool LogReader::waitForIdle(int ms)
{
    auto done = std::make_shared<QSemaphore>();
    m_storeThread.post([done] { done->release(); });
    return done->tryAcquire(1, ms);
}

} // namespace nv
