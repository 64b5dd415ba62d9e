#include "CliProcess.h"
#include "LogFixtures.h"
#include "log/RequestLog.h"
#include "log/RequestLogStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace nv;

// nv-cli log list|show|export against a log file written by the same writer the window uses,
// from raw exchanges with their secrets in them: the "no secret" checks below see what the
// writer made of them, so they fail if redaction fails.
class TestCliLog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_tokenId = 0;

    using Result = nvtest::CliResult;

    static Result cli(const QStringList &args)
    {
        return nvtest::runCli(QStringLiteral(NV_CLI_BINARY), args);
    }

    QStringList withDb(QStringList args) const
    {
        return args << QStringLiteral("--log-db") << m_db;
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("log.sqlite"));
        write(m_db, 3, 0);
    }

    // Records runs of three raw exchanges (authorize, token, verify) through RequestLog, as a
    // flow run does, each with its secrets; bodies of padBytes make the table span pages.
    void write(const QString &path, int runs, int padBytes)
    {
        RequestLog log(path);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int run = 0; run < runs; ++run) {
            const QString code = QStringLiteral("secret-code-%1").arg(run);
            for (const QString &step : {Step::Authorize, Step::Token, Step::Verify}) {
                HttpExchange e;
                e.correlationId = QStringLiteral("corr-%1").arg(run);
                e.runId = QStringLiteral("run-%1").arg(run);
                e.step = step;
                // Run 0 is two days old; the others are from the last minutes.
                e.startedAt = run == 0 ? now.addDays(-2) : now.addSecs(-60 + run * 10);
                e.finishedAt = e.startedAt.addMSecs(42);
                e.method = step == Step::Authorize ? "GET" : "POST";
                e.url = QUrl(QStringLiteral("https://op.example/%1?code=%2").arg(step, code));
                e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
                e.requestBody = "client_secret=very-secret-value&grant_type=authorization_code";
                e.status = step == Step::Verify && run == 2 ? 400 : 200;
                e.responseHeaders = {{"Content-Type", "application/json"}};
                e.responseBody = e.status == 400
                                     ? "{\"code\":\"INVALID_ARGUMENT\",\"message\":\"x\"}"
                                     : "{\"access_token\":\"tok-secret\",\"pad\":\"" +
                                           QByteArray(padBytes, 'p') + "\"}";
                // An echo only the secrets passed along can catch.
                e.error = QStringLiteral("upstream said: Very-Secret-Value");
                const qint64 id = log.record(
                    e, {QStringLiteral("very-secret-value"), QStringLiteral("tok-secret"), code});
                if (run == 1 && step == Step::Token)
                    m_tokenId = id;
            }
        }
        QVERIFY(log.waitForIdle(30000));
        QVERIFY2(log.writeProblem().isEmpty(), qPrintable(log.writeProblem()));
    }

    void helpDocumentsLog()
    {
        const Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("nv-cli log list"));
        QVERIFY(r.out.contains("nv-cli log show ID"));
        QVERIFY(r.out.contains("nv-cli log export --har FILE"));
    }

    void listFilters()
    {
        Result r =
            cli(withDb({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 9);
        // Printed oldest first, like a transcript.
        QCOMPARE(rows.first().toObject()[QStringLiteral("correlationId")].toString(),
                 QStringLiteral("corr-0"));

        r = cli(withDb({QStringLiteral("log"), QStringLiteral("list"),
                        QStringLiteral("--correlation-id"), QStringLiteral("corr-1"),
                        QStringLiteral("--json")}));
        rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 3);
        for (const QJsonValue &row : rows)
            QCOMPARE(row.toObject()[QStringLiteral("correlationId")].toString(),
                     QStringLiteral("corr-1"));

        r = cli(withDb({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--since"),
                        QStringLiteral("1d"), QStringLiteral("--json")}));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 6);
        const QString iso = QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate);
        r = cli(withDb({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--since"),
                        iso, QStringLiteral("--json")}));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 6);

        r = cli(withDb({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--status"),
                        QStringLiteral("4xx"), QStringLiteral("--json")}));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = cli(withDb({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--search"),
                        QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("--json")}));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);

        // The human listing: one line per exchange with the correlation id and status.
        r = cli(withDb({QStringLiteral("log"), QStringLiteral("list")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 9);
        QVERIFY(r.out.contains("corr-2"));
        QVERIFY(r.out.contains("op.example/verify"));
        QVERIFY(!r.out.contains("secret-code"));
    }

    void show()
    {
        Result r = cli(
            withDb({QStringLiteral("log"), QStringLiteral("show"), QString::number(m_tokenId)}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("corr-1"));
        QVERIFY(r.out.contains("Content-Type: application/x-www-form-urlencoded"));
        QVERIFY(r.out.contains("[redacted:"));
        QVERIFY(!r.out.toLower().contains("very-secret-value"));
        QVERIFY(!r.out.contains("tok-secret"));
        QVERIFY(!r.out.contains("secret-code-1"));

        r = cli(withDb({QStringLiteral("log"), QStringLiteral("show"), QStringLiteral("corr-2"),
                        QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 3);

        r = cli(
            withDb({QStringLiteral("log"), QStringLiteral("show"), QStringLiteral("no-such-id")}));
        QCOMPARE(r.exitCode, 1);
    }

    void exportHar()
    {
        const QString har = m_dir.filePath(QStringLiteral("corr-1.har"));
        Result r =
            cli(withDb({QStringLiteral("log"), QStringLiteral("export"), QStringLiteral("--har"),
                        har, QStringLiteral("--correlation-id"), QStringLiteral("corr-1")}));
        QCOMPARE(r.exitCode, 0);
        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject log =
            QJsonDocument::fromJson(bytes).object()[QStringLiteral("log")].toObject();
        QCOMPARE(log[QStringLiteral("version")].toString(), QStringLiteral("1.2"));
        const QJsonArray entries = log[QStringLiteral("entries")].toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).toObject()[QStringLiteral("_step")].toString(),
                 QStringLiteral("authorize"));
        QVERIFY(!bytes.toLower().contains("very-secret-value"));
        QVERIFY(!bytes.contains("secret-code-1"));
        QVERIFY(!bytes.contains("tok-secret"));

        r = cli(withDb({QStringLiteral("log"), QStringLiteral("export"), QStringLiteral("--jsonl"),
                        QStringLiteral("-")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 9);
        QVERIFY(!r.out.toLower().contains("very-secret-value"));
        QVERIFY(!r.out.contains("tok-secret"));
        QVERIFY(!r.out.contains("secret-code"));
        QCOMPARE(QJsonDocument::fromJson(r.out.split('\n').first())
                     .object()[QStringLiteral("step")]
                     .toString(),
                 QStringLiteral("authorize"));
    }

    void errors()
    {
        QCOMPARE(cli(withDb({QStringLiteral("log")})).exitCode, 2);
        QCOMPARE(cli(withDb({QStringLiteral("log"), QStringLiteral("export")})).exitCode, 2);
        QCOMPARE(cli(withDb({QStringLiteral("log"), QStringLiteral("list"),
                             QStringLiteral("--since"), QStringLiteral("yesterday-ish")}))
                     .exitCode,
                 2);
        QCOMPARE(cli(withDb({QStringLiteral("log"), QStringLiteral("list"),
                             QStringLiteral("--status"), QStringLiteral("2xy")}))
                     .exitCode,
                 2);
        const Result missing =
            cli({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--log-db"),
                 m_dir.filePath(QStringLiteral("missing.sqlite"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("no request log"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    }

    // One garbage page used to give 2 of 12 rows from list and 5 from export, both exit 0:
    // now every command says the file is damaged, how to recover it, and exits 1.
    void aDamagedLogIsAnError()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        write(path, 4, 3000);
        QVERIFY(nvtest::damageMiddleTablePage(path) > 0);
        const QString har = m_dir.filePath(QStringLiteral("damaged.har"));
        const QList<QStringList> commands = {
            {QStringLiteral("list")},
            {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--limit"), "0"},
            {QStringLiteral("export"), QStringLiteral("--jsonl"), QStringLiteral("-")},
            {QStringLiteral("export"), QStringLiteral("--har"), har},
            {QStringLiteral("show"), QStringLiteral("corr-2")}};
        for (const QStringList &command : commands) {
            const Result r = cli(QStringList{QStringLiteral("log")} + command +
                                 QStringList{QStringLiteral("--log-db"), path});
            QVERIFY2(r.exitCode == 1, qPrintable(command.join(' ') + ": " + r.out + r.err));
            QVERIFY2(r.err.contains("damaged"), r.err.constData());
            QVERIFY2(r.err.contains(".recover"), r.err.constData());
            QVERIFY2(!r.out.contains("corr-"), r.out.constData());
        }
        QVERIFY(!QFile::exists(har));
    }

    // Reading needs no write access: a log in a folder the user cannot write (and where no
    // -wal or -shm file can be made) is listed and exported whole.
    void aReadOnlyFolderIsRead()
    {
        const QString folder = m_dir.filePath(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        const QString copy = folder + QLatin1String("/log.sqlite");
        QVERIFY(QFile::copy(m_db, copy));
        // The writer folded its WAL in when it closed (readers may leave an empty one behind).
        QCOMPARE(QFileInfo(m_db + QLatin1String("-wal")).size(), 0);
        QVERIFY(nvtest::makeReadOnlyFolder(folder, {copy}));
        for (const QStringList &command :
             {QStringList{QStringLiteral("list"), QStringLiteral("--json")},
              QStringList{QStringLiteral("export"), QStringLiteral("--jsonl"),
                          QStringLiteral("-")}}) {
            const QStringList args = QStringList{QStringLiteral("log")} + command +
                                     QStringList{QStringLiteral("--log-db"), copy};
            const QStringList line =
                nvtest::asUnprivileged(QStringLiteral(NV_CLI_BINARY), args, m_dir.path());
            if (line.isEmpty())
                QSKIP("running as root without setpriv: no way to take away write access");
            const Result r = nvtest::runCli(line.first(), line.mid(1));
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QCOMPARE(command.first() == QLatin1String("list")
                         ? QJsonDocument::fromJson(r.out).array().size()
                         : r.out.count('\n'),
                     9);
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{QStringLiteral("log.sqlite")});
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
};

QTEST_GUILESS_MAIN(TestCliLog)
#include "tst_cli_log.moc"
