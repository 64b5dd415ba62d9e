#include "CliProcess.h"
#include "FileScan.h"
#include "LoopbackHitCounter.h"
#include "OperatorSandbox.h"
#include "TestBudget.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <csignal>

using nv::OperatorSandbox;
using nv::RecordedRequest;
using nv::SandboxConfig;

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

    // nv-cli while this process keeps its event loop running, for a sandbox in this process
    // (runCli blocks, and an in-process sandbox would never answer).
    static Result cliServing(const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(NV_CLI_BINARY), args);
        Result result;
        if (!finished.wait(nvtest::budgetMs(60000))) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // An empty HOME with nothing of the test's own XDG folders: nv-cli finds its default
    // places below it, as on a fresh account.
    static QProcessEnvironment freshHome(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name :
             {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), home);
        QDir(home).mkpath(QStringLiteral("run"));
        QFile::setPermissions(home + QStringLiteral("/run"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/run"));
        return env;
    }

private slots:
    void initTestCase()
    {
        nvtest::TestBudget::instance();
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
        // authorize, code, token, verify: an empty list would make the loop below say nothing.
        const QJsonArray steps = r.json().value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 4);
        for (const QJsonValue step : steps) {
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

    // The operator ends the authorize chain with error=access_denied (the built-in sandbox's
    // not-on-mobile-network-denied scenario, chosen by its test number in login_hint).
    void authorizeFailureExitsThree()
    {
        const Result r =
            cli({QStringLiteral("flow"), QStringLiteral("--json"), QStringLiteral("--no-log"),
                 QStringLiteral("--login-hint"), QStringLiteral("tel:+9900000003"),
                 QStringLiteral("--phone"), QStringLiteral("+34666666666")});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        // The chain was walked (authorize) and ended on the redirect URI with error= instead
        // of a code: the failure belongs to the code step, the one that reads the redirect.
        QCOMPARE(error.value(QStringLiteral("step")).toString(), QStringLiteral("code"));
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("access_denied"));
        QVERIFY2(!error.value(QStringLiteral("message")).toString().isEmpty(), r.out.constData());
        QVERIFY2(error.value(QStringLiteral("explanation"))
                     .toString()
                     .contains(QLatin1String("mobile data")),
                 r.out.constData());
        // Nothing after the failed step was attempted.
        QStringList states;
        for (const QJsonValue step : r.json().value(QStringLiteral("steps")).toArray())
            states << step.toObject().value(QStringLiteral("state")).toString();
        QCOMPARE(states, (QStringList{QStringLiteral("done"), QStringLiteral("failed"),
                                      QStringLiteral("skipped"), QStringLiteral("skipped")}));
    }

    // A run with nv-cli's own defaults (no --log-db, no --no-log) in a fresh HOME: the request
    // log it writes there holds the run (its correlation id), and no secret of the run in any
    // form, in any file. The secrets are taken from what the sandbox received.
    void defaultLogUnderAFreshHomeHoldsNoSecret()
    {
        QTemporaryDir home(qEnvironmentVariable("NV_TEST_HOME", QDir::tempPath()) +
                           QStringLiteral("/fresh-XXXXXX"));
        QVERIFY(home.isValid());
        SandboxConfig config = SandboxConfig::defaults();
        config.clients.first().secret =
            QStringLiteral("Cli-Canary-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        OperatorSandbox sandbox(config);
        QVERIFY(sandbox.listen());
        const QString correlationId =
            QStringLiteral("cli-log-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QProcessEnvironment env = freshHome(home.path());
        env.insert(QStringLiteral("NV_TEST_SECRET"), config.clients.first().secret);
        QStringList args = {QStringLiteral("flow"),
                            QStringLiteral("--json"),
                            QStringLiteral("--base-url"),
                            sandbox.baseUrl().toString(),
                            QStringLiteral("--client-id"),
                            SandboxConfig::defaultClientId(),
                            QStringLiteral("--client-secret-env"),
                            QStringLiteral("NV_TEST_SECRET"),
                            QStringLiteral("--redirect-uri"),
                            SandboxConfig::defaultRedirectUri().toString(),
                            QStringLiteral("--pkce"),
                            QStringLiteral("on"),
                            QStringLiteral("--correlation-id"),
                            correlationId,
                            QStringLiteral("--phone"),
                            config.msisdn};
        const Result r = cliServing(args, env);
        QVERIFY2(r.exitCode == 0, r.out + r.err);

        QStringList secrets{config.clients.first().secret};
        for (const RecordedRequest &request : sandbox.recentRequests()) {
            secrets << request.formValue(QStringLiteral("code"))
                    << request.formValue(QStringLiteral("code_verifier"));
            const QByteArray bearer = request.header("Authorization");
            if (bearer.startsWith("Bearer "))
                secrets << QString::fromLatin1(bearer.mid(7));
        }
        secrets.removeAll(QString());
        secrets.removeDuplicates();
        // The client secret, the code, the verifier and the access token, at least.
        QVERIFY2(secrets.size() >= 4, qPrintable(secrets.join(QLatin1Char(' '))));

        const nvtest::FileScan scan =
            nvtest::scanFiles(home.path(), secrets, correlationId.toUtf8());
        QVERIFY2(scan.sawMarker, "the run's correlation id is in no file: nothing was logged");
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join(QLatin1Char('\n'))));
        // The id_token never crossed a request, so it is looked for by its shape: no file holds
        // a signed JWT (header.payload.signature) at all.
        const QRegularExpression jwt(
            QStringLiteral("eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,}"));
        QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromLatin1(file.readAll());
            QVERIFY2(!jwt.match(text).hasMatch(), qPrintable(file.fileName()));
        }
    }

    // Ctrl-C (SIGINT) or a script's kill (SIGTERM) while the authorize request waits for an
    // operator that never answers: the run is cancelled, reported, and nv-cli exits 130 on its
    // own (a normal exit, not death by the signal), after closing its log.
    void anInterruptedRunExits130_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<int>("repeat"); // 0: one run
        QTest::newRow("SIGINT") << int(SIGINT) << 0;
        QTest::newRow("SIGTERM") << int(SIGTERM) << 0;
        QTest::newRow("SIGINT, --repeat 3") << int(SIGINT) << 3;
    }
    void anInterruptedRunExits130()
    {
        QFETCH(int, signalNumber);
        QFETCH(int, repeat);
        nvtest::LoopbackHitCounter silent; // accepts, reads, never answers
        QVERIFY(silent.listen());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(silent.callbackUrl().port());
        QTemporaryDir dir;
        const QString logDb = dir.filePath(QStringLiteral("log.sqlite"));
        QStringList args{QStringLiteral("flow"),
                         QStringLiteral("--json"),
                         QStringLiteral("--authorize-url"),
                         base + QStringLiteral("/authorize"),
                         QStringLiteral("--token-url"),
                         base + QStringLiteral("/token"),
                         QStringLiteral("--verify-url"),
                         base + QStringLiteral("/verify"),
                         QStringLiteral("--client-id"),
                         QStringLiteral("interrupted"),
                         QStringLiteral("--client-secret-env"),
                         QStringLiteral("NV_TEST_SECRET"),
                         QStringLiteral("--redirect-uri"),
                         QStringLiteral("https://nv-console.invalid/callback"),
                         QStringLiteral("--timeout"),
                         QStringLiteral("600"),
                         QStringLiteral("--log-db"),
                         logDb,
                         QStringLiteral("--phone"),
                         QStringLiteral("+34666666666")};
        if (repeat > 0)
            args << QStringLiteral("--repeat") << QString::number(repeat);
        QProcess process;
        process.setProcessEnvironment(withSecret(QStringLiteral("interrupt-secret-1")));
        process.start(QStringLiteral(NV_CLI_BINARY), args);
        QVERIFY(process.waitForStarted(nvtest::budgetMs(10000)));
        // The authorize request has arrived: the run is in flight, waiting.
        QTRY_VERIFY_WITH_TIMEOUT(silent.requests() == 1, nvtest::budgetMs(60000));
        QVERIFY2(silent.seen().startsWith("GET /authorize"), silent.seen().constData());
        QCOMPARE(::kill(pid_t(process.processId()), signalNumber), 0);
        QSignalSpy finished(&process, &QProcess::finished);
        QVERIFY(process.state() == QProcess::NotRunning || finished.wait(nvtest::budgetMs(30000)));
        const QByteArray out = process.readAllStandardOutput();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130);
        // No run started after the signal: the silent operator heard one authorize only.
        QCoreApplication::processEvents();
        QCOMPARE(silent.connections(), 1);
        QCOMPARE(silent.requests(), 1);
        if (repeat > 0)
            return; // a series prints its summary, not one run's outcome
        const QJsonObject result = QJsonDocument::fromJson(out).object();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("cancelled"));
        const QJsonArray steps = result.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 4);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("cancelled"));
        QVERIFY2(QFileInfo(logDb).size() > 0, qPrintable(logDb));
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
