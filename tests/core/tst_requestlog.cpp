#include "LogFixtures.h"
#include "log/Redactor.h"
#include "log/RequestLog.h"
#include "log/RequestLogStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using nv::HttpExchange;
using nv::RequestLog;
using nv::RequestLogStore;

namespace {

// Distinctive values, so a search of the raw file bytes cannot match by accident.
const QByteArray ClientSecret = "cs-Qz8vKp2LmN4rT6wY";
const QByteArray AuthCode = "ac-Jd93kLmPq02XvB7s";
const QByteArray AccessToken = "at-Hx71NbVc5ZaQ8eRt";
const QByteArray RefreshToken = "rt-Yu64TgBn3MkLp9Ws";
const QByteArray Verifier = "cv-Pl0oKi9JuH8yGt7FrD6eSw5AqZx4";
const QByteArray CookieValue = "ck-Ws2EdC4rFv6TgB8y";

HttpExchange tokenExchange(int n)
{
    HttpExchange e;
    e.runId = QStringLiteral("run-%1").arg(n);
    e.correlationId = QStringLiteral("corr-%1").arg(n);
    e.step = nv::Step::Token;
    e.profileName = QStringLiteral("Test");
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.finishedAt = e.startedAt.addMSecs(40);
    e.method = "POST";
    e.url = QUrl(QStringLiteral("https://api.invalid/token?code=") + QString::fromLatin1(AuthCode));
    e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                        {"Cookie", "session=" + CookieValue}};
    e.requestBody = "grant_type=authorization_code&code=" + AuthCode +
                    "&client_id=cid&client_secret=" + ClientSecret + "&code_verifier=" + Verifier;
    e.status = 200;
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = "{\"access_token\":\"" + AccessToken + "\",\"refresh_token\":\"" +
                     RefreshToken + "\",\"token_type\":\"Bearer\"}";
    // An echo the name-based pass cannot know about; only extraSecrets catches it.
    e.error = QStringLiteral("upstream echoed ") + QString::fromLatin1(ClientSecret);
    return e;
}

HttpExchange padded(int n, int bytes)
{
    HttpExchange e = tokenExchange(n);
    e.responseBody = "{\"pad\":\"" + QByteArray(bytes, char('a' + n % 26)) + "\"}";
    return e;
}

int rowsIn(const QString &path)
{
    RequestLogStore store;
    return store.open(path, RequestLogStore::Access::ReadOnly) ? store.count() : -1;
}

// Twelve exchanges, then one of the table's pages in the middle of the file overwritten.
bool writeDamagedLog(const QString &path)
{
    {
        RequestLogStore store;
        if (!store.open(path))
            return false;
        for (int n = 0; n < 12; ++n) {
            if (store.insert(padded(n, 3000)) <= 0)
                return false;
        }
    }
    return nvtest::damageMiddleTablePage(path) > 0;
}

