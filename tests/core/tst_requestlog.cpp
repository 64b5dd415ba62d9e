#include "log/Redactor.h"
#include "log/RequestLog.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using nv::HttpExchange;
using nv::RequestLog;

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
