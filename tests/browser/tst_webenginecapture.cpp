#include "CannedHttpServer.h"
#include "LoopbackHitCounter.h"
#include "OperatorSandbox.h"
#include "TestBudget.h"
#include "WebEngineCapture.h"
#include "flow/FlowRun.h"

#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace nv;
using nvtest::budgetMs;

namespace {

const QUrl RedirectUri(QStringLiteral("https://nv-console.invalid/callback"));
const QByteArray QrcMarker("nv-qrc-page-marker-51d0");

// Every place an exchange could carry what the browser read, as one text to search.
QByteArray everything(const HttpExchange &e)
{
    QByteArray all = e.url.toEncoded() + '\n' + e.url.toString().toUtf8() + '\n' + e.responseBody +
                     '\n' + e.error.toUtf8() + '\n' + e.note.toUtf8();
    for (const auto &[name, value] : e.requestHeaders + e.responseHeaders)
        all += '\n' + name + ": " + value;
    return all;
}

struct Captured
{
    QList<HttpExchange> hops;
    QString failure;
    bool reached = false;
    QString title; // what the page ended up showing
};

// Runs the capture to its end: the redirect URI, a failure, or (a page that waits) a timeout.
Captured capture(const QUrl &start)
{
    WebEngineCapture driver;
    driver.setUnattended(true, 2000);
    Captured result;
    QEventLoop loop;
    QObject::connect(&driver, &AuthorizeDriver::hop,
                     [&](const HttpExchange &e) { result.hops << e; });
    QObject::connect(&driver, &AuthorizeDriver::failed, [&](const QString &reason) {
        result.failure = reason;
        loop.quit();
    });
    QObject::connect(&driver, &AuthorizeDriver::redirectReached, [&] {
        result.reached = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    driver.start(start, RedirectUri);
    loop.exec();
    result.title = driver.page()->title();
    return result;
}

} // namespace

// The redirect capture in the real browser engine, headless, against the sandbox.
class TestWebEngineCapture : public QObject
{
    Q_OBJECT
private:
    OperatorSandbox *m_sandbox = nullptr;
    nvtest::CannedHttpServer m_server;
    QTemporaryDir m_dir;
    QByteArray m_fileMarker;
    QUrl m_secretPage;
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

        // A local file a hostile operator would like to read, with a marker in its title and
        // text: a loaded page's title reaches the hop's note.
        QVERIFY(m_dir.isValid());
        m_fileMarker = "nv-file-marker-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QFile secret(m_dir.filePath(QStringLiteral("secret.html")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("<html><head><title>" + m_fileMarker + "</title></head><body>" + m_fileMarker +
                     "</body></html>\n");
        secret.close();
        m_secretPage = QUrl::fromLocalFile(secret.fileName());
        QVERIFY(QFile::exists(QStringLiteral(":/tst_webenginecapture/marker.html")));

        QVERIFY(m_server.listen());
        m_server.redirect(QStringLiteral("/to-file"), m_secretPage.toEncoded());
        m_server.redirect(QStringLiteral("/to-data"),
                          "data:text/html;base64," +
                              QByteArray("<title>" + m_fileMarker + "</title>").toBase64());
        m_server.redirect(QStringLiteral("/to-qrc"), "qrc:/tst_webenginecapture/marker.html");
        m_server.page(QStringLiteral("/consent"),
                      "<html><body><form><button>Allow</button></form></body></html>");
    }

    void refusedNavigationStopsTheChain_data()
    {
        QTest::addColumn<QUrl>("start");
        QTest::addColumn<QString>("scheme"); // of the refused hop; "http" when Chromium refused
        // Chromium itself refuses redirects to file: and data: (ERR_UNSAFE_REDIRECT) before the
        // page sees the target, so the last hop is the operator's; qrc: reaches our filter.
        QTest::newRow("302 to file:") << m_server.url(QStringLiteral("/to-file")) << "http";
        QTest::newRow("302 to data:") << m_server.url(QStringLiteral("/to-data")) << "http";
        QTest::newRow("302 to qrc:") << m_server.url(QStringLiteral("/to-qrc")) << "qrc";
        QTest::newRow("file: authorize URL") << m_secretPage << "file";
        QTest::newRow("data: authorize URL")
            << QUrl(QStringLiteral("data:text/html;base64,") +
                    QString::fromLatin1(("<title>" + m_fileMarker + "</title>").toBase64()))
            << "data";
        QTest::newRow("qrc: authorize URL")
            << QUrl(QStringLiteral("qrc:/tst_webenginecapture/marker.html")) << "qrc";
    }

    void refusedNavigationStopsTheChain()
    {
        QFETCH(QUrl, start);
        QFETCH(QString, scheme);
        const Captured result = capture(start);
        // Nothing of the page behind the refused URL was shown or logged.
        QVERIFY2(!result.title.toUtf8().contains(m_fileMarker), qPrintable(result.title));
        QVERIFY2(!result.title.toUtf8().contains(QrcMarker), qPrintable(result.title));
        for (const HttpExchange &hop : result.hops) {
            QVERIFY2(!everything(hop).contains(m_fileMarker), everything(hop).constData());
            QVERIFY2(!everything(hop).contains(QrcMarker), everything(hop).constData());
        }
        QVERIFY(!result.reached);
        QVERIFY2(result.failure.contains(QStringLiteral("only https and http")),
                 qPrintable(result.failure));
        QVERIFY2(result.failure.contains(QStringLiteral("stopped")), qPrintable(result.failure));
        // The hop that ended the chain is logged, without a body.
        QVERIFY(!result.hops.isEmpty());
        const HttpExchange &last = result.hops.last();
        QCOMPARE(last.url.scheme(), scheme);
        QVERIFY(last.responseBody.isEmpty());
        if (scheme != QLatin1String("http")) { // refused by the console's own filter
            QVERIFY2(result.failure.contains(scheme + QLatin1Char(':')),
                     qPrintable(result.failure));
            QVERIFY(!last.error.isEmpty());
        }
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
        capture.start(m_server.url(QStringLiteral("/consent")), RedirectUri);
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
