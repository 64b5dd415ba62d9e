#include "LogFixtures.h"
#include "log/RequestLogStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
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

// Twelve exchanges with bodies of a few kilobytes: the table spans several leaf pages.
QList<qint64> fillTwelve(RequestLogStore &store)
{
    QList<qint64> ids;
    for (int n = 0; n < 12; ++n) {
        HttpExchange e = sample(n, QStringLiteral("corr-%1").arg(n / 4));
        e.responseBody = "{\"pad\":\"" + QByteArray(3000, char('a' + n)) + "\"}";
        ids << store.insert(e);
    }
    return ids;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
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
        HttpExchange in = sample(1);
        in.proxy = QStringLiteral("http://proxy.example:3128");
        in.tls.protocol = QStringLiteral("TLS 1.3");
        in.tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
        in.tls.verification = QStringLiteral("verified");
        in.tls.clientCertificateSent = true;
        in.tls.peerChain << nv::PeerCertificate{
            QStringLiteral("CN=api.example"), QStringLiteral("CN=Example CA"),
            QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC), QStringLiteral("AB:CD")};
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
        QCOMPARE(out->proxy, in.proxy);
        QCOMPARE(out->tls, in.tls);
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
            QCOMPARE(columns,
                     (QStringList{"id", "run_id", "correlation_id", "step", "profile", "started_at",
                                  "finished_at", "method", "url", "status", "duration_ms",
                                  "request_headers", "request_body", "response_headers",
                                  "response_body", "error", "note", "transport"}));
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

    // A damaged page ends a read loop early, which looked exactly like the end of the log:
    // every read now says so instead of returning the rows before the damage.
    void aDamagedPageIsAnErrorNotAShorterList()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            RequestLogStore store;
            QVERIFY(store.open(path));
            QCOMPARE(fillTwelve(store).count(0), 0);
        }
        QVERIFY(nvtest::damageMiddleTablePage(path) > 0);

        RequestLogStore store;
        // Without the check at open the file opens (its header is fine) ...
        QVERIFY2(store.open(path, RequestLogStore::Access::ReadOnly, RequestLogStore::Check::None),
                 qPrintable(store.lastError()));
        LogQuery all;
        all.limit = 0;
        // ... and each read that reaches the damage fails, with what it read thrown away.
        QVERIFY(store.page(all).isEmpty());
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(store.lastProblem(), RequestLogStore::Problem::Corrupt);
        int visited = 0;
        QVERIFY(!store.visit(all, [&](const HttpExchange &) { return ++visited > 0; }));
        QCOMPARE(store.lastProblem(), RequestLogStore::Problem::Corrupt);
        all.newestFirst = false;
        QVERIFY(store.query(all).isEmpty());
        QVERIFY(!store.lastError().isEmpty());
        store.close();

        // With the check, the damage is found before anything is read, for readers and
        // writers alike.
        QVERIFY(!store.open(path, RequestLogStore::Access::ReadOnly));
        QCOMPARE(store.lastProblem(), RequestLogStore::Problem::Corrupt);
        QVERIFY2(store.lastError().contains(QLatin1String("damaged")),
                 qPrintable(store.lastError()));
        QVERIFY(!store.open(path));
        QCOMPARE(store.lastProblem(), RequestLogStore::Problem::Corrupt);
    }

    // Reading takes no write lock and changes nothing: not the schema (an old file stays
    // old), not the journal mode, not a byte of the file.
    void readOnlyOpenWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1-readonly.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1ro"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE exchanges (id INTEGER PRIMARY KEY, run_id TEXT NOT NULL DEFAULT '', "
                "correlation_id TEXT NOT NULL DEFAULT '', step TEXT NOT NULL DEFAULT '', profile "
                "TEXT NOT NULL DEFAULT '', started_at INTEGER, finished_at INTEGER, method TEXT "
                "NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL "
                "DEFAULT 0, duration_ms INTEGER NOT NULL DEFAULT 0, request_headers TEXT NOT NULL "
                "DEFAULT '[]', request_body BLOB, response_headers TEXT NOT NULL DEFAULT '[]', "
                "response_body BLOB, error TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT "
                "'')")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO exchanges (url, response_body, step) "
                                      "VALUES ('https://x.example/verify', 'hello', 'verify')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1ro"));
        const QByteArray before = fileHash(path);

        RequestLogStore store;
        QVERIFY2(store.open(path, RequestLogStore::Access::ReadOnly),
                 qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), 1);
        QVERIFY(!store.hasFullTextIndex()); // a version 1 file searches with LIKE
        LogQuery q;
        q.text = QStringLiteral("hello");
        QCOMPARE(store.count(q), 1);
        QCOMPARE(store.insert(sample(1)), 0);
        QCOMPARE(store.lastProblem(), RequestLogStore::Problem::ReadOnly);
        store.close();
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));

        // A file no writer has set up yet is an empty log, not an error.
        const QString empty = m_dir.filePath(QStringLiteral("empty-file.sqlite"));
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY2(store.open(empty, RequestLogStore::Access::ReadOnly),
                 qPrintable(store.lastError()));
        QVERIFY(store.page(LogQuery{}).isEmpty());
        QVERIFY(store.lastError().isEmpty());
        QVERIFY(!store.open(m_dir.filePath(QStringLiteral("nowhere.sqlite")),
                            RequestLogStore::Access::ReadOnly));
        QCOMPARE(store.lastProblem(), RequestLogStore::Problem::Missing);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nowhere.sqlite"))));
    }

    void batchesAreOneTransaction()
    {
        RequestLogStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("batch.sqlite"))));
        QList<HttpExchange> batch;
        for (int n = 0; n < 100; ++n)
            batch << sample(n);
        batch[10].id = 1767225600000999;
        const QList<qint64> ids = store.insert(batch);
        QVERIFY(store.lastError().isEmpty());
        QCOMPARE(ids.size(), 100);
        QCOMPARE(ids.at(10), batch.at(10).id);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 100);
        QVERIFY(!ids.contains(0));
        // A taken id in a batch: that row gets a fresh id, the batch goes through.
        QList<HttpExchange> again{sample(200), batch.at(10), sample(201)};
        const QList<qint64> more = store.insert(again);
        QVERIFY(!more.contains(0));
        QVERIFY(more.at(1) != batch.at(10).id);
        QCOMPARE(store.count(), 103);
    }

    // PRAGMA max_page_count: the same SQLITE_FULL as a full disk, and nothing half-written.
    void aFullLogFailsWholeBatches()
    {
        RequestLogStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("full.sqlite"))));
        store.setSizeLimit(256 * 1024);
        int written = 0;
        for (int n = 0; n < 200 && store.lastError().isEmpty(); ++n) {
            QList<HttpExchange> batch;
            for (int k = 0; k < 4; ++k) {
                HttpExchange e = sample(n * 4 + k);
                e.responseBody = QByteArray(8000, char('a' + k));
                batch << e;
            }
            if (!store.insert(batch).contains(0))
                written += 4;
        }
        QCOMPARE(store.lastProblem(), RequestLogStore::Problem::Full);
        QVERIFY2(store.lastError().contains(QLatin1String("full")), qPrintable(store.lastError()));
        QVERIFY(written > 0);
        QCOMPARE(store.count(), written);
        store.setSizeLimit(0);
        QVERIFY(store.insert(sample(9999)) > 0);
    }

    void moveAsideKeepsTheWalWithTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("request-log.sqlite"));
        for (const char *suffix : {"", "-wal", "-shm"}) {
            QFile f(path + QLatin1String(suffix));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("content") + suffix);
        }
        QString error;
        const auto movedTo = RequestLogStore::moveAside(path, &error);
        QVERIFY2(movedTo.has_value(), qPrintable(error));
        QVERIFY(QFileInfo(*movedTo).fileName().startsWith(QLatin1String("request-log.damaged-")));
        QVERIFY(movedTo->endsWith(QLatin1String(".sqlite")));
        QVERIFY(QFile::exists(*movedTo));
        QVERIFY(QFile::exists(*movedTo + QLatin1String("-wal")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
        QVERIFY(!QFile::exists(path + QLatin1String("-shm")));
        // A second one in the same second gets a name of its own.
        QFile(path).open(QIODevice::WriteOnly);
        const auto second = RequestLogStore::moveAside(path, &error);
        QVERIFY(second.has_value());
        QVERIFY(*second != *movedTo);
        const QString advice = RequestLogStore::movedAsideAdvice(path, *movedTo);
        QVERIFY(advice.contains(*movedTo));
        QVERIFY(advice.contains(QLatin1String(".recover | sqlite3")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRequestLogStore)
#include "tst_requestlogstore.moc"
