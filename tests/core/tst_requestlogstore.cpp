#include "log/RequestLogStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using nv::HttpExchange;
using nv::LogQuery;
using nv::RequestLogStore;

namespace {

const QDateTime Base = QDateTime::fromMSecsSinceEpoch(1767225600000, Qt::UTC); // 2026-01-01

HttpExchange sample(int n, const QString &correlationId = QStringLiteral("corr-a"))
{
    HttpExchange e;
    e.runId = QStringLiteral("run-%1").arg(n);
    e.correlationId = correlationId;
    e.step = nv::Step::Verify;
    e.profileName = QStringLiteral("Profile ü");
    e.startedAt = Base.addSecs(n);
    e.finishedAt = e.startedAt.addMSecs(123);
    e.method = "POST";
    e.url = QUrl(QStringLiteral("https://api.invalid/verify?x=%C3%A9&n=%1").arg(n));
    e.requestHeaders = {{"Content-Type", "application/json"},
                        {"x-correlation-id", correlationId.toLatin1()},
                        {"X-Dup", "1"},
                        {"X-Dup", "2"},
                        {"X-Bytes", QByteArray("\xe9\xff", 2)}};
    e.requestBody = QByteArray("{\"phoneNumber\":\"+34666666666\"}\0binary", 37);
    e.status = 200;
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = "{\"devicePhoneNumberVerified\":true}";
    e.error = QStringLiteral("none ✓");
    e.note = QStringLiteral("note %1").arg(n);
    return e;
}

} // namespace

