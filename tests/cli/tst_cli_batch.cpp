#include "CliProcess.h"
#include "PhoneFollower.h"
#include "TcpGate.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

// nv-cli verify --phones (a batch with one token) and flow --repeat, against a running
// nv-sandbox: real processes, real HTTP on loopback, the real request log.
class TestCliBatch : public QObject
{
    Q_OBJECT
private:
    static constexpr const char *Subscriber = "+34611111111";
    static constexpr const char *VerifyPath = "/camara/api/number-verification/v1/verify";
    QProcess m_sandbox;
    QByteArray m_sandboxOutput; // one line per request served: METHOD PATH STATUS CORRELATION
    QString m_sandboxUrl;
    QString m_token;
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QList<QJsonObject> lines() const
        {
            QList<QJsonObject> objects;
            for (const QByteArray &line : out.split('\n')) {
                if (!line.trimmed().isEmpty())
                    objects << QJsonDocument::fromJson(line).object();
            }
            return objects;
        }
    };

    QString verifyUrl(quint16 port = 0) const
    {
        QUrl url(m_sandboxUrl + QLatin1String(VerifyPath));
        if (port)
            url.setPort(port);
        return url.toString();
    }

    QStringList batchArgs(const QString &phones, quint16 port = 0) const
    {
        return {QStringLiteral("verify"),
                QStringLiteral("--verify-url"),
                verifyUrl(port),
                QStringLiteral("--token-env"),
                QStringLiteral("NV_TEST_TOKEN"),
                QStringLiteral("--phones"),
                phones};
    }

    QProcessEnvironment withToken(const QString &token) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_TEST_TOKEN"), token);
        return env;
    }

    // Runs nv-cli while this event loop keeps serving (the gate lives here).
    Run runCli(const QStringList &args, const QByteArray &input = {}, const QString &token = {})
    {
        QProcess cli;
        cli.setProcessEnvironment(withToken(token.isEmpty() ? m_token : token));
        cli.start(QStringLiteral(NV_CLI_BINARY), args);
        Run run;
        if (!cli.waitForStarted())
            return run;
        cli.write(input);
        cli.closeWriteChannel();
        if (!QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000)) {
            cli.kill();
            cli.waitForFinished();
            return run;
        }
        run.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -2;
        run.out = cli.readAllStandardOutput();
        run.err = cli.readAllStandardError();
        return run;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(bytes);
        return path;
    }

    // The sandbox prints a line per request as it serves it. A marker request with an id of its
    // own, once printed, means every request before it has been printed too.
    QList<QByteArray> sandboxLinesSince(qsizetype from)
    {
        const QByteArray marker = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QNetworkAccessManager http;
        QNetworkRequest request(QUrl(m_sandboxUrl + QStringLiteral("/nv-test-marker")));
        request.setRawHeader("x-correlation-id", marker);
        QNetworkReply *reply = http.get(request);
        // A marker that never comes: every line since `from` is returned, and the caller's
        // checks on them fail.
        (void)QTest::qWaitFor([&] { return m_sandboxOutput.indexOf(marker, from) >= 0; }, 15000);
        reply->deleteLater();
        const QByteArray since = m_sandboxOutput.mid(from);
        return since.left(since.indexOf(marker)).split('\n');
    }

    static int verifyCalls(const QList<QByteArray> &lines)
    {
        int calls = 0;
        for (const QByteArray &line : lines)
            calls += line.startsWith(QByteArray("POST ") + VerifyPath) ? 1 : 0;
        return calls;
    }

    // A token as any client gets one: the authorize chain with a cookie jar, then the token
    // endpoint with the sandbox's registered client.
    QString sandboxToken() const
    {
        QUrl authorize(m_sandboxUrl + QStringLiteral("/camara/api/auth/v1/authorize"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("nv-console-sandbox"));
        query.addQueryItem(QStringLiteral("redirect_uri"),
                           QStringLiteral("https://nv-console.invalid/callback"));
        query.addQueryItem(QStringLiteral("scope"), QStringLiteral("number-verification:verify"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("batch-test"));
        authorize.setQuery(query);
        const nvtest::PhoneWalk walk =
            nvtest::walkAsPhone(authorize, QStringLiteral("https://nv-console.invalid/callback"));
        const QString code = QUrlQuery(walk.stoppedAt).queryItemValue(QStringLiteral("code"));
        if (code.isEmpty())
            return {};
        QNetworkAccessManager http;
        QNetworkRequest request(QUrl(m_sandboxUrl + QStringLiteral("/camara/api/auth/v1/token")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("redirect_uri"),
                          QStringLiteral("https://nv-console.invalid/callback"));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("nv-console-sandbox"));
        form.addQueryItem(QStringLiteral("client_secret"),
                          QStringLiteral("nv-sandbox-secret-3f9a"));
        QNetworkReply *reply = http.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        // An answer that never comes: no token, and the test that needs it fails.
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QStringLiteral("access_token"))
            .toString();
    }

    // 20 numbers: the subscriber's on the even lines, others on the odd ones.
    static QByteArray twentyNumbers()
    {
        QByteArray list;
        for (int i = 1; i <= 20; ++i)
            list += (i % 2 == 0 ? QByteArray(Subscriber)
                                : QByteArray("+346000000") + QByteArray::number(10 + i)) +
                    '\n';
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        connect(&m_sandbox, &QProcess::readyReadStandardOutput, this,
                [this] { m_sandboxOutput += m_sandbox.readAllStandardOutput(); });
        m_sandbox.start(QStringLiteral(NV_SANDBOX_BINARY),
                        {QStringLiteral("--msisdn"), QLatin1String(Subscriber)});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandboxOutput.contains('\n'), 15000);
        const QByteArray first = m_sandboxOutput.left(m_sandboxOutput.indexOf('\n')).trimmed();
        QVERIFY2(first.startsWith("NV_SANDBOX_URL=http://127.0.0.1:"), first.constData());
        m_sandboxUrl = QString::fromLatin1(first.mid(first.indexOf('=') + 1));
        m_token = sandboxToken();
        QVERIFY(!m_token.isEmpty());
    }
    void cleanupTestCase()
    {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(5000))
            m_sandbox.kill();
    }

    void batchOverOneConnectionAllInTheLog()
    {
        nvtest::TcpGate gate(QUrl(m_sandboxUrl).port());
        QVERIFY(gate.listen());
        const QString log = m_dir.filePath(QStringLiteral("batch.sqlite"));
        const qsizetype before = m_sandboxOutput.size();
        QStringList args =
            batchArgs(writeFile(QStringLiteral("twenty.txt"), twentyNumbers()), gate.port());
        args << QStringLiteral("--json") << QStringLiteral("--log-db") << log;
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 1); // mixed: some numbers are not the subscriber's
        const QList<QJsonObject> lines = run.lines();
        QCOMPARE(lines.size(), 20);
        QSet<QString> ids;
        QStringList printedOrder;
        for (const QJsonObject &line : lines) {
            const int input = line.value(QStringLiteral("line")).toInt();
            QCOMPARE(line.value(QStringLiteral("verified")).toBool(), input % 2 == 0);
            QCOMPARE(line.value(QStringLiteral("status")).toInt(), 200);
            QVERIFY(line.value(QStringLiteral("assessedAt")).isString());
            QVERIFY(line.value(QStringLiteral("ms")).isDouble());
            printedOrder << line.value(QStringLiteral("correlationId")).toString();
            ids.insert(printedOrder.last());
        }
        QCOMPARE(ids.size(), 20);        // an id of its own per call
        QCOMPARE(gate.connections(), 1); // keep-alive: the 20 calls shared one connection
        // Printed in the order the sandbox answered.
        QStringList servedOrder;
        for (const QByteArray &line : sandboxLinesSince(before)) {
            if (line.startsWith(QByteArray("POST ") + VerifyPath))
                servedOrder << QString::fromLatin1(line.split(' ').value(3));
        }
        QCOMPARE(printedOrder, servedOrder);
        QVERIFY2(run.err.contains("10 verified, 10 not verified"), run.err.constData());

        const nvtest::CliResult listed = nvtest::runCli(
            QStringLiteral(NV_CLI_BINARY),
            {QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--step"), QStringLiteral("verify"), QStringLiteral("--log-db"), log});
        QCOMPARE(listed.exitCode, 0);
        QSet<QString> logged;
        for (const QJsonValue row : QJsonDocument::fromJson(listed.out).array())
            logged.insert(row.toObject().value(QStringLiteral("correlationId")).toString());
        QCOMPARE(logged, ids);
        for (const QString &name :
             QDir(m_dir.path()).entryList({QStringLiteral("batch.sqlite*")})) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_token.toUtf8()), "the token never reaches the log");
        }
    }

    void answersArePrintedAsTheyArrive()
    {
        // The first number's answer is held back until every other one has been printed.
        nvtest::TcpGate gate(QUrl(m_sandboxUrl).port());
        QVERIFY(gate.listen());
        gate.holdAnswersTo("+34600000099");
        QByteArray list = "+34600000099\n";
        for (int i = 0; i < 9; ++i)
            list += QByteArray(Subscriber) + '\n';
        QStringList args = batchArgs(writeFile(QStringLiteral("held.txt"), list), gate.port());
        args << QStringLiteral("--json") << QStringLiteral("--no-log")
             << QStringLiteral("--concurrency") << QStringLiteral("2");
        QProcess cli;
        cli.setProcessEnvironment(withToken(m_token));
        cli.start(QStringLiteral(NV_CLI_BINARY), args);
        QByteArray printed;
        QTRY_COMPARE_WITH_TIMEOUT((printed += cli.readAllStandardOutput()).count('\n'), 9, 30000);
        QCOMPARE(cli.state(), QProcess::Running);
        QCOMPARE(gate.heldConnections(), 1);
        QVERIFY(!printed.contains("+34600000099"));
        gate.release();
        QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 30000);
        printed += cli.readAllStandardOutput();
        const QList<QByteArray> lines = printed.trimmed().split('\n');
        QCOMPARE(lines.size(), 10);
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(last.value(QStringLiteral("number")).toString(), QStringLiteral("+34600000099"));
        QCOMPARE(last.value(QStringLiteral("line")).toInt(), 1);
        QCOMPARE(cli.exitCode(), 1);
        QCOMPARE(gate.connections(), 2); // --concurrency 2: two connections, both kept alive
    }

    void strictStopsBeforeAnythingIsSent()
    {
        const QString path = writeFile(QStringLiteral("strict.txt"),
                                       QByteArray(Subscriber) + "\n+34600000001\n0034 666\n");
        const qsizetype before = m_sandboxOutput.size();
        QStringList args = batchArgs(path);
        args << QStringLiteral("--strict") << QStringLiteral("--no-log");
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("line 3"), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(verifyCalls(sandboxLinesSince(before)), 0); // the sandbox saw no verify
    }

    void badLineIsSkippedWithItsLineNumber()
    {
        const QString path = writeFile(QStringLiteral("skip.txt"),
                                       QByteArray(Subscriber) + "\n\n# a comment\nnot-a-number\n" +
                                           Subscriber + "\n");
        QStringList args = batchArgs(path);
        args << QStringLiteral("--json") << QStringLiteral("--no-log");
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 1); // both sent numbers verified, but one line was left out
        QCOMPARE(run.lines().size(), 2);
        QCOMPARE(run.lines().at(1).value(QStringLiteral("line")).toInt(), 5);
        QVERIFY2(run.err.contains("line 4") && run.err.contains("skipped"), run.err.constData());
    }

    void emptyListIsBadUsage_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("standardInput");
        QTest::newRow("empty file") << QByteArray() << false;
        QTest::newRow("blank lines and comments") << QByteArray("\n  \n# nothing\n") << false;
        QTest::newRow("CSV header only") << QByteArray("name,phoneNumber\n") << false;
        QTest::newRow("empty standard input") << QByteArray() << true;
    }
    void emptyListIsBadUsage()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, standardInput);
        const qsizetype before = m_sandboxOutput.size();
        QStringList args = batchArgs(
            standardInput ? QStringLiteral("-") : writeFile(QStringLiteral("empty.txt"), content));
        args << QStringLiteral("--no-log");
        const Run run = runCli(args, content);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("no number"), run.err.constData());
        QCOMPARE(verifyCalls(sandboxLinesSince(before)), 0);
    }

    void csvWithAPhoneNumberColumn()
    {
        const QByteArray csv = "name,phoneNumber,note\r\n"
                               "\"Doe, Jane\",+34611111111,first\r\n"
                               "Roe,\"+34600000002\",\"two\r\nlines\"\r\n"
                               "Poe,,missing\r\n"
                               "Moe,+34611111111,last\r\n";
        QStringList args = batchArgs(writeFile(QStringLiteral("numbers.csv"), csv));
        args << QStringLiteral("--json") << QStringLiteral("--no-log");
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 1);
        const QList<QJsonObject> lines = run.lines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).value(QStringLiteral("number")).toString(), QLatin1String(Subscriber));
        QCOMPARE(lines.at(0).value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(lines.at(1).value(QStringLiteral("number")).toString(),
                 QStringLiteral("+34600000002"));
        QCOMPARE(lines.at(1).value(QStringLiteral("verified")).toBool(), false);
        QCOMPARE(lines.at(2).value(QStringLiteral("line")).toInt(), 6); // after a two-line record
        QVERIFY2(run.err.contains("line 5"), run.err.constData());      // the empty field
    }

    void csvWithoutTheColumnIsRefused()
    {
        const qsizetype before = m_sandboxOutput.size();
        QStringList args = batchArgs(
            writeFile(QStringLiteral("nocolumn.csv"), "name,msisdn\nJane,+34611111111\n"));
        args << QStringLiteral("--no-log");
        const Run run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("phoneNumber"), run.err.constData());
        QCOMPARE(verifyCalls(sandboxLinesSince(before)), 0);
    }

    void standardInput()
    {
        QStringList args = batchArgs(QStringLiteral("-"));
        args << QStringLiteral("--no-log") << QStringLiteral("--correlation-id")
             << QStringLiteral("stdin-batch");
        const Run run = runCli(args, QByteArray(Subscriber) + "\n" + Subscriber + "\n");
        QCOMPARE(run.exitCode, 0); // every number verified
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains("verified") && lines.at(0).contains("stdin-batch-1"),
                 lines.at(0).constData());
        QVERIFY2(lines.at(1).contains("stdin-batch-2"), lines.at(1).constData());
    }

    void refusedTokenStopsTheBatchWithFour()
    {
        const qsizetype before = m_sandboxOutput.size();
        QStringList args = batchArgs(writeFile(QStringLiteral("refused.txt"), twentyNumbers()));
        args << QStringLiteral("--json") << QStringLiteral("--no-log");
        const Run run = runCli(args, {}, QStringLiteral("not-a-token"));
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.lines().size(), 1);
        QCOMPARE(run.lines().first().value(QStringLiteral("status")).toInt(), 401);
        QVERIFY2(run.err.contains("19 not sent"), run.err.constData());
        QCOMPARE(verifyCalls(sandboxLinesSince(before)), 1);
    }

    void repeatReportsEachRunAndPercentiles()
    {
        const nvtest::CliResult json =
            nvtest::runCli(QStringLiteral(NV_CLI_BINARY),
                           {QStringLiteral("flow"), QStringLiteral("--repeat"), QStringLiteral("3"),
                            QStringLiteral("--json"), QStringLiteral("--no-log"),
                            QStringLiteral("--phone"), QStringLiteral("+34666666666"),
                            QStringLiteral("--correlation-id"), QStringLiteral("rep")});
        QCOMPARE(json.exitCode, 0);
        const QList<QByteArray> lines = json.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject run = QJsonDocument::fromJson(lines.at(i)).object();
            QCOMPARE(run.value(QStringLiteral("run")).toInt(), i + 1);
            QCOMPARE(run.value(QStringLiteral("outcome")).toString(), QStringLiteral("verified"));
            QCOMPARE(run.value(QStringLiteral("correlationId")).toString(),
                     QStringLiteral("rep-%1").arg(i + 1));
            QVERIFY(run.value(QStringLiteral("stepsMs"))
                        .toObject()
                        .value(QStringLiteral("verify"))
                        .isDouble());
        }
        const QJsonObject summary = QJsonDocument::fromJson(lines.at(3))
                                        .object()
                                        .value(QStringLiteral("summary"))
                                        .toObject();
        QCOMPARE(summary.value(QStringLiteral("runs")).toInt(), 3);
        const QJsonObject total = summary.value(QStringLiteral("totalMs")).toObject();
        QCOMPARE(total.value(QStringLiteral("count")).toInt(), 3);
        for (const char *key : {"p50", "p90", "p99", "max"})
            QVERIFY2(total.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(total.value(QStringLiteral("p50")).toInteger() <=
                total.value(QStringLiteral("max")).toInteger());
        for (const char *step : {"authorize", "code", "token", "verify"})
            QCOMPARE(summary.value(QStringLiteral("stepsMs"))
                         .toObject()
                         .value(QLatin1String(step))
                         .toObject()
                         .value(QStringLiteral("count"))
                         .toInt(),
                     3);

        const nvtest::CliResult text =
            nvtest::runCli(QStringLiteral(NV_CLI_BINARY),
                           {QStringLiteral("flow"), QStringLiteral("--repeat"), QStringLiteral("3"),
                            QStringLiteral("--no-log"), QStringLiteral("--phone"),
                            QStringLiteral("+34600000001")});
        QCOMPARE(text.exitCode, 1); // not verified, three times
        QCOMPARE(text.out.count("run "), 3);
        QVERIFY2(text.out.contains("run 3/3") && text.out.contains("p99") &&
                     text.out.contains("3 not-verified"),
                 text.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
