#include "log/LogImport.h"
#include "log/LogReader.h"
#include "log/RequestLog.h"
#include "log/RequestLogStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nv;

namespace {

// A generated log: 120 runs of four steps with known statuses, words and times, kept in
// memory as well, so every query can be checked against a plain scan of the list.
struct GeneratedLog
{
    QList<HttpExchange> rows;

    void fill(RequestLogStore &store, int runs)
    {
        QRandomGenerator rng(42);
        qint64 clock = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        for (int run = 0; run < runs; ++run) {
            const QString correlation = QStringLiteral("corr-%1").arg(run, 4, 10, QLatin1Char('0'));
            const QStringList steps{QStringLiteral("authorize"), QStringLiteral("authorize"),
                                    QStringLiteral("token"), QStringLiteral("verify")};
            for (int s = 0; s < steps.size(); ++s) {
                HttpExchange e;
                e.correlationId = correlation;
                e.runId = QStringLiteral("run-%1").arg(run);
                e.step = steps.at(s);
                e.startedAt = QDateTime::fromMSecsSinceEpoch(clock, Qt::UTC);
                clock += 10 + rng.bounded(50);
                e.finishedAt = e.startedAt.addMSecs(rng.bounded(300));
                e.method = s < 2 ? "GET" : "POST";
                e.url = QUrl(
                    QStringLiteral("https://%1.example/%2")
                        .arg(run % 2 ? QStringLiteral("alpha") : QStringLiteral("beta"), e.step));
                if (s == 3 && run % 7 == 0) {
                    e.status = 0;
                    e.error = QStringLiteral("connection refused");
                } else if (s == 3 && run % 5 == 0) {
                    e.status = 400;
                    e.responseBody = "{\"code\":\"INVALID_ARGUMENT\",\"message\":\"bad phone\"}";
                } else if (s < 2) {
                    e.status = s == 0 ? 302 : 303;
                } else if (s == 3 && run % 11 == 0) {
                    e.status = 503;
                    e.responseBody = "Service Unavailable: maintenance window";
                } else {
                    e.status = 200;
                    e.responseBody = s == 3 ? "{\"devicePhoneNumberVerified\":true}"
                                            : "{\"token_type\":\"Bearer\"}";
                }
                e.requestBody = s == 3 ? QByteArray("{\"phoneNumber\":\"+3466600") +
                                             QByteArray::number(run) + "\"}"
                                       : QByteArray();
                e.id = store.insert(e);
                QVERIFY(e.id > 0);
                rows.prepend(e); // newest first, like the store's pages
            }
        }
    }

    QList<qint64> expected(const std::function<bool(const HttpExchange &)> &match) const
    {
        QList<qint64> ids;
        for (const HttpExchange &e : rows) {
            if (match(e))
                ids << e.id;
        }
        return ids;
    }
};

QList<qint64> allPages(RequestLogStore &store, LogQuery q, int pageSize)
{
    QList<qint64> ids;
    q.limit = pageSize;
    q.summariesOnly = true;
    for (;;) {
        const QList<HttpExchange> page = store.page(q);
        for (const HttpExchange &e : page)
            ids << e.id;
        if (page.size() < pageSize)
            return ids;
        q.afterId = page.last().id;
    }
}

bool contains(const HttpExchange &e, const QString &word)
{
    return QString::fromUtf8(e.url.toEncoded() + ' ' + e.requestBody + ' ' + e.responseBody)
        .contains(word, Qt::CaseInsensitive);
}

} // namespace