class TestRequestLogStore : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void roundTripEveryField()
    {
        RequestLogStore store;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("a/log.sqlite"))),
                 qPrintable(store.lastError()));
        const HttpExchange in = sample(1);
        const qint64 id = store.insert(in);
        QVERIFY(id > 0);
        const auto out = store.find(id);
        QVERIFY(out.has_value());
        QCOMPARE(out->id, id);
        QCOMPARE(out->runId, in.runId);
        QCOMPARE(out->correlationId, in.correlationId);
        QCOMPARE(out->step, in.step);
        QCOMPARE(out->profileName, in.profileName);
        QCOMPARE(out->startedAt, in.startedAt);
        QCOMPARE(out->finishedAt, in.finishedAt);
        QCOMPARE(out->durationMs(), 123);
        QCOMPARE(out->method, in.method);
        QCOMPARE(out->url, in.url);
        QCOMPARE(out->requestHeaders, in.requestHeaders);
        QCOMPARE(out->requestBody, in.requestBody);
        QCOMPARE(out->status, in.status);
        QCOMPARE(out->responseHeaders, in.responseHeaders);
        QCOMPARE(out->responseBody, in.responseBody);
        QCOMPARE(out->error, in.error);
        QCOMPARE(out->note, in.note);
        QVERIFY(!store.find(id + 1000).has_value());
    }

    void emptyExchange()
    {
        RequestLogStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("empty.sqlite"))));
        const qint64 id = store.insert(HttpExchange{});
        QVERIFY(id > 0);
        const auto out = store.find(id);
        QVERIFY(out.has_value());
        QVERIFY(!out->startedAt.isValid());
        QVERIFY(out->requestHeaders.isEmpty());
        QVERIFY(out->requestBody.isEmpty());
    }

    void callerChosenId()
    {
        RequestLogStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("ids.sqlite"))));
        HttpExchange e = sample(1);
        e.id = 1767225600000123;
        QCOMPARE(store.insert(e), e.id);
        QCOMPARE(store.find(e.id)->runId, e.runId);
        // Taken id: the row still gets written, under a new id.
        const qint64 second = store.insert(e);
        QVERIFY(second > 0);
        QVERIFY(second != e.id);
        QCOMPARE(store.count(), 2);
    }

    void schemaAndPragmas()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema.sqlite"));
        {
            RequestLogStore store;
            QVERIFY(store.open(path));
            QCOMPARE(store.journalMode(), QStringLiteral("wal"));
        }
        // Inspect the file with a connection of our own.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), RequestLogStore::SchemaVersion);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QStringList indexes;
            QVERIFY(q.exec(QStringLiteral("PRAGMA index_list(exchanges)")));
            while (q.next())
                indexes << q.value(1).toString();
            QVERIFY(indexes.contains(QStringLiteral("exchanges_correlation_id")));
            QVERIFY(indexes.contains(QStringLiteral("exchanges_started_at")));
            QStringList columns;
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(exchanges)")));
            while (q.next())
                columns << q.value(1).toString();
            QCOMPARE(columns, (QStringList{"id", "run_id", "correlation_id", "step", "profile",
                                           "started_at", "finished_at", "method", "url", "status",
                                           "duration_ms", "request_headers", "request_body",
                                           "response_headers", "response_body", "error", "note"}));
            // A newer schema than this build knows must not be touched.
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        RequestLogStore newer;
        QVERIFY(!newer.open(path));
        QVERIFY(newer.lastError().contains(QLatin1String("newer")));
    }

    void query()
    {
        RequestLogStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("query.sqlite"))));
        for (int n = 0; n < 10; ++n)
            store.insert(sample(n, n % 2 ? QStringLiteral("odd") : QStringLiteral("even")));
        QCOMPARE(store.count(), 10);

        const QList<HttpExchange> all = store.query({});
        QCOMPARE(all.size(), 10);
        QCOMPARE(all.first().runId, QStringLiteral("run-9")); // newest first by default
        QCOMPARE(all.last().runId, QStringLiteral("run-0"));

        LogQuery oldest;
        oldest.newestFirst = false;
        oldest.limit = 3;
        const QList<HttpExchange> firstThree = store.query(oldest);
        QCOMPARE(firstThree.size(), 3);
        QCOMPARE(firstThree.at(0).runId, QStringLiteral("run-0"));
        QCOMPARE(firstThree.at(2).runId, QStringLiteral("run-2"));

        LogQuery odd;
        odd.correlationId = QStringLiteral("odd");
        const QList<HttpExchange> odds = store.query(odd);
        QCOMPARE(odds.size(), 5);
        for (const HttpExchange &e : odds)
            QCOMPARE(e.correlationId, QStringLiteral("odd"));

        LogQuery since;
        since.since = Base.addSecs(7);
        const QList<HttpExchange> recent = store.query(since);
        QCOMPARE(recent.size(), 3);
        QCOMPARE(recent.last().runId, QStringLiteral("run-7"));

        LogQuery both = since;
        both.correlationId = QStringLiteral("even");
        QCOMPARE(store.query(both).size(), 1); // run-8

        LogQuery limited;
        limited.limit = 4;
        QCOMPARE(store.query(limited).size(), 4);
        QCOMPARE(store.query(limited).first().runId, QStringLiteral("run-9"));

        QCOMPARE(store.correlationIds(10), (QStringList{"odd", "even"}));
        QCOMPARE(store.correlationIds(1), QStringList{"odd"});

        store.clear();
        QCOMPARE(store.count(), 0);
        QVERIFY(store.query({}).isEmpty());
    }

    void reopenSurvives()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.sqlite"));
        qint64 id = 0;
        {
            RequestLogStore store;
            QVERIFY(store.open(path));
            id = store.insert(sample(5));
            QVERIFY(id > 0);
        }
        RequestLogStore again;
        QVERIFY(again.open(path));
        QCOMPARE(again.count(), 1);
        QCOMPARE(again.find(id)->note, QStringLiteral("note 5"));
    }

    void twoStoresSameThread()
    {
        // Unique connection names: two stores (two files) side by side.
        RequestLogStore a;
        RequestLogStore b;
        QVERIFY(a.open(m_dir.filePath(QStringLiteral("two-a.sqlite"))));
        QVERIFY(b.open(m_dir.filePath(QStringLiteral("two-b.sqlite"))));
        a.insert(sample(1));
        QCOMPARE(a.count(), 1);
        QCOMPARE(b.count(), 0);
    }

    void bodiesTruncated()
    {
        RequestLogStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("big.sqlite"))));
        HttpExchange e = sample(1);
        e.requestBody = QByteArray(RequestLogStore::MaxBodyBytes + 10, 'q');
        e.responseBody = QByteArray(RequestLogStore::MaxBodyBytes * 2, 'r');
        const auto out = store.find(store.insert(e));
        QVERIFY(out.has_value());
        QCOMPARE(out->requestBody.size(), RequestLogStore::MaxBodyBytes);
        QCOMPARE(out->responseBody.size(), RequestLogStore::MaxBodyBytes);
        QVERIFY(out->note.startsWith(QLatin1String("note 1; ")));
        QVERIFY(out->note.contains(QLatin1String("request body truncated: 262154 bytes")));
        QVERIFY(out->note.contains(QLatin1String("response body truncated: 524288 bytes")));

        HttpExchange exact = sample(2);
        exact.requestBody = QByteArray(RequestLogStore::MaxBodyBytes, 'x');
        const auto kept = store.find(store.insert(exact));
        QCOMPARE(kept->requestBody, exact.requestBody);
        QCOMPARE(kept->note, QStringLiteral("note 2"));
    }

    void refusesForeignThread()
    {
        RequestLogStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("thread.sqlite"))));
        qint64 id = -1;
        QThread *thread = QThread::create([&] { id = store.insert(sample(1)); });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(id, 0);
        QCOMPARE(store.count(), 0);
    }

    void openFailsCleanly()
    {
        RequestLogStore store;
        // A folder where the file should be.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("isdir.sqlite")));
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("isdir.sqlite"))));
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(store.insert(sample(1)), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRequestLogStore)
#include "tst_requestlogstore.moc"
