#include "OperatorSandbox.h"
#include "WebEngineCapture.h"
#include "flow/FlowRun.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace nv;

// The redirect capture in the real browser engine, headless, against the sandbox.
class TestWebEngineCapture : public QObject
{
    Q_OBJECT
private:
    OperatorSandbox *m_sandbox = nullptr;

    FlowOutcome runFlow(const QString &phone, QList<HttpExchange> *exchanges = nullptr,
                        Profile profile = Profile::builtInSandbox())
    {
        auto *capture = new WebEngineCapture;
        FlowRun run(profile.resolvedAgainst(m_sandbox->baseUrl()),
                    SandboxConfig::defaultClientSecret(), capture);
        run.setPhoneNumber(phone);
        run.setAuthorizeTimeoutMs(60000);
        if (exchanges)
            connect(&run, &FlowRun::exchangeRecorded, this,
                    [exchanges](const HttpExchange &e) { exchanges->append(e); });
        QSignalSpy finished(&run, &FlowRun::finished);
        run.start();
        if (!finished.wait(90000))
            return FlowOutcome{FlowOutcome::Kind::Cancelled, {}, 0, {},
                               QStringLiteral("timeout"),    {}};
        return finished.first().first().value<FlowOutcome>();
    }

private slots:
    void initTestCase()
    {
        m_sandbox = new OperatorSandbox(SandboxConfig::defaults(), this);
        QVERIFY(m_sandbox->listen());
    }

    void capturesTheCodeAndVerifies()
    {
        QList<HttpExchange> exchanges;
        const FlowOutcome outcome = runFlow(SandboxConfig::defaults().msisdn, &exchanges);
        QCOMPARE(outcome.kindName(), QStringLiteral("verified"));
        QStringList hops;
        for (const HttpExchange &e : exchanges) {
            if (e.step == Step::Authorize)
                hops << e.url.path() + QLatin1Char(' ') + e.note;
            // The redirect URI was caught, never loaded.
            QVERIFY(e.url.host() != QLatin1String("nv-console.invalid"));
        }
        // Every hop of the chain was seen: the authorize URL and the 303 hop after the cookie.
        QVERIFY2(hops.size() >= 2, qPrintable(hops.join(QLatin1Char('\n'))));
        QVERIFY(hops.first().contains(QStringLiteral("authorize")));
        QVERIFY2(hops.join(QLatin1Char(' ')).contains(QStringLiteral("redirect")),
                 qPrintable(hops.join(QLatin1Char('\n'))));
    }

    void anotherNumberIsNotVerified()
    {
        QCOMPARE(runFlow(QStringLiteral("+34600000001")).kindName(),
                 QStringLiteral("not-verified"));
    }

    void errorRedirectIsTheStepResult()
    {
        Profile profile = Profile::builtInSandbox();
        profile.scope = QStringLiteral("openid"); // no number-verification:verify
        const FlowOutcome outcome = runFlow(SandboxConfig::defaults().msisdn, nullptr, profile);
        QCOMPARE(outcome.kindName(), QStringLiteral("authorize-failed"));
        QCOMPARE(outcome.code, QStringLiteral("invalid_scope"));
    }

    void freshProfilePerRun()
    {
        WebEngineCapture capture;
        capture.start(m_sandbox->baseUrl(),
                      QUrl(QStringLiteral("https://nv-console.invalid/callback")));
        QWebEngineProfile *first = capture.page()->profile();
        QVERIFY(first->isOffTheRecord());
        capture.start(m_sandbox->baseUrl(),
                      QUrl(QStringLiteral("https://nv-console.invalid/callback")));
        QVERIFY(capture.page()->profile()->isOffTheRecord());
        QVERIFY(capture.page()->profile() != first);
        capture.cancel();
    }

    void operatorErrorPageIsAnAuthorizeFailure()
    {
        // An unknown client gets an error page (HTTP 400), never a redirect.
        Profile profile = Profile::builtInSandbox();
        profile.clientId = QStringLiteral("unknown-client");
        auto *capture = new WebEngineCapture;
        FlowRun run(profile.resolvedAgainst(m_sandbox->baseUrl()), QStringLiteral("s"), capture);
        run.setPhoneNumber(QStringLiteral("+34666666666"));
        QSignalSpy finished(&run, &FlowRun::finished);
        run.start();
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.first().first().value<FlowOutcome>();
        QCOMPARE(outcome.kindName(), QStringLiteral("authorize-failed"));
        QVERIFY2(outcome.message.contains(QStringLiteral("HTTP 400")), qPrintable(outcome.message));
    }

    void unattendedPageThatWaitsForAPersonFails()
    {
        WebEngineCapture capture;
        capture.setUnattended(true, 500);
        QSignalSpy failed(&capture, &AuthorizeDriver::failed);
        capture.start(QUrl(QStringLiteral("data:text/html,<form><button>Allow</button></form>")),
                      QUrl(QStringLiteral("https://nv-console.invalid/callback")));
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("waits for a person")));
        QCOMPARE(failed.first().at(1).toBool(), true);  // needs a person
        QCOMPARE(failed.first().at(2).toBool(), false); // not a network failure
    }

    void cliOffscreenBrowser()
    {
        QProcess cli;
        cli.start(QStringLiteral(NV_CLI_BINARY),
                  {QStringLiteral("flow"), QStringLiteral("--json"), QStringLiteral("--no-log"),
                   QStringLiteral("--browser"), QStringLiteral("offscreen"),
                   QStringLiteral("--phone"), QStringLiteral("+34666666666")});
        QVERIFY(cli.waitForFinished(120000));
        const QByteArray out = cli.readAllStandardOutput();
        QCOMPARE(cli.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(
                     QStringLiteral("devicePhoneNumberVerified")),
                 QJsonValue(true));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    qRegisterMetaType<FlowOutcome>();
    TestWebEngineCapture test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_webenginecapture.moc"