class TestLogQuery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    RequestLogStore m_store;
    GeneratedLog m_log;

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("generated.sqlite"))));
        QVERIFY(m_store.hasFullTextIndex()); // Debian's SQLite has FTS5
        m_log.fill(m_store, 120);
        QCOMPARE(m_store.count(), 480);
    }

    void keysetPagesCoverEveryRowOnce()
    {
        const QList<qint64> ids = allPages(m_store, LogQuery{}, 37);
        QCOMPARE(ids, m_log.expected([](const HttpExchange &) { return true; }));
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), ids.size());
        // Summaries leave headers and bodies out; find() has them.
        LogQuery q;
        q.limit = 1;
        q.summariesOnly = true;
        q.step = QStringLiteral("verify");
        const HttpExchange summary = m_store.page(q).first();
        QVERIFY(summary.requestBody.isEmpty());
        QVERIFY(!m_store.find(summary.id)->requestBody.isEmpty());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("correlation");
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("statusClass");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("substring");
        QTest::newRow("correlation") << "corr-0042"
                                     << "" << 0 << "" << false;
        QTest::newRow("step") << ""
                              << "token" << 0 << "" << false;
        QTest::newRow("2xx") << ""
                             << "" << int(LogQuery::StatusClass::Success) << "" << false;
        QTest::newRow("3xx") << ""
                             << "" << int(LogQuery::StatusClass::Redirect) << "" << false;
        QTest::newRow("4xx") << ""
                             << "" << int(LogQuery::StatusClass::ClientError) << "" << false;
        QTest::newRow("5xx") << ""
                             << "" << int(LogQuery::StatusClass::ServerError) << "" << false;
        QTest::newRow("failed") << ""
                                << "" << int(LogQuery::StatusClass::Failed) << "" << false;
        QTest::newRow("word") << ""
                              << "" << 0 << "INVALID_ARGUMENT" << false;
        QTest::newRow("word prefix") << ""
                                     << "" << 0 << "maint" << false;
        QTest::newRow("two words") << ""
                                   << "" << 0 << "alpha verify" << false;
        QTest::newRow("url word") << ""
                                  << "" << 0 << "beta" << false;
        QTest::newRow("phone") << ""
                               << "" << 0 << "3466600" << false;
        QTest::newRow("substring") << ""
                                   << "" << 0 << "VALID_ARG" << true;
        QTest::newRow("combined") << ""
                                  << "verify" << int(LogQuery::StatusClass::ClientError) << "bad"
                                  << false;
        QTest::newRow("quote in search") << ""
                                         << "" << 0 << "a\"b" << false;
        QTest::newRow("percent in substring") << ""
                                              << "" << 0 << "%" << true;
    }

    void filters()
    {
        QFETCH(QString, correlation);
        QFETCH(QString, step);
        QFETCH(int, statusClass);
        QFETCH(QString, text);
        QFETCH(bool, substring);
        LogQuery q;
        q.correlationId = correlation;
        q.step = step;
        q.statusClass = LogQuery::StatusClass(statusClass);
        q.text = text;
        q.substring = substring;
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QList<qint64> expected = m_log.expected([&](const HttpExchange &e) {
            if (!correlation.isEmpty() && e.correlationId != correlation)
                return false;
            if (!step.isEmpty() && e.step != step)
                return false;
            const auto cls = LogQuery::StatusClass(statusClass);
            if (cls == LogQuery::StatusClass::Failed && e.status != 0 && e.error.isEmpty())
                return false;
            if (cls != LogQuery::StatusClass::Any && cls != LogQuery::StatusClass::Failed &&
                e.status / 100 != statusClass)
                return false;
            for (const QString &word : words) {
                if (!contains(e, word))
                    return false;
            }
            return true;
        });
        const QList<qint64> got = allPages(m_store, q, 50);
        QCOMPARE(got, expected);
        QCOMPARE(m_store.count(q), qint64(expected.size()));
        if (correlation.isEmpty() && step.isEmpty() && text.isEmpty())
            QVERIFY(!expected.isEmpty() ||
                    statusClass == int(LogQuery::StatusClass::Informational));
    }

    void readerAnswersOffThread()
    {
        LogReader reader(m_store.path());
        QSignalSpy pages(&reader, &LogReader::pageFetched);
        LogQuery q;
        q.correlationId = QStringLiteral("corr-0007");
        const quint64 ticket = reader.fetchPage(q);
        QVERIFY(pages.wait(5000));
        QCOMPARE(pages.first().at(0).toULongLong(), ticket);
        QCOMPARE(pages.first().at(1).value<QList<HttpExchange>>().size(), 4);
        QSignalSpy steps(&reader, &LogReader::stepsFetched);
        reader.fetchSteps();
        QVERIFY(steps.wait(5000));
        QCOMPARE(steps.first().at(1).toStringList(), (QStringList{"authorize", "token", "verify"}));
    }

    void exportAndImportThroughTheReader()
    {
        LogReader reader(m_store.path());
        QSignalSpy exported(&reader, &LogReader::exported);
        LogQuery q;
        q.correlationId = QStringLiteral("corr-0010");
        const QString har = m_dir.filePath(QStringLiteral("corr-0010.har"));
        reader.exportTo(har, LogReader::Format::Har, q);
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.first().at(1).toLongLong(), 4);
        QVERIFY(exported.first().at(2).toString().isEmpty());
        const QString jsonl = m_dir.filePath(QStringLiteral("all.jsonl"));
        reader.exportTo(jsonl, LogReader::Format::JsonLines, LogQuery{});
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.at(1).at(1).toLongLong(), 480);

        for (const QString &source : {har, jsonl}) {
            const QString target = source + QLatin1String(".sqlite");
            QString error;
            const qint64 n = LogImport::toDatabase(source, target, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(n, source == har ? 4 : 480);
            RequestLogStore imported;
            QVERIFY(imported.open(target));
            LogQuery byRun;
            byRun.correlationId = QStringLiteral("corr-0010");
            QCOMPARE(imported.count(byRun), 4);
        }
    }

    void retention()
    {
        RequestLogStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("retention.sqlite"))));
        HttpExchange old;
        old.startedAt = QDateTime::currentDateTimeUtc().addDays(-40);
        old.correlationId = QStringLiteral("old");
        // Ids grow with time: the oldest row has the smallest id.
        QCOMPARE(store.insert(old), 1);
        GeneratedLog log;
        log.fill(store, 30); // 120 rows over the last hour
        QCOMPARE(store.applyRetention(LogRetention{30, 0}), 1);
        QCOMPARE(store.count(), 120);
        QCOMPARE(store.applyRetention(LogRetention{0, 100}), 20);
        QCOMPARE(store.count(), 100);
        // The newest 100 are the ones kept, and search no longer finds the deleted rows.
        QCOMPARE(allPages(store, LogQuery{}, 500),
                 log.expected([](const HttpExchange &) { return true; }).mid(0, 100));
        LogQuery search;
        search.text = QStringLiteral("corr");
        QCOMPARE(store.count(search), 0); // correlation ids are not part of the text index
        search.text = QStringLiteral("alpha");
        const auto kept = log.expected([](const HttpExchange &) { return true; }).mid(0, 100);
        qint64 alpha = 0;
        for (const HttpExchange &e : std::as_const(log.rows))
            alpha += kept.contains(e.id) && e.url.host().startsWith(QLatin1String("alpha"));
        QVERIFY(alpha > 0);
        QCOMPARE(store.count(search), alpha);
        QVERIFY(store.integrityOk());
        store.clear();
        QCOMPARE(store.count(), 0);
        search.text = QStringLiteral("alpha");
        QCOMPARE(store.count(search), 0);
    }

    void retentionSettingOnTheLogThread()
    {
        const QString path = m_dir.filePath(QStringLiteral("setting.sqlite"));
        RequestLog log(path);
        for (int n = 0; n < 30; ++n) {
            HttpExchange e;
            e.correlationId = QStringLiteral("r-%1").arg(n);
            e.startedAt = QDateTime::currentDateTimeUtc();
            log.record(e);
        }
        QSignalSpy applied(&log, &RequestLog::retentionApplied);
        RequestLog::saveRetention(LogRetention{0, 10});
        QCOMPARE(RequestLog::savedRetention(), (LogRetention{0, 10}));
        log.setRetention(RequestLog::savedRetention());
        QVERIFY(log.waitForIdle(5000));
        QTRY_COMPARE(applied.count(), 1);
        QCOMPARE(applied.first().at(0).toLongLong(), 20);
        LogReader reader(path);
        QSignalSpy counted(&reader, &LogReader::rowsCounted);
        reader.countRows(LogQuery{});
        QVERIFY(counted.wait(5000));
        QCOMPARE(counted.first().at(1).toLongLong(), 10);
        RequestLog::saveRetention(LogRetention{});
    }

    void schemaOneIsUpgraded()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE exchanges (id INTEGER PRIMARY KEY, run_id TEXT NOT NULL DEFAULT '', "
                "correlation_id TEXT NOT NULL DEFAULT '', step TEXT NOT NULL DEFAULT '', profile "
                "TEXT NOT NULL DEFAULT '', started_at INTEGER, finished_at INTEGER, method TEXT "
                "NOT "
                "NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL DEFAULT 0, "
                "duration_ms INTEGER NOT NULL DEFAULT 0, request_headers TEXT NOT NULL DEFAULT "
                "'[]', request_body BLOB, response_headers TEXT NOT NULL DEFAULT '[]', "
                "response_body BLOB, error TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT "
                "'')")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO exchanges (url, response_body, step) VALUES "
                                      "('https://x.example/verify', 'hello world', 'verify')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        RequestLogStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QVERIFY(store.hasFullTextIndex());
        LogQuery q;
        q.text = QStringLiteral("hello");
        QCOMPARE(store.count(q), 1); // rows written before the upgrade are indexed
        q.text.clear();
        q.step = QStringLiteral("verify");
        QCOMPARE(store.count(q), 1);
    }

    void fullTextQueryQuotesEveryWord()
    {
        QCOMPARE(RequestLogStore::fullTextQuery(QStringLiteral(" a  b\"c ")),
                 QStringLiteral("\"a\"* \"b\"\"c\"*"));
        QCOMPARE(RequestLogStore::fullTextQuery(QStringLiteral("NOT OR")),
                 QStringLiteral("\"NOT\"* \"OR\"*"));
    }
};

QTEST_GUILESS_MAIN(TestLogQuery)
#include "tst_logquery.moc"
