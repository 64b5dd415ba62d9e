// The phone (cross-device) mode end to end: a FlowRun with the CrossDeviceDriver, the built-in
// sandbox as the operator (with the relay's /callback registered as the redirect URI), the real
// nv-relay, and a "phone" that walks the authorize URL with plain HTTP and then loads the
// callback, as a phone's browser would.

#include "OperatorSandbox.h"
#include "RelayProcess.h"
#include "flow/FlowRun.h"
#include "flow/RedirectFollower.h"
#include "relay/CrossDeviceDriver.h"

#include <QSignalSpy>
#include <QTest>

using namespace nv;

class TestCrossDevice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_relay.stop(); }
    void verifiedThroughTheRelay();
    void verifiedByPasteBack();

private:
    FlowRun *newRun(CrossDeviceDriver *driver);
    static FlowOutcome runToEnd(FlowRun *run);

    QNetworkAccessManager m_network;
    nvtest::RelayProcess m_relay;
    OperatorSandbox *m_sandbox = nullptr;
    QUrl m_callback;
};

void TestCrossDevice::initTestCase()
{
    qRegisterMetaType<FlowOutcome>();
    QVERIFY(m_relay.start({}));
    m_callback = RelayPickup::callbackUrl(m_relay.url());
    SandboxConfig config = SandboxConfig::defaults();
    config.clients.first().redirectUris = {m_callback};
    m_sandbox = new OperatorSandbox(config, this);
    QVERIFY(m_sandbox->listen());
}

FlowRun *TestCrossDevice::newRun(CrossDeviceDriver *driver)
{
    Profile profile = Profile::builtInSandbox();
    profile.redirectUri = m_callback;
    auto *run = new FlowRun(profile.resolvedAgainst(m_sandbox->baseUrl()),
                            SandboxConfig::defaultClientSecret(), driver, this);
    run->setPhoneNumber(SandboxConfig::defaults().msisdn);
    return run;
}

FlowOutcome TestCrossDevice::runToEnd(FlowRun *run)
{
    QSignalSpy finished(run, &FlowRun::finished);
    run->start();
    if (!finished.wait(30000))
        return FlowOutcome{FlowOutcome::Kind::Cancelled, {}, 0, {}, QStringLiteral("timeout"), {}};
    return finished.first().first().value<FlowOutcome>();
}

void TestCrossDevice::verifiedThroughTheRelay()
{
    auto *driver = new CrossDeviceDriver(m_relay.url());
    FlowRun *run = newRun(driver);
    RedirectFollower phone;
    int shown = 0;
    connect(driver, &CrossDeviceDriver::showToPhone, this, [&](const QUrl &authorizeUrl) {
        ++shown;
        phone.start(authorizeUrl, m_callback);
    });
    // The phone's browser loads the callback; the relay answers it with its page.
    int pageStatus = 0;
    connect(&phone, &AuthorizeDriver::redirectReached, this, [&](const QUrl &callback) {
        pageStatus = nvtest::http(m_network, "GET", callback).status;
    });
    QList<HttpExchange> exchanges;
    connect(run, &FlowRun::exchangeRecorded, this,
            [&exchanges](const HttpExchange &exchange) { exchanges.append(exchange); });
    QSignalSpy finished(run, &FlowRun::finished);
    run->start();
    QVERIFY(finished.wait(30000));
    const FlowOutcome outcome = finished.first().first().value<FlowOutcome>();
    QCOMPARE(outcome.kindName(), QStringLiteral("verified"));
    QCOMPARE(shown, 1);
    QCOMPARE(pageStatus, 200);
    int relayExchanges = 0;
    for (const HttpExchange &exchange : exchanges) {
        if (exchange.url.port() == m_relay.url().port()) {
            ++relayExchanges;
            QCOMPARE(exchange.step, Step::Authorize);
            QCOMPARE(exchange.correlationId, run->correlationId());
        }
    }
    QVERIFY(relayExchanges >= 2); // open, pickup
}

void TestCrossDevice::verifiedByPasteBack()
{
    auto *driver = new CrossDeviceDriver(QUrl()); // no relay: the person pastes
    FlowRun *run = newRun(driver);
    RedirectFollower phone;
    connect(driver, &CrossDeviceDriver::showToPhone, this,
            [&](const QUrl &authorizeUrl) { phone.start(authorizeUrl, m_callback); });
    QString firstProblem;
    connect(&phone, &AuthorizeDriver::redirectReached, this, [&](const QUrl &callback) {
        // A wrong paste first: refused in words, and the run keeps waiting.
        firstProblem = driver->acceptPasted(QStringLiteral("code=only-a-code"));
        QVERIFY(driver
                    ->acceptPasted(QStringLiteral("\n  ") + callback.toString() +
                                   QStringLiteral("  \n"))
                    .isEmpty());
    });
    const FlowOutcome outcome = runToEnd(run);
    QCOMPARE(outcome.kindName(), QStringLiteral("verified"));
    QVERIFY2(firstProblem.contains(QStringLiteral("state is missing")), qPrintable(firstProblem));
}

QTEST_GUILESS_MAIN(TestCrossDevice)
#include "tst_crossdevice.moc"
