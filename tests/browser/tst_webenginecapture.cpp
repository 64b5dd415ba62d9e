#include "LoopbackHitCounter.h"
#include "OperatorSandbox.h"
#include "TestBudget.h"
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
using nvtest::budgetMs;

// The redirect capture in the real browser engine, headless, against the sandbox.
class TestWebEngineCapture : public QObject
{
    Q_OBJECT
private:
    OperatorSandbox *m_sandbox = nullptr;
    nvtest::LoopbackHitCounter m_callback;

    // Every wait below takes at most what is left of the ctest budget (TestBudget): the
    // engine's first start is slow on a loaded machine, and a run that hangs must fail here,
    // with a message, not be killed by ctest.
    FlowOutcome runFlow(const QString &phone, QList<HttpExchange> *exchanges = nullptr,
                        Profile profile = Profile::builtInSandbox(),
                        const QString &secret = SandboxConfig::defaultClientSecret())
    {
        auto *capture = new WebEngineCapture;
        FlowRun run(profile.resolvedAgainst(m_sandbox->baseUrl()), secret, capture);
        run.setPhoneNumber(phone);
        // The run's own deadline comes first, so a hang ends as the run's failure.
        run.setAuthorizeTimeoutMs(budgetMs(60000));
        if (exchanges)
            connect(&run, &FlowRun::exchangeRecorded, this,
                    [exchanges](const HttpExchange &e) { exchanges->append(e); });
        QSignalSpy finished(&run, &FlowRun::finished);
        run.start();
        if (!finished.wait(budgetMs(90000)))
            return FlowOutcome{FlowOutcome::Kind::Cancelled, {}, 0, {},
                               QStringLiteral("timeout"),    {}};
        return finished.first().first().value<FlowOutcome>();
    }

private slots:
    void initTestCase()
    {
        nvtest::TestBudget::instance();
        SandboxConfig config = SandboxConfig::defaults();
        // A client whose redirect URI is a real listener on loopback (neverLoadsTheRedirectUri).
        QVERIFY(m_callback.listen());
        SandboxClient loopback;
        loopback.id = QStringLiteral("loopback-redirect");
        loopback.secret = QStringLiteral("loopback-secret");
        loopback.redirectUris = {m_callback.callbackUrl()};
        config.clients.append(loopback);
        m_sandbox = new OperatorSandbox(config, this);
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

    // The redirect URI is a real listener: the page refuses the navigation to it, so the
    // listener is never connected to, let alone sent a request.
    void neverLoadsTheRedirectUri()
    {
        Profile profile = Profile::builtInSandbox();
        profile.clientId = QStringLiteral("loopback-redirect");
        profile.redirectUri = m_callback.callbackUrl();
        QList<HttpExchange> exchanges;
        const FlowOutcome outcome = runFlow(SandboxConfig::defaults().msisdn, &exchanges, profile,
                                            QStringLiteral("loopback-secret"));
        QVERIFY2(outcome.kind == FlowOutcome::Kind::Verified, qPrintable(outcome.message));
        QCoreApplication::processEvents();
        QVERIFY2(m_callback.requests() == 0, m_callback.seen().constData());
        QCOMPARE(m_callback.connections(), 0);

        // The same listener does hear a page that loads the URL: the 0 above is not deafness.
        QWebEnginePage page;
        page.load(m_callback.callbackUrl());
        QTRY_VERIFY_WITH_TIMEOUT(m_callback.requests() == 1, budgetMs(30000));
        QVERIFY2(m_callback.seen().startsWith("GET /callback"), m_callback.seen().constData());
        page.triggerAction(QWebEnginePage::Stop);
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
        QVERIFY(finished.wait(budgetMs(60000)));
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
        QVERIFY(failed.wait(budgetMs(30000)));
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
        if (!cli.waitForFinished(budgetMs(120000))) {
            cli.kill();
            cli.waitForFinished();
            QFAIL("nv-cli --browser offscreen did not finish within the test's budget");
        }
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
