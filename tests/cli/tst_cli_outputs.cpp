#include "CliProcess.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// What nv-cli prints when the server or the disk misbehaves: a server that echoes the client
// secret and the code into its error never gets them onto standard output or error, and a
// request log that cannot be written says so (logError) instead of staying silent.
class TestCliOutputs : public QObject
{
    Q_OBJECT
private:
    QProcess m_sandbox;
    QString m_sandboxUrl;
    // With characters that are encoded differently in a form, a URL and JSON.
    const QString m_secret = QStringLiteral("Echo Me+/=&%-7c1f");

    nvtest::CliResult flow(const QStringList &extra) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_TEST_SECRET"), m_secret);
        return nvtest::runCli(
            QStringLiteral(NV_CLI_BINARY),
            QStringList{QStringLiteral("flow"), QStringLiteral("--base-url"), m_sandboxUrl,
                        QStringLiteral("--client-id"), QStringLiteral("echo-client"),
                        QStringLiteral("--client-secret-env"), QStringLiteral("NV_TEST_SECRET"),
                        QStringLiteral("--redirect-uri"),
                        QStringLiteral("https://nv-console.invalid/callback"),
                        QStringLiteral("--phone"), QStringLiteral("+34666666666")} +
                extra,
            env);
    }

    void assertNoSecret(const QByteArray &printed) const
    {
        const QByteArray raw = m_secret.toUtf8();
        for (const QByteArray &form :
             {raw, QUrl::toPercentEncoding(m_secret), QUrl::toPercentEncoding(m_secret).toLower(),
              QByteArray(raw).replace(' ', '+'), QByteArray(raw).replace('/', "\\/")})
            QVERIFY2(!printed.contains(form), form.constData());
    }

private slots:
    void initTestCase()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_ECHO_SECRET"), m_secret);
        m_sandbox.setProcessEnvironment(env);
        m_sandbox.start(QStringLiteral(NV_SANDBOX_BINARY),
                        {QStringLiteral("--quiet"), QStringLiteral("--scenario"),
                         QStringLiteral("echo-secrets"), QStringLiteral("--client"),
                         QStringLiteral("echo-client,secret-env=NV_ECHO_SECRET,redirect=https://"
                                        "nv-console.invalid/callback")});
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

    void anEchoingServerPutsNoSecretOnTheTerminal_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("transcript") << false;
        QTest::newRow("json") << true;
    }
    void anEchoingServerPutsNoSecretOnTheTerminal()
    {
        QFETCH(bool, json);
        QStringList extra{QStringLiteral("--no-log")};
        if (json)
            extra << QStringLiteral("--json");
        const nvtest::CliResult r = flow(extra);
        QCOMPARE(r.exitCode, 3); // the token step failed, as the scenario does
        // The echo arrived (the server did echo), and it was redacted on the way out.
        QVERIFY2(r.out.contains("echo-secrets") && r.out.contains("[redacted:"), r.out);
        assertNoSecret(r.out);
        assertNoSecret(r.err);
    }

    void aLogThatCannotBeWrittenIsReported()
    {
        QTemporaryDir dir;
        // The log's folder is a file: nothing can be written there.
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString logDb = dir.filePath(QStringLiteral("not-a-folder/log.sqlite"));
        const nvtest::CliResult r = nvtest::runCli(
            QStringLiteral(NV_CLI_BINARY),
            {QStringLiteral("flow"), QStringLiteral("--json"), QStringLiteral("--log-db"), logDb,
             QStringLiteral("--phone"), QStringLiteral("+34666666666")});
        QCOMPARE(r.exitCode, 0); // the verdict is the operator's, whatever the disk did
        const QString logError = r.json().value(QStringLiteral("logError")).toString();
        QVERIFY2(!logError.isEmpty(), r.out);
        QVERIFY2(r.err.contains("request log"), r.err);
    }

    void filesThatAreNotFilesAreRefused_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("profile file") << QStringLiteral("--profile-file");
        QTest::newRow("key file") << QStringLiteral("--key-file");
    }
    void filesThatAreNotFilesAreRefused()
    {
        // /dev/zero would otherwise be read until memory runs out.
        QFETCH(QString, option);
        QStringList args{QStringLiteral("flow"),
                         QStringLiteral("--no-log"),
                         option,
                         QStringLiteral("/dev/zero"),
                         QStringLiteral("--phone"),
                         QStringLiteral("+34666666666")};
        if (option == QLatin1String("--key-file"))
            args << QStringLiteral("--token-auth") << QStringLiteral("private_key_jwt");
        const nvtest::CliResult r = nvtest::runCli(QStringLiteral(NV_CLI_BINARY), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not a regular file"), r.err);
    }

    void aLogThatWorksHasNoLogError()
    {
        QTemporaryDir dir;
        const nvtest::CliResult r =
            nvtest::runCli(QStringLiteral(NV_CLI_BINARY),
                           {QStringLiteral("flow"), QStringLiteral("--json"),
                            QStringLiteral("--log-db"), dir.filePath(QStringLiteral("log.sqlite")),
                            QStringLiteral("--phone"), QStringLiteral("+34666666666")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(QStringLiteral("logError")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_cli_outputs.moc"
