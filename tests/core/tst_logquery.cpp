#include "io/BoundedFile.h"
#include "log/LogImport.h"
#include "log/LogReader.h"
#include "log/RequestLog.h"
#include "log/RequestLogStore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
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
        if (!store.lastError().isEmpty())
            return {-1}; // never the rows of a sound read
        for (const HttpExchange &e : page)
            ids << e.id;
        if (page.size() < pageSize)
            return ids;
        q.afterId = page.last().id;
    }
}

// Rows with text that tests the rules at their edges: punctuation inside words, quotes, LIKE's
// own characters, letters with diacritics and their capitals, non-Latin scripts, emoji, a NUL
// byte, bytes that are not UTF-8, a body longer than the store keeps, no start time.
QList<HttpExchange> oddRows(qint64 startMs)
{
    const QList<QByteArray> bodies = {
        "{\"code\":\"INVALID_ARGUMENT\",\"message\":\"50% of \\\"a\\\" b_c x-y\"}",
        "caf\xc3\xa9 \xc3\x89T\xc3\x89 stra\xc3\x9f\x65 \xc4\xb0stanbul na\xc3\xafve",
        "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \xf0\x9f\x98\x80 smile a*b NOT OR url:alpha",
        QByteArray("before-nul\0nul-hidden after", 27),
        "bad \xff\xfe bytes \xc3 \x80\x80 mid\xe2\x82word",
        "e\xcc\x81te combining-\xcc\x81start back\\slash 100%_done",
        "+34666123456 tel:+34 666 123 456 operator.example/oauth2?x=1&y=%41",
    };
    QList<HttpExchange> rows;
    qint64 clock = startMs;
    for (int n = 0; n < bodies.size() * 2; ++n) {
        HttpExchange e;
        e.correlationId = QStringLiteral("odd-%1").arg(n % 3);
        e.step = n % 2 ? Step::Verify : Step::Token;
        e.startedAt = n == 5 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(clock += 17, Qt::UTC);
        e.finishedAt = e.startedAt.addMSecs(5);
        e.method = "POST";
        e.url = QUrl::fromEncoded("https://odd.example/p%C3%A4th/" + QByteArray::number(n) +
                                  "?q=Gr%C3%BC%C3%9Fe+und%20mehr&r=%2Fslash");
        e.status = QList<int>{0, 200, 302, 404, 503, 101}.at(n % 6);
        e.error = e.status == 0 ? QStringLiteral("timed out") : QString();
        (n % 2 ? e.responseBody : e.requestBody) = bodies.at(n % bodies.size());
        rows << e;
    }
    // The word after the cut is in memory but not in the file: neither way finds it.
    HttpExchange longBody;
    longBody.correlationId = QStringLiteral("odd-long");
    longBody.startedAt = QDateTime::fromMSecsSinceEpoch(clock + 17, Qt::UTC);
    longBody.status = 200;
    longBody.responseBody = QByteArray(RequestLogStore::MaxBodyBytes - 3, 'z') + " tailword";
    rows << longBody;
    return rows;
}

