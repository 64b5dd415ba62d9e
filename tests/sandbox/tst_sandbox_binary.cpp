// The nv-sandbox executable as its users run it: first line, request log, signals, flags.

#include "SandboxProbe.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <csignal>

#ifndef NV_SANDBOX_BINARY
#error "NV_SANDBOX_BINARY must name the nv-sandbox executable"
#endif

class TestSandboxBinary : public QObject
{
    Q_OBJECT

private slots:
    void servesAndStopsOnSigterm();
    void stopsOnSigint();
    void helpDocumentsEveryFlag();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
    void nonLoopbackWarns();
};

void TestSandboxBinary::servesAndStopsOnSigterm()
{
    QProcess process;
    process.start(QStringLiteral(NV_SANDBOX_BINARY),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--msisdn"), QStringLiteral("+34600000001")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^NV_SANDBOX_URL=(http://127\\.0\\.0\\.1:\\d+)$"))
            .match(first);
    QVERIFY2(match.hasMatch(), qPrintable(first));
    const QUrl base(match.captured(1));
    QVERIFY(base.port() > 0);

    SandboxProbe probe(base);
    const QString token = probe.obtainAccessToken();
    QVERIFY(!token.isEmpty());
    const ProbeReply reply =
        probe.verify(token, R"({"phoneNumber":"+34600000001"})", {{"x-correlator", "bin-1"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(true));

    // One log line per request; the verify call is the fourth (authorize, login, token, verify).
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += process.readAll()).contains("bin-1"), 10000);
    QVERIFY2(QRegularExpression(
                 QStringLiteral("POST /camara/api/number-verification/v1/verify 200 bin-1 \\d+"))
                 .match(QString::fromUtf8(log))
                 .hasMatch(),
             log.constData());
    QVERIFY(log.contains("GET /camara/api/auth/v1/authorize 302"));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxBinary::stopsOnSigint()
{
    QProcess process;
    process.start(QStringLiteral(NV_SANDBOX_BINARY), {QStringLiteral("--quiet")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
    QVERIFY(process.readLine().startsWith("NV_SANDBOX_URL=http://127.0.0.1:"));
    QVERIFY(::kill(pid_t(process.processId()), SIGINT) == 0);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAll().isEmpty()); // --quiet: nothing after the first line
}

void TestSandboxBinary::helpDocumentsEveryFlag()
{
    QProcess process;
    process.start(QStringLiteral(NV_SANDBOX_BINARY), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char *flag : {"--listen", "--msisdn", "--client-id", "--client-secret",
                             "--redirect-uri", "--code-ttl", "--token-ttl", "--quiet"})
        QVERIFY2(help.contains(flag), flag);
}

void TestSandboxBinary::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("msisdn") << QStringList{QStringLiteral("--msisdn"), QStringLiteral("123")};
    QTest::newRow("listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")};
    QTest::newRow("code ttl") << QStringList{QStringLiteral("--code-ttl"), QStringLiteral("0")};
    QTest::newRow("token ttl") << QStringList{QStringLiteral("--token-ttl"), QStringLiteral("x")};
    QTest::newRow("redirect") << QStringList{QStringLiteral("--redirect-uri"),
                                             QStringLiteral("relative/path")};
}

void TestSandboxBinary::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(NV_SANDBOX_BINARY), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().startsWith("nv-sandbox: "));
}

void TestSandboxBinary::nonLoopbackWarns()
{
    QProcess process;
    process.start(
        QStringLiteral(NV_SANDBOX_BINARY),
        {QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"), QStringLiteral("--quiet")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 15000);
    QVERIFY(process.readLine().startsWith("NV_SANDBOX_URL=http://127.0.0.1:"));
    QByteArray stderrText;
    QTRY_VERIFY_WITH_TIMEOUT((stderrText += process.readAllStandardError()).contains("warning"),
                             5000);
    QVERIFY(stderrText.contains("not loopback"));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxBinary)
#include "tst_sandbox_binary.moc"
