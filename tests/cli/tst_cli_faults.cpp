// Faults of the operator's side, step by step, as a script sees them through nv-cli: a server
// that never answers, one that answers a byte at a time, a redirect loop, a body past the cap,
// a connection closed half-way through a body, and an authorize answer that breaks the
// protocol. Each ends in one clear sentence and the documented exit code, and whatever the
// steps before the fault recorded is still in the request log.
//
// The steps before the fault run against a real nv-sandbox; the faulty endpoint is a scripted
// server in this process (so nv-cli runs while this event loop keeps serving).
#include "ScriptedHttpServer.h"
#include "TestBudget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using nvtest::ScriptedHttpServer;

namespace {
constexpr auto RedirectUri = "https://nv-console.invalid/callback";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QJsonObject error() const { return json().value(QStringLiteral("error")).toObject(); }
};
} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT
private:
    QProcess m_sandbox;
    QString m_sandboxUrl;
    QTemporaryDir m_dir;
    ScriptedHttpServer m_faulty;
    QList<QPointer<QTcpSocket>> m_dripping;
    QTimer m_drip;
    int m_logs = 0;

    // nv-cli, with this process's event loop running for the scripted server.
    static Run cli(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_TEST_SECRET"), QStringLiteral("nv-sandbox-secret-3f9a"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(NV_CLI_BINARY), args);
        Run run;
        if (!finished.wait(nvtest::budgetMs(90000))) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // A flow against the sandbox with one endpoint replaced, and its own request log.
    QStringList flow(const QString &logDb, const QStringList &extra) const
    {
        return QStringList{QStringLiteral("flow"),
                           QStringLiteral("--json"),
                           QStringLiteral("--log-db"),
                           logDb,
                           QStringLiteral("--base-url"),
                           m_sandboxUrl,
                           QStringLiteral("--client-id"),
                           QStringLiteral("nv-console-sandbox"),
                           QStringLiteral("--client-secret-env"),
                           QStringLiteral("NV_TEST_SECRET"),
                           QStringLiteral("--redirect-uri"),
                           QLatin1String(RedirectUri),
                           QStringLiteral("--phone"),
                           QStringLiteral("+34611111111")} +
               extra;
    }
    QString freshLog() { return m_dir.filePath(QStringLiteral("log-%1.sqlite").arg(++m_logs)); }

    static QStringList stepsIn(const QString &logDb)
    {
        const Run r = cli({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--json"),
                           QStringLiteral("--log-db"), logDb});
        QStringList steps;
        for (const QJsonValue &row : QJsonDocument::fromJson(r.out).array())
            steps << row.toObject().value(QStringLiteral("step")).toString();
        return steps;
    }

    QString faultyUrl(const QByteArray &path) const
    {
        return m_faulty.url(QString::fromLatin1(path)).toString();
    }

    // The option that points the step at the scripted server.
    static QString optionFor(const QString &step) { return QStringLiteral("--%1-url").arg(step); }

private slots:
    void initTestCase()
    {
        nvtest::TestBudget::instance();
        QVERIFY(m_dir.isValid());
        m_sandbox.start(QStringLiteral(NV_SANDBOX_BINARY),
                        {QStringLiteral("--quiet"), QStringLiteral("--msisdn"),
                         QStringLiteral("+34611111111")});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 15000);
        const QByteArray first = m_sandbox.readLine().trimmed();
        QVERIFY2(first.startsWith("NV_SANDBOX_URL=http://127.0.0.1:"), first.constData());
        m_sandboxUrl = QString::fromLatin1(first.mid(first.indexOf('=') + 1));

        QVERIFY(m_faulty.listen());
        // Accepts, reads the request, never answers.
        m_faulty.on("/blackhole", [](QTcpSocket *, const ScriptedHttpServer::Seen &) {});
        // A status line and a header that never ends, one byte every 50 ms.
        m_faulty.on("/drip", [this](QTcpSocket *socket, const ScriptedHttpServer::Seen &) {
            socket->write("HTTP/1.1 200 OK\r\nX-Slow: ");
            m_dripping << socket;
        });
        connect(&m_drip, &QTimer::timeout, this, [this] {
            for (const QPointer<QTcpSocket> &socket : std::as_const(m_dripping))
                if (socket && socket->state() == QAbstractSocket::ConnectedState)
                    socket->write("a");
        });
        m_drip.start(50);
        m_faulty.redirect("/loop", 302, "/loop");
        m_faulty.on("/huge", [](QTcpSocket *socket, const ScriptedHttpServer::Seen &) {
            const QByteArray body(4 * 1024 * 1024 + 1, 'x');
            ScriptedHttpServer::writeAndClose(
                socket, ScriptedHttpServer::statusLine(200) +
                            "Content-Type: application/json\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body);
        });
        m_faulty.on("/cut", [](QTcpSocket *socket, const ScriptedHttpServer::Seen &) {
            ScriptedHttpServer::writeAndClose(
                socket, ScriptedHttpServer::statusLine(200) +
                            "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n"
                            "{\"devicePhoneNumberVerified\":true,\"access_token\":\"abc");
        });
    }
    void cleanupTestCase()
    {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(5000))
            m_sandbox.kill();
    }

    // A blackholed or slow-drip server at each step: exit 5 (network failure), the step named,
    // and the steps before it still in the log.
    void silentServerAtEachStep_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QStringList>("recordedBefore");
        for (const QByteArray &path : {QByteArray("/blackhole"), QByteArray("/drip")}) {
            QTest::addRow("authorize %s", path.constData())
                << QStringLiteral("authorize") << path << QStringList{};
            QTest::addRow("token %s", path.constData())
                << QStringLiteral("token") << path << QStringList{QStringLiteral("authorize")};
            QTest::addRow("verify %s", path.constData())
                << QStringLiteral("verify") << path
                << QStringList{QStringLiteral("authorize"), QStringLiteral("token")};
        }
    }
    void silentServerAtEachStep()
    {
        QFETCH(QString, step);
        QFETCH(QByteArray, path);
        QFETCH(QStringList, recordedBefore);
        const QString log = freshLog();
        // Long enough for the real sandbox to answer the steps before, whatever the load.
        const Run r = cli(flow(log, {optionFor(step), faultyUrl(path), QStringLiteral("--timeout"),
                                     QStringLiteral("5")}));
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.error().value(QStringLiteral("step")).toString(), step);
        const QString message = r.error().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("within 5")), r.out.constData());
        const QStringList steps = stepsIn(log);
        for (const QString &before : recordedBefore)
            QVERIFY2(steps.contains(before), qPrintable(steps.join(QLatin1Char(' '))));
        // The failed exchange is recorded too, without a body.
        QVERIFY2(steps.contains(step), qPrintable(steps.join(QLatin1Char(' '))));
    }

    // The same blackholed authorize, whichever deadline runs out first: --timeout 1 (the
    // request's, before the step's 10 s) and --timeout 10 (both at once).
    void blackholedAuthorizeHasOneExitCode_data()
    {
        QTest::addColumn<QString>("timeout");
        QTest::newRow("request deadline first") << QStringLiteral("1");
        QTest::newRow("both deadlines at once") << QStringLiteral("10");
    }
    void blackholedAuthorizeHasOneExitCode()
    {
        QFETCH(QString, timeout);
        const Run r =
            cli(flow(freshLog(), {QStringLiteral("--authorize-url"), faultyUrl("/blackhole"),
                                  QStringLiteral("--timeout"), timeout}));
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.json().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("network-failure"));
    }

    void redirectLoopExitsThree()
    {
        const Run r =
            cli(flow(freshLog(), {QStringLiteral("--authorize-url"), faultyUrl("/loop")}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.error()
                     .value(QStringLiteral("message"))
                     .toString()
                     .contains(QLatin1String("Stopped after 20 redirects")),
                 r.out.constData());
    }

    // More than 4 MiB, or a body the server stops sending half-way: a network failure (5),
    // and nothing of the partial body taken for the answer.
    void brokenBodies_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("words");
        QTest::newRow("token, 4 MiB + 1") << QStringLiteral("token") << QByteArray("/huge")
                                          << QStringLiteral("larger than 4 MiB");
        QTest::newRow("verify, 4 MiB + 1") << QStringLiteral("verify") << QByteArray("/huge")
                                           << QStringLiteral("larger than 4 MiB");
        QTest::newRow("token, closed mid-body")
            << QStringLiteral("token") << QByteArray("/cut") << QStringLiteral("cut off");
        QTest::newRow("verify, closed mid-body")
            << QStringLiteral("verify") << QByteArray("/cut") << QStringLiteral("cut off");
    }
    void brokenBodies()
    {
        QFETCH(QString, step);
        QFETCH(QByteArray, path);
        QFETCH(QString, words);
        const QString log = freshLog();
        const Run r = cli(flow(log, {optionFor(step), faultyUrl(path)}));
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.error().value(QStringLiteral("step")).toString(), step);
        QVERIFY2(r.error().value(QStringLiteral("message")).toString().contains(words),
                 r.out.constData());
        QVERIFY(!r.out.contains("devicePhoneNumberVerified\":true"));
        QVERIFY(stepsIn(log).contains(QStringLiteral("authorize")));
    }

    // An authorize answer that breaks the protocol is refused for what it is (exit 3).
    void protocolBreaches_data()
    {
        QTest::addColumn<QByteArray>("answer"); // what follows the redirect URI; %s: the state
        QTest::addColumn<QString>("words");
        QTest::newRow("repeated code")
            << QByteArray("?code=a&code=b&state=%s") << QStringLiteral("\"code\" more than once");
        QTest::newRow("repeated state") << QByteArray("?code=a&state=%s&state=%s")
                                        << QStringLiteral("\"state\" more than once");
        QTest::newRow("code in fragment")
            << QByteArray("#code=a&state=%s") << QStringLiteral("fragment");
        QTest::newRow("missing state") << QByteArray("?code=a") << QStringLiteral("no state");
        QTest::newRow("other state")
            << QByteArray("?code=a&state=x%s") << QStringLiteral("different state");
    }
    void protocolBreaches()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, words);
        ScriptedHttpServer authorize;
        QVERIFY(authorize.listen());
        authorize.on("/authorize", [answer](QTcpSocket *socket, const ScriptedHttpServer::Seen &s) {
            const QUrlQuery query(QUrl::fromEncoded(s.target).query());
            QByteArray location = QByteArray(RedirectUri) + answer;
            location.replace("%s", query.queryItemValue(QStringLiteral("state")).toUtf8());
            ScriptedHttpServer::writeAndClose(socket, ScriptedHttpServer::statusLine(302) +
                                                          "Location: " + location +
                                                          "\r\nContent-Length: 0\r\n\r\n");
        });
        const Run r =
            cli(flow(freshLog(), {QStringLiteral("--authorize-url"),
                                  authorize.url(QStringLiteral("/authorize")).toString()}));
        QCOMPARE(r.exitCode, 3);
        const QString message = r.error().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(words), r.out.constData());
    }

    void fragmentInTheRedirectUriIsRefused()
    {
        QStringList args = flow(freshLog(), {});
        args[args.indexOf(QLatin1String(RedirectUri))] =
            QLatin1String(RedirectUri) + QStringLiteral("#x");
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("fragment") || r.out.contains("fragment"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