// The helper process's summary: {"problem", "lost", "movedAside"}.
QJsonObject runHelper(const QStringList &command)
{
    QProcess helper;
    helper.start(command.first(), command.mid(1));
    if (!helper.waitForFinished(90000) || helper.exitCode() != 0)
        return {{QStringLiteral("failed"), QString::fromLocal8Bit(helper.readAllStandardError())}};
    return QJsonDocument::fromJson(helper.readAllStandardOutput()).object();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRequestLog : public QObject
{
    Q_OBJECT
private slots:
    void recordEmitsRedactedWithId()
    {
        QTemporaryDir dir;
        RequestLog log(dir.filePath(QStringLiteral("log.sqlite")));
        QSignalSpy spy(&log, &RequestLog::recorded);
        const qint64 id = log.record(tokenExchange(1), {QString::fromLatin1(ClientSecret)});
        // Synchronous: the view can show the row at once.
        QCOMPARE(spy.size(), 1);
        const auto redacted = spy.at(0).at(0).value<HttpExchange>();
        QVERIFY(redacted.id > 0);
        QCOMPARE(redacted.id, id);
        QVERIFY(!redacted.requestBody.contains(ClientSecret));
        QVERIFY(!redacted.requestBody.contains(AuthCode));
        QVERIFY(redacted.requestBody.contains("client_secret=" +
                                              nv::Redactor::marker(ClientSecret).toLatin1()));
        QVERIFY(!redacted.responseBody.contains(AccessToken));
        QVERIFY(!redacted.error.contains(QString::fromLatin1(ClientSecret)));
        QVERIFY(!redacted.url.toString().contains(QString::fromLatin1(AuthCode)));
        QCOMPARE(redacted.runId, QStringLiteral("run-1"));

        // A second record gets a larger id.
        log.record(tokenExchange(2));
        QCOMPARE(spy.size(), 2);
        QVERIFY(spy.at(1).at(0).value<HttpExchange>().id > id);
    }

    void rawCopyRevealable()
    {
        QTemporaryDir dir;
        RequestLog log(dir.filePath(QStringLiteral("log.sqlite")));
        const HttpExchange raw = tokenExchange(1);
        const qint64 id = log.record(raw);
        const auto revealed = log.revealed(id);
        QVERIFY(revealed.has_value());
        QCOMPARE(revealed->id, id);
        QCOMPARE(revealed->requestBody, raw.requestBody);
        QCOMPARE(revealed->responseBody, raw.responseBody);
        QCOMPARE(revealed->url, raw.url);
        QVERIFY(!log.revealed(id + 1).has_value());
        log.clear();
        QVERIFY(!log.revealed(id).has_value());
    }

    void rawCopiesBounded()
    {
        QTemporaryDir dir;
        RequestLog log(dir.filePath(QStringLiteral("log.sqlite")));
        const qint64 first = log.record(tokenExchange(0));
        qint64 last = 0;
        for (int n = 1; n <= RequestLog::RawCopiesKept; ++n)
            last = log.record(HttpExchange{});
        QVERIFY(!log.revealed(first).has_value());
        QVERIFY(log.revealed(last).has_value());
        QVERIFY(log.waitForIdle(30000));
    }

    // Exchanges recorded close together go to disk in one transaction, not one each: a batch
    // of verifies spent more on its log's commits (and full-text index flushes) than on its
    // calls. With a long delay only waitForIdle() writes, whenever the worker would be free.
    void recordsCloseTogetherShareOneTransaction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.sqlite"));
        RequestLog log(path);
        log.setFlushDelayMs(60 * 60 * 1000);
        QVERIFY(log.waitForIdle(30000)); // the file is open, nothing written yet
        QCOMPARE(log.writeTransactions(), 0);
        for (int n = 0; n < 20; ++n) {
            log.record(tokenExchange(n), {QString::fromLatin1(ClientSecret)});
            QCOMPARE(rowsIn(path), 0); // waiting for the others, although the worker is free
        }
        QVERIFY(log.waitForIdle(30000));
        QCOMPARE(rowsIn(path), 20);
        QCOMPARE(log.writeTransactions(), 1);
        // Reading the log writes what waits first, so the answer holds every record.
        log.record(tokenExchange(20));
        QSignalSpy loaded(&log, &RequestLog::loaded);
        log.loadRecent(100);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().value<QList<HttpExchange>>().size(), 21);
        QCOMPARE(log.writeTransactions(), 2);
    }

    // A reader with its own connection (a report) asks for what waits to be written first, and
    // is answered on its own thread without waiting.
    void whenWrittenWritesWhatWaitsThenAnswers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.sqlite"));
        RequestLog log(path);
        log.setFlushDelayMs(60 * 60 * 1000);
        QVERIFY(log.waitForIdle(30000));
        for (int n = 0; n < 3; ++n)
            log.record(tokenExchange(n));
        int rowsWhenAnswered = -1;
        QThread *answeredOn = nullptr;
        log.whenWritten([&] {
            rowsWhenAnswered = rowsIn(path);
            answeredOn = QThread::currentThread();
        });
        QCOMPARE(rowsWhenAnswered, -1); // nothing waited for the answer
        QTRY_COMPARE_WITH_TIMEOUT(rowsWhenAnswered, 3, 30000);
        QCOMPARE(answeredOn, QThread::currentThread());
    }

    void loadRecentFromDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.sqlite"));
        QList<qint64> ids;
        {
            RequestLog log(path);
            for (int n = 0; n < 5; ++n)
                ids << log.record(tokenExchange(n), {QString::fromLatin1(ClientSecret)});
        } // the destructor drains the queue
        RequestLog log(path);
        QSignalSpy spy(&log, &RequestLog::loaded);
        log.loadRecent(3);
        QVERIFY(spy.wait(10000));
        const auto rows = spy.at(0).at(0).value<QList<HttpExchange>>();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.first().id, ids.last()); // newest first
        QCOMPARE(rows.first().runId, QStringLiteral("run-4"));
        QVERIFY(!rows.first().requestBody.contains(ClientSecret));
        // Not from this session: nothing to reveal.
        QVERIFY(!log.revealed(rows.first().id).has_value());
    }

    void clearEmptiesTheFile()
    {
        QTemporaryDir dir;
        RequestLog log(dir.filePath(QStringLiteral("log.sqlite")));
        log.record(tokenExchange(1));
        QSignalSpy cleared(&log, &RequestLog::cleared);
        log.clear();
        QVERIFY(cleared.wait(10000));
        QSignalSpy loaded(&log, &RequestLog::loaded);
        log.loadRecent();
        QVERIFY(loaded.wait(10000));
        QVERIFY(loaded.at(0).at(0).value<QList<HttpExchange>>().isEmpty());
    }

    void noSecretBytesOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.sqlite"));
        RequestLog log(path);
        for (int n = 0; n < 20; ++n) {
            HttpExchange verify;
            verify.step = nv::Step::Verify;
            verify.method = "POST";
            verify.url = QUrl(QStringLiteral("https://api.invalid/verify"));
            verify.requestHeaders = {{"Authorization", "Bearer " + AccessToken},
                                     {"Content-Type", "application/json"}};
            verify.requestBody = "{\"phoneNumber\":\"+34666666666\"}";
            verify.responseHeaders = {{"Set-Cookie", "sid=" + CookieValue + "; Path=/"}};
            log.record(tokenExchange(n), {QString::fromLatin1(ClientSecret)});
            log.record(verify);
        }
        QVERIFY(log.waitForIdle(30000));

        // While the log is open, the rows sit in the -wal file: read both, raw.
        const QByteArray bytes = fileBytes(path) + fileBytes(path + QLatin1String("-wal"));
        QVERIFY(bytes.contains("+34666666666")); // the rows really are there
        QVERIFY(bytes.contains(nv::Redactor::marker(AccessToken).toLatin1()));
        for (const QByteArray &secret :
             {ClientSecret, AuthCode, AccessToken, RefreshToken, Verifier, CookieValue})
            QVERIFY2(!bytes.contains(secret), secret.constData());
    }

    void defaultPath()
    {
        const QString path = RequestLog::defaultDatabasePath();
        QVERIFY(path.endsWith(QLatin1String("/request-log.sqlite")));
        QVERIFY(QDir(QFileInfo(path).absolutePath()).exists());
        RequestLog log(QString{});
        QCOMPARE(log.databasePath(), path);
        log.record(tokenExchange(1));
        QVERIFY(log.waitForIdle(10000));
        QVERIFY(QFile::exists(path));
    }

    // Writes that do not reach the file are never silent. Each fault below is real: a damaged
    // page, a size limit reached (SQLite's SQLITE_FULL, as on a full disk), a folder the
    // process may not write, a lock held by another process.
    void aDamagedFileIsMovedAsideAndANewLogStarts()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.sqlite"));
        QVERIFY(writeDamagedLog(path));

        RequestLog log(path);
        QSignalSpy moved(&log, &RequestLog::movedAside);
        QSignalSpy failed(&log, &RequestLog::writeFailed);
        log.record(tokenExchange(1), {QString::fromLatin1(ClientSecret)});
        QVERIFY(log.waitForIdle(30000));
        QTRY_COMPARE(moved.count(), 1);
        const QString notice = moved.first().at(0).toString();
        QCOMPARE(log.movedAsideNotice(), notice);
        // Where the old file went, and the command that gets back what is readable.
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("log.damaged-*.sqlite")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(notice.contains(dir.filePath(aside.first())), qPrintable(notice));
        QVERIFY(notice.contains(QLatin1String("sqlite3 '") + dir.filePath(aside.first()) +
                                QLatin1String("' .recover")));
        // The exchange went to the new log; nothing was lost.
        QCOMPARE(rowsIn(path), 1);
        QVERIFY(log.writeProblem().isEmpty());
        QCOMPARE(failed.count(), 0);
    }

    // nv-cli opens without the whole-file check, whose cost grows with the log: a damaged page
    // that no write reaches is left for `nv-cli log` (which checks before reading) and the
    // window to find, and the call's exchange is written as usual.
    void withoutTheCheckAtOpenTheFileIsNotReadWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.sqlite"));
        QVERIFY(writeDamagedLog(path));

        RequestLog log(path, nullptr, RequestLogStore::Check::None);
        QSignalSpy moved(&log, &RequestLog::movedAside);
        log.record(tokenExchange(1), {QString::fromLatin1(ClientSecret)});
        QVERIFY(log.waitForIdle(30000));
        QCOMPARE(moved.count(), 0);
        QVERIFY(log.writeProblem().isEmpty());
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("log.damaged-*.sqlite")}).isEmpty());
        RequestLogStore reader;
        QVERIFY(!reader.open(path, RequestLogStore::Access::ReadOnly)); // the check still finds it
        QCOMPARE(reader.lastProblem(), RequestLogStore::Problem::Corrupt);
    }

    void aFullDiskIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.sqlite"));
        RequestLog log(path);
        log.setSizeLimit(300 * 1024);
        QSignalSpy failed(&log, &RequestLog::writeFailed);
        for (int n = 0; n < 60; ++n) {
            log.record(padded(n, 20000));
            QVERIFY(log.waitForIdle(30000)); // one batch each: some fit, the later ones do not
        }
        QTRY_VERIFY(failed.count() > 0);
        const QString problem = log.writeProblem();
        QVERIFY2(problem.contains(QLatin1String("disk is full")), qPrintable(problem));
        QVERIFY(problem.contains(path));
        QVERIFY(log.lostWrites() > 0);
        QCOMPARE(failed.last().at(0).toString(), problem);
        const int kept = rowsIn(path);
        QVERIFY(kept > 0);
        QCOMPARE(kept + log.lostWrites(), 60);
        // Room again: the next exchanges are written; what was lost stays said.
        log.setSizeLimit(0);
        log.record(tokenExchange(99));
        QVERIFY(log.waitForIdle(30000));
        QCOMPARE(rowsIn(path), kept + 1);
        QCOMPARE(log.writeProblem(), problem);
    }

    void aReadOnlyFolderIsReported()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QLatin1String("/log.sqlite");
        {
            RequestLog log(path);
            log.record(tokenExchange(1));
        } // closed: no -wal left
        QVERIFY(nvtest::makeReadOnlyFolder(folder, {path}));
        const QStringList command = nvtest::asUnprivileged(
            QStringLiteral(NV_LOG_FAULT_HELPER), {QStringLiteral("record"), path, "3"}, dir.path());
        if (command.isEmpty())
            QSKIP("running as root without setpriv: no way to take away write access");
        const QJsonObject result = runHelper(command);
        const QString problem = result.value(QStringLiteral("problem")).toString();
        QVERIFY2(problem.contains(QLatin1String("read-only")),
                 qPrintable(QJsonDocument(result).toJson()));
        QCOMPARE(result.value(QStringLiteral("lost")).toInt(), 3);
        QCOMPARE(rowsIn(path), 1);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }

    void aLockHeldByAnotherProcessIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.sqlite"));
        RequestLog log(path);
        log.record(tokenExchange(1));
        QVERIFY(log.waitForIdle(30000));

        QProcess holder;
        holder.start(QStringLiteral(NV_LOG_FAULT_HELPER), {QStringLiteral("lock"), path});
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
        QSignalSpy failed(&log, &RequestLog::writeFailed);
        log.record(tokenExchange(2));
        QVERIFY(log.waitForIdle(60000)); // the busy timeout runs out first
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(log.writeProblem().contains(QLatin1String("another program")),
                 qPrintable(log.writeProblem()));
        QCOMPARE(log.lostWrites(), 1);

        holder.closeWriteChannel(); // the other process lets go
        QVERIFY(holder.waitForFinished(30000));
        log.record(tokenExchange(3));
        QVERIFY(log.waitForIdle(30000));
        QCOMPARE(rowsIn(path), 2);
    }

    void unwritableLocationStillRecords()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("taken.sqlite")));
        RequestLog log(dir.filePath(QStringLiteral("taken.sqlite")));
        QSignalSpy errors(&log, &RequestLog::writeFailed);
        QVERIFY(errors.wait(10000));
        QVERIFY(!log.writeProblem().isEmpty());
        const qint64 id = log.record(tokenExchange(1));
        QVERIFY(id > 0);
        QVERIFY(log.revealed(id).has_value());
        QVERIFY(log.waitForIdle(10000));
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
