#include "CliProcess.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

// nv-cli --browser system end to end: the real nv-sandbox with a loopback redirect URI
// registered, xdg-open starting $BROWSER (a script that follows the chain with curl, as a
// browser would), and the console's loopback listener taking the one callback.
class TestCliSystemBrowser : public QObject
{
    Q_OBJECT
private:
    QProcess m_sandbox;
    QString m_sandboxUrl;
    quint16 m_port = 0;

    // The loopback redirect port is registered with the sandbox at the start and nv-cli listens
    // on it much later: a port below the kernel's ephemeral range (32768 and up), so that no
    // connection of a test running beside this one is given it as its local port meanwhile.
    static quint16 freePort()
    {
        for (int attempt = 0; attempt < 200; ++attempt) {
            const auto port = quint16(20000 + QRandomGenerator::global()->bounded(12000));
            QTcpServer probe;
            if (probe.listen(QHostAddress::LocalHost, port))
                return port;
        }
        return 0;
    }

    QString redirectUri() const
    {
        return QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port);
    }

    nvtest::CliResult flow(const QString &browserMode, const QStringList &extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BROWSER"), QStringLiteral(NV_BROWSER_SCRIPT));
        env.insert(QStringLiteral("NV_BROWSER_MODE"), browserMode);
        env.insert(QStringLiteral("NV_TEST_SECRET"), QStringLiteral("nv-sandbox-secret-3f9a"));
        env.remove(QStringLiteral("DISPLAY")); // xdg-open then goes straight to $BROWSER
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        QStringList args{QStringLiteral("flow"),
                         QStringLiteral("--json"),
                         QStringLiteral("--no-log"),
                         QStringLiteral("--browser"),
                         QStringLiteral("system"),
                         QStringLiteral("--base-url"),
                         m_sandboxUrl,
                         QStringLiteral("--client-id"),
                         QStringLiteral("nv-console-sandbox"),
                         QStringLiteral("--client-secret-env"),
                         QStringLiteral("NV_TEST_SECRET"),
                         QStringLiteral("--redirect-uri"),
                         redirectUri(),
                         QStringLiteral("--phone"),
                         QStringLiteral("+34611111111")};
        return nvtest::runCli(QStringLiteral(NV_CLI_BINARY), args + extra, env);
    }

    bool portIsClosed() const
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        return !socket.waitForConnected(2000);
    }

private slots:
    void initTestCase()
    {
        m_port = freePort();
        QVERIFY(m_port != 0);
        m_sandbox.start(QStringLiteral(NV_SANDBOX_BINARY),
                        {QStringLiteral("--quiet"), QStringLiteral("--msisdn"),
                         QStringLiteral("+34611111111"), QStringLiteral("--redirect-uri"),
                         redirectUri()});
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

    void theBrowserWalksTheChainAndComesBack()
    {
        const nvtest::CliResult r = flow(QStringLiteral("follow"));
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        QCOMPARE(r.json().value(QStringLiteral("devicePhoneNumberVerified")).toBool(), true);
        const QJsonArray steps = r.json().value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 4);
        for (const QJsonValue &step : steps)
            QCOMPARE(step.toObject().value(QStringLiteral("state")).toString(),
                     QStringLiteral("done"));
        QVERIFY(portIsClosed());
    }

    void aCallbackWithAnotherStateIsRefused()
    {
        const nvtest::CliResult r = flow(QStringLiteral("wrong-state"));
        QCOMPARE(r.exitCode, 3);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("step")).toString(), QStringLiteral("code"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("state")),
                 r.out);
        QVERIFY(portIsClosed());
    }

    void aCallbackOnAnotherPathIsExplained()
    {
        const nvtest::CliResult r = flow(QStringLiteral("wrong-path"));
        QCOMPARE(r.exitCode, 3);
        const QString message = r.json()
                                    .value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(QLatin1String("/elsewhere")), qPrintable(message));
        QVERIFY(portIsClosed());
    }

    void noCallbackEndsAtTheTimeoutWithNothingListening()
    {
        const nvtest::CliResult r =
            flow(QStringLiteral("nothing"), {QStringLiteral("--timeout"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.json()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("step"))
                     .toString(),
                 QStringLiteral("authorize"));
        QVERIFY(portIsClosed());
    }
};

QTEST_GUILESS_MAIN(TestCliSystemBrowser)
#include "tst_cli_systembrowser.moc"
