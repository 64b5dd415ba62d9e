#include "CliProcess.h"
#include "PhoneFollower.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// nv-cli --browser phone end to end: the authorize URL printed for a phone (QR code and an
// "authorize-url:" line), a plain HTTP client playing the phone walks the chain, and the code
// comes back through a relay (the built-in sandbox's, or the real nv-relay) or pasted on stdin.
class TestCliPhone : public QObject
{
    Q_OBJECT
private:
    QProcess m_sandbox;
    QProcess m_relay;
    QString m_sandboxUrl;
    QString m_relayUrl;

    static QString firstLineValue(QProcess &process, const QByteArray &prefix)
    {
        if (!process.waitForStarted())
            return {};
        // No line in time: the empty answer below fails the caller's checks.
        (void)QTest::qWaitFor([&] { return process.canReadLine(); }, 15000);
        const QByteArray first = process.readLine().trimmed();
        return first.startsWith(prefix) ? QString::fromLatin1(first.mid(prefix.size())) : QString();
    }

    // Starts nv-cli and returns once it has printed the authorize URL for the phone.
    static QUrl startFlow(QProcess &cli, const QStringList &args, QByteArray *printed)
    {
        cli.start(QStringLiteral(NV_CLI_BINARY), args);
        const QRegularExpression line(QStringLiteral("authorize-url: (\\S+)"));
        QRegularExpressionMatch match;
        // No URL in time: the empty URL returned fails the caller's checks.
        (void)QTest::qWaitFor(
            [&] {
                *printed += cli.readAllStandardError();
                match = line.match(QString::fromUtf8(*printed));
                return match.hasMatch();
            },
            20000);
        return QUrl(match.captured(1), QUrl::StrictMode);
    }

    static QJsonObject finish(QProcess &cli, int *exitCode)
    {
        if (!cli.waitForFinished(30000)) {
            cli.kill();
            cli.waitForFinished();
        }
        *exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -2;
        return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase()
    {
        m_relay.start(QStringLiteral(NV_RELAY_BINARY), {});
        m_relayUrl = firstLineValue(m_relay, "NV_RELAY_URL=");
        QVERIFY(m_relayUrl.startsWith(QLatin1String("http://127.0.0.1:")));
        m_sandbox.start(QStringLiteral(NV_SANDBOX_BINARY),
                        {QStringLiteral("--quiet"), QStringLiteral("--msisdn"),
                         QStringLiteral("+34611111111"), QStringLiteral("--redirect-uri"),
                         m_relayUrl + QStringLiteral("/callback"), QStringLiteral("--redirect-uri"),
                         QStringLiteral("https://nv-console.invalid/callback")});
        m_sandboxUrl = firstLineValue(m_sandbox, "NV_SANDBOX_URL=");
        QVERIFY(m_sandboxUrl.startsWith(QLatin1String("http://127.0.0.1:")));
    }
    void cleanupTestCase()
    {
        for (QProcess *p : {&m_sandbox, &m_relay}) {
            p->terminate();
            if (!p->waitForFinished(5000))
                p->kill();
        }
    }

    void theBuiltInSandboxPlaysTheRelay()
    {
        QProcess cli;
        QByteArray printed;
        const QUrl url =
            startFlow(cli,
                      {QStringLiteral("flow"), QStringLiteral("--json"), QStringLiteral("--no-log"),
                       QStringLiteral("--browser"), QStringLiteral("phone"),
                       QStringLiteral("--phone"), QStringLiteral("+34666666666")},
                      &printed);
        QVERIFY2(url.isValid(), printed);
        QVERIFY2(printed.contains("▀") || printed.contains("▄") || printed.contains("█"),
                 "a QR code in half blocks is printed for the phone");
        const nvtest::PhoneWalk walk = nvtest::walkAsPhone(url);
        QCOMPARE(walk.finalStatus, 200); // the relay's "done" page
        int exitCode = -1;
        const QJsonObject result = finish(cli, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(result.value(QStringLiteral("devicePhoneNumberVerified")).toBool(), true);
    }

    void theRealRelayBringsTheCodeBack()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_TEST_SECRET"), QStringLiteral("nv-sandbox-secret-3f9a"));
        cli.setProcessEnvironment(env);
        QByteArray printed;
        const QUrl url = startFlow(
            cli,
            {QStringLiteral("flow"), QStringLiteral("--json"), QStringLiteral("--no-log"),
             QStringLiteral("--browser"), QStringLiteral("phone"), QStringLiteral("--relay"),
             m_relayUrl, QStringLiteral("--base-url"), m_sandboxUrl, QStringLiteral("--client-id"),
             QStringLiteral("nv-console-sandbox"), QStringLiteral("--client-secret-env"),
             QStringLiteral("NV_TEST_SECRET"), QStringLiteral("--redirect-uri"),
             m_relayUrl + QStringLiteral("/callback"), QStringLiteral("--phone"),
             QStringLiteral("+34600000001")},
            &printed);
        QVERIFY2(url.isValid(), printed);
        QCOMPARE(nvtest::walkAsPhone(url).finalStatus, 200);
        int exitCode = -1;
        const QJsonObject result = finish(cli, &exitCode);
        QCOMPARE(exitCode, 1); // another number than the subscriber's: not verified
        QCOMPARE(result.value(QStringLiteral("devicePhoneNumberVerified")).toBool(true), false);
    }

    void pasteBackWithoutARelay()
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_TEST_SECRET"), QStringLiteral("nv-sandbox-secret-3f9a"));
        cli.setProcessEnvironment(env);
        QByteArray printed;
        const QString redirect = QStringLiteral("https://nv-console.invalid/callback");
        const QUrl url =
            startFlow(cli,
                      {QStringLiteral("flow"), QStringLiteral("--json"), QStringLiteral("--no-log"),
                       QStringLiteral("--browser"), QStringLiteral("phone"),
                       QStringLiteral("--base-url"), m_sandboxUrl, QStringLiteral("--client-id"),
                       QStringLiteral("nv-console-sandbox"), QStringLiteral("--client-secret-env"),
                       QStringLiteral("NV_TEST_SECRET"), QStringLiteral("--redirect-uri"), redirect,
                       QStringLiteral("--phone"), QStringLiteral("+34611111111")},
                      &printed);
        const nvtest::PhoneWalk walk = nvtest::walkAsPhone(url, redirect);
        QVERIFY2(walk.stoppedAt.isValid(), "the phone ends on the redirect URI");
        // Something that is not the answer first: it is refused in words, the run goes on.
        cli.write("https://elsewhere.example/callback?code=x&state=y\n");
        QTRY_VERIFY_WITH_TIMEOUT((printed += cli.readAllStandardError()).contains("Not taken"),
                                 10000);
        cli.write(walk.stoppedAt.toString(QUrl::FullyEncoded).toUtf8() + "\n");
        int exitCode = -1;
        const QJsonObject result = finish(cli, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(result.value(QStringLiteral("devicePhoneNumberVerified")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCliPhone)
#include "tst_cli_phone.moc"
