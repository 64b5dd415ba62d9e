#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// nv-cli as a person or a script uses it: real processes, real exit codes, real JSON.
class TestCli : public QObject
{
    Q_OBJECT
private:
    QProcess m_sandbox;
    QString m_sandboxUrl;

    using Result = nvtest::CliResult;

    static Result cli(const QStringList &args,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return nvtest::runCli(QStringLiteral(NV_CLI_BINARY), args, env);
    }

    QStringList againstSandbox(const QString &phone) const
    {
        return {QStringLiteral("flow"),
                QStringLiteral("--json"),
                QStringLiteral("--base-url"),
                m_sandboxUrl,
                QStringLiteral("--client-id"),
                QStringLiteral("nv-console-sandbox"),
                QStringLiteral("--client-secret-env"),
                QStringLiteral("NV_TEST_SECRET"),
                QStringLiteral("--redirect-uri"),
                QStringLiteral("https://nv-console.invalid/callback"),
                QStringLiteral("--phone"),
                phone};
    }
    static QProcessEnvironment withSecret(const QString &secret)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_TEST_SECRET"), secret);
        return env;
    }

private slots:
    void initTestCase()
    {
        m_sandbox.start(QStringLiteral(NV_SANDBOX_BINARY),
                        {QStringLiteral("--quiet"), QStringLiteral("--msisdn"),
                         QStringLiteral("+34611111111")});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 15000);
        const QByteArray first = m_sandbox.readLine().trimmed();
        QVERIFY2(first.startsWith("NV_SANDBOX_URL=http://127.0.0.1:"), first.constData());
        m_sandboxUrl = QString::fromLatin1(first.mid(first.indexOf('=') + 1));
    }
    void cleanupTestCase()
    {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(5000))
            m_sandbox.kill();
    }

    void builtInSandboxVerifiesOffline()
    {
        const Result r =
            cli({QStringLiteral("flow"), QStringLiteral("--json"), QStringLiteral("--no-log"),
                 QStringLiteral("--phone"), QStringLiteral("+34666666666")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(true));
        QVERIFY(o.value(QStringLiteral("assessedAt")).isString());
        QCOMPARE(o.value(QStringLiteral("correlationId")).toString().size(), 36);
        QCOMPARE(o.value(QStringLiteral("steps")).toArray().size(), 4);
    }

    void runningSandboxTrueAndFalse()
    {
        Result r = cli(againstSandbox(QStringLiteral("+34611111111")),
                       withSecret(QStringLiteral("nv-sandbox-secret-3f9a")));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(true));
        r = cli(againstSandbox(QStringLiteral("+34666666666")),
                withSecret(QStringLiteral("nv-sandbox-secret-3f9a")));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(false));
        for (const QJsonValue step : r.json().value(QStringLiteral("steps")).toArray()) {
            QVERIFY(step.toObject().contains(QStringLiteral("durationMs")));
            QCOMPARE(step.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("done"));
        }
    }

    void correlationIdIsTheOneGiven()
    {
        QStringList args = againstSandbox(QStringLiteral("+34611111111"));
        args << QStringLiteral("--correlation-id") << QStringLiteral("demo-42")
             << QStringLiteral("--correlation-header") << QStringLiteral("x-correlator");
        const Result r = cli(args, withSecret(QStringLiteral("nv-sandbox-secret-3f9a")));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("correlationId")).toString(),
                 QStringLiteral("demo-42"));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("not e164") << QStringList{QStringLiteral("flow"), QStringLiteral("--json"),
                                                 QStringLiteral("--phone"),
                                                 QStringLiteral("0034666666666")};
        QTest::newRow("letters") << QStringList{QStringLiteral("flow"), QStringLiteral("--json"),
                                                QStringLiteral("--phone"),
                                                QStringLiteral("+12334foo22222")};
        QTest::newRow("no phone") << QStringList{QStringLiteral("flow"), QStringLiteral("--json")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("flow"), QStringLiteral("--frobnicate")};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")};
        QTest::newRow("bad browser") << QStringList{
            QStringLiteral("flow"), QStringLiteral("--phone"), QStringLiteral("+34666666666"),
            QStringLiteral("--browser"), QStringLiteral("chrome")};
        QTest::newRow("partial endpoints") << QStringList{
            QStringLiteral("flow"), QStringLiteral("--phone"), QStringLiteral("+34666666666"),
            QStringLiteral("--token-url"), QStringLiteral("https://op.example.com/token")};
        QTest::newRow("missing secret env") << QStringList{
            QStringLiteral("flow"), QStringLiteral("--phone"), QStringLiteral("+34666666666"),
            QStringLiteral("--client-secret-env"), QStringLiteral("NV_UNSET_VARIABLE")};
        QTest::newRow("verify without token")
            << QStringList{QStringLiteral("verify"), QStringLiteral("--verify-url"),
                           QStringLiteral("http://127.0.0.1:1/verify"), QStringLiteral("--phone"),
                           QStringLiteral("+34666666666")};
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        const Result r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.isEmpty(), "the reason is printed");
        if (args.contains(QStringLiteral("--json")) && args.contains(QStringLiteral("--phone"))) {
            const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
            QCOMPARE(error.value(QStringLiteral("step")).toString(), QStringLiteral("input"));
            QVERIFY(error.value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("E.164")));
        }
    }

    void authFailureExitsThree()
    {
        const Result r = cli(againstSandbox(QStringLiteral("+34611111111")),
                             withSecret(QStringLiteral("Zq9-not-the-secret")));
        QCOMPARE(r.exitCode, 3);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("step")).toString(), QStringLiteral("token"));
        QCOMPARE(error.value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_client"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!r.out.contains("Zq9-not-the-secret")); // the secret is not echoed
    }

    void apiErrorExitsFour()
    {
        QStringList args = againstSandbox(QStringLiteral("+00012230304913849"));
        args << QStringLiteral("--allow-invalid");
        const Result r = cli(args, withSecret(QStringLiteral("nv-sandbox-secret-3f9a")));
        QCOMPARE(r.exitCode, 4);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("step")).toString(), QStringLiteral("verify"));
        QCOMPARE(error.value(QStringLiteral("status")).toInt(), 400);
        QCOMPARE(error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("INVALID_ARGUMENT"));
    }

    void verifyWithABadTokenExitsFour()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_TOKEN"), QStringLiteral("not-a-token"));
        const Result r =
            cli({QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--no-log"),
                 QStringLiteral("--verify-url"),
                 m_sandboxUrl + QStringLiteral("/camara/api/number-verification/v1/verify"),
                 QStringLiteral("--token-env"), QStringLiteral("NV_TOKEN"),
                 QStringLiteral("--phone"), QStringLiteral("+34611111111")},
                env);
        QCOMPARE(r.exitCode, 4);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("UNAUTHENTICATED"));
    }

    void unreachableOperatorExitsFive()
    {
        const Result r =
            cli({QStringLiteral("flow"), QStringLiteral("--json"), QStringLiteral("--no-log"),
                 QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1"),
                 QStringLiteral("--client-id"), QStringLiteral("c"),
                 QStringLiteral("--client-secret-env"), QStringLiteral("NV_TEST_SECRET"),
                 QStringLiteral("--redirect-uri"), QStringLiteral("https://app.example.com/cb"),
                 QStringLiteral("--phone"), QStringLiteral("+34611111111")},
                withSecret(QStringLiteral("s")));
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("step"))
                     .toString(),
                 QStringLiteral("authorize"));
    }

    void helpDocumentsEverything()
    {
        const Result r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *needle :
             {"flow", "verify", "--browser none|offscreen", "--client-secret-env", "--token-env",
              "--allow-invalid", "Exit codes", "--json"})
            QVERIFY2(r.out.contains(needle), needle);
        const Result flowHelp = cli({QStringLiteral("flow"), QStringLiteral("--help")});
        QCOMPARE(flowHelp.exitCode, 0);
        QVERIFY(flowHelp.out.contains("--redirect-uri"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