// SQLite's own tokens for documents, read back through fts5vocab.
QHash<qint64, QStringList> sqliteTokens(const QList<QByteArray> &documents)
{
    QHash<qint64, QStringList> tokens;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tok"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE VIRTUAL TABLE f USING fts5(t)"));
        q.exec(QStringLiteral("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')"));
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO f(rowid, t) VALUES (?, ?)"));
        for (qsizetype i = 0; i < documents.size(); ++i) {
            q.addBindValue(i + 1);
            q.addBindValue(documents.at(i)); // a BLOB, as the log's bodies are
            q.exec();
        }
        db.commit();
        q.exec(QStringLiteral("SELECT doc, term FROM v ORDER BY doc, offset"));
        while (q.next())
            tokens[q.value(0).toLongLong() - 1] << q.value(1).toString();
        q.finish();
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tok"));
    return tokens;
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
    // A second log for the both-ways comparison: generated runs and odd rows, as recorded.
    RequestLogStore m_both;
    QList<HttpExchange> m_bothRows; // newest first

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("generated.sqlite"))));
        QVERIFY(m_store.hasFullTextIndex()); // Debian's SQLite has FTS5
        m_log.fill(m_store, 120);
        QCOMPARE(m_store.count(), 480);

        QVERIFY(m_both.open(m_dir.filePath(QStringLiteral("both.sqlite"))));
        GeneratedLog generated;
        generated.fill(m_both, 60);
        QList<HttpExchange> odd = oddRows(QDateTime::currentMSecsSinceEpoch());
        const QList<qint64> ids = m_both.insert(odd);
        QVERIFY2(m_both.lastError().isEmpty(), qPrintable(m_both.lastError()));
        for (qsizetype i = 0; i < odd.size(); ++i)
            odd[i].id = ids.at(i);
        m_bothRows = odd;
        std::reverse(m_bothRows.begin(), m_bothRows.end());
        m_bothRows += generated.rows;
    }

    // One filter, one meaning: every filter, asked of the store (SQL, FTS5 or LIKE) and of
    // LogQuery::matches over the same rows in memory, finds the same rows.
    void everyFilterSameRowsBothWays_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList searches = {QString(),
                                      "INVALID_ARGUMENT",
                                      "invalid",
                                      "INVALID_ARG",
                                      "VALID",
                                      "maint",
                                      "alpha verify",
                                      "beta",
                                      "3466600",
                                      "+34666",
                                      "34 666",
                                      "\"",
                                      "a\"b",
                                      "%",
                                      "50%",
                                      "_",
                                      "b_c",
                                      "\\",
                                      "back\\slash",
                                      "x-y",
                                      "-",
                                      "% alpha",
                                      "café",
                                      "CAFE",
                                      "ÉTÉ",
                                      "ete",
                                      "straße",
                                      "STRASSE",
                                      "İstanbul",
                                      "istanbul",
                                      "naïve",
                                      "日本",
                                      "日本語",
                                      "😀",
                                      "smile",
                                      "a*b",
                                      "NOT",
                                      "OR",
                                      "url:alpha",
                                      "operator.example",
                                      "oper",
                                      "oauth2?x",
                                      "%41",
                                      "Grüße",
                                      "gr",
                                      "nul-hidden",
                                      "before-nul",
                                      "bytes",
                                      "midword",
                                      "mid",
                                      "tailword",
                                      "zzz",
                                      "  spaced   words  ",
                                      "te",
                                      "combining",
                                      "start",
                                      "100%_done",
                                      "y=%41",
                                      "p%C3"};
        for (const QString &text : searches)
            QTest::newRow(qPrintable(text.isEmpty() ? QStringLiteral("(no text)") : text)) << text;
    }

    void everyFilterSameRowsBothWays()
    {
        QFETCH(QString, text);
        QList<LogQuery> queries;
        LogQuery base;
        base.text = text;
        queries << base;
        for (const QString &correlation :
             {QStringLiteral("corr-0042"), QStringLiteral("odd-1"), QStringLiteral("none")}) {
            LogQuery q = base;
            q.correlationId = correlation;
            queries << q;
        }
        for (const QString &step : {QStringLiteral("verify"), QStringLiteral("authorize")}) {
            LogQuery q = base;
            q.step = step;
            queries << q;
        }
        for (int status = 0; status <= int(LogQuery::StatusClass::Failed); ++status) {
            LogQuery q = base;
            q.statusClass = LogQuery::StatusClass(status);
            queries << q;
        }
        LogQuery since = base;
        since.since = m_bothRows.at(m_bothRows.size() / 2).startedAt;
        queries << since;
        const qsizetype plain = queries.size();
        for (qsizetype i = 0; i < plain; ++i) {
            LogQuery like = queries.at(i);
            like.substring = true;
            queries << like;
        }
        for (const LogQuery &q : std::as_const(queries)) {
            QList<qint64> inMemory;
            for (const HttpExchange &e : std::as_const(m_bothRows)) {
                if (q.matches(e, m_both.hasFullTextIndex()))
                    inMemory << e.id;
            }
            const QList<qint64> fromDisk = allPages(m_both, q, 64);
            const QString which = QStringLiteral("correlation '%1' step '%2' status %3 since %4 "
                                                 "substring %5")
                                      .arg(q.correlationId, q.step)
                                      .arg(int(q.statusClass))
                                      .arg(q.since.toString(Qt::ISODateWithMs))
                                      .arg(q.substring);
            QVERIFY2(m_both.lastError().isEmpty(), qPrintable(m_both.lastError()));
            QVERIFY2(fromDisk == inMemory, qPrintable(which));
        }
    }

    // The in-memory tokenizer is SQLite's unicode61 with its defaults, character for
    // character: every code point of the Basic Multilingual Plane and a sample of the others,
    // at the start, inside and at the end of a word, and bytes that are not UTF-8.
    void tokensAgreeWithSqlite()
    {
        QList<QByteArray> documents;
        for (char32_t c = 1; c < 0x110000; c += c < 0x10000 ? 1 : 61) {
            if (c >= 0xD800 && c < 0xE000)
                continue;
            const QByteArray ch = QString::fromUcs4(&c, 1).toUtf8();
            documents << "a" + ch + "b c" + ch + " " + ch + "x";
        }
        for (int byte = 0x80; byte < 0x100; ++byte)
            documents << QByteArray("ab") + char(byte) + "cd \xc3" + char(byte) + "x \xe2\x82" +
                             char(byte) + "y";
        const QHash<qint64, QStringList> sqlite = sqliteTokens(documents);
        QVERIFY(sqlite.size() > 60000);
        int differences = 0;
        for (qsizetype i = 0; i < documents.size(); ++i) {
            const QStringList ours = LogQuery::fullTextTokens(documents.at(i));
            if (ours != sqlite.value(i) && ++differences <= 5)
                qWarning().noquote() << "differs:" << documents.at(i).toHex(' ') << "SQLite"
                                     << sqlite.value(i) << "ours" << ours;
        }
        QCOMPARE(differences, 0);
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
        // An empty answer is only an answer when the read went well: a search the index
        // refused (a syntax error) also comes back empty.
        QVERIFY2(m_store.lastError().isEmpty(), qPrintable(m_store.lastError()));
        QCOMPARE(got, expected);
        QCOMPARE(m_store.count(q), qint64(expected.size()));
        QVERIFY2(m_store.lastError().isEmpty(), qPrintable(m_store.lastError()));
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

    // A partner's file is hostile input: a device, a pipe or a file too large to hold is
    // refused with a sentence, before anything is read (/dev/zero used to end in bad_alloc).
    void importRefusesWhatIsNotALog()
    {
        QString error;
        const QString target = m_dir.filePath(QStringLiteral("refused.sqlite"));
        QCOMPARE(LogImport::toDatabase(QStringLiteral("/dev/zero"), target, &error), -1);
        QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
        QCOMPARE(LogImport::toDatabase(m_dir.path(), target, &error), -1);
        QVERIFY2(error.contains(QLatin1String("a folder")), qPrintable(error));

        // Sparse: one byte over the limit costs nothing on disk.
        const QString huge = m_dir.filePath(QStringLiteral("huge.har"));
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(LogImport::MaxFileBytes + 1));
        file.close();
        QCOMPARE(LogImport::toDatabase(huge, target, &error), -1);
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
        QVERIFY(!QFile::exists(target));
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
