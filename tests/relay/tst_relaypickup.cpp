// RelayPickup, the console's client, against the real nv-relay binary: the phone's side is
// played by plain HTTP requests to /callback.

#include "RelayProcess.h"
#include "flow/AuthorizationResponse.h"
#include "relay/RelayPickup.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using nvtest::http;
using nvtest::RelayProcess;

class TestRelayPickup : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_relay.stop(); }
    void codeComesBackAsRedirect();
    void errorComesBackAsRedirect();
    void keepsPollingAcrossNothingYet();
    void cancelStopsEverything();
    void stateHeldByAnotherConsole();
    void overallTimeout();
    void unreachableRelayFails();
    void refusesBadRelayUrls_data();
    void refusesBadRelayUrls();
    void relayUnderAPathPrefix();

private:
    // What the operator does with the phone: redirect it to the relay's callback.
    int phoneArrives(const QString &query)
    {
        return http(m_network, "GET", m_relay.url(QStringLiteral("/callback?") + query)).status;
    }
    QUrl redirectUri() const { return nv::RelayPickup::callbackUrl(m_relay.url()); }

    QNetworkAccessManager m_network;
    RelayProcess m_relay;
};

void TestRelayPickup::codeComesBackAsRedirect()
{
    QVERIFY(m_relay.start({}));
    const QString state = QStringLiteral("AbCdEfGhIjKlMnOpQrStUv");
    nv::RelayPickup pickup;
    QSignalSpy opened(&pickup, &nv::RelayPickup::opened);
    QSignalSpy received(&pickup, &nv::RelayPickup::redirectReceived);
    QSignalSpy failed(&pickup, &nv::RelayPickup::failed);
    QList<nv::HttpExchange> exchanges;
    connect(&pickup, &nv::RelayPickup::exchangeRecorded, this,
            [&exchanges](const nv::HttpExchange &exchange) { exchanges.append(exchange); });
    nv::ExchangeContext context;
    context.runId = QStringLiteral("run-1");
    pickup.start(m_relay.url(), state, redirectUri(), context);
    QVERIFY(opened.wait(20000));
    QVERIFY(pickup.isActive());
    QVERIFY(m_relay.waitForOutput("pickup waiting"));
    // A code with every character a query could misread.
    QCOMPARE(phoneArrives(QStringLiteral("code=a%2Bb%2Fc%3Dd%26e%25f+g&state=") + state), 200);
    QVERIFY(received.count() == 1 || received.wait(20000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!pickup.isActive());

    const QUrl redirect = received.constFirst().constFirst().toUrl();
    const nv::AuthorizationResponse response =
        nv::AuthorizationResponse::parse(redirect, redirectUri(), state);
    QCOMPARE(response.kind, nv::AuthorizationResponse::Kind::Code);
    QCOMPARE(response.code, QStringLiteral("a+b/c=d&e%f g"));

    QCOMPARE(exchanges.size(), 2); // open, then one pickup that waited
    QCOMPARE(exchanges.at(0).method, QByteArray("POST"));
    QCOMPARE(exchanges.at(0).status, 201);
    QCOMPARE(exchanges.at(1).status, 200);
    for (const nv::HttpExchange &exchange : exchanges) {
        QCOMPARE(exchange.step, nv::Step::Authorize);
        QCOMPARE(exchange.runId, QStringLiteral("run-1"));
        QVERIFY(exchange.note.contains(QStringLiteral("relay")));
        bool hasKey = false;
        for (const auto &[name, value] : exchange.requestHeaders)
            hasKey |= name == "Authorization" && value == "Bearer " + pickup.pickupKey().toLatin1();
        QVERIFY(hasKey);
    }
    QCOMPARE(pickup.pickupKey().size(), 43); // 256 bits, base64url
}

void TestRelayPickup::errorComesBackAsRedirect()
{
    QVERIFY(m_relay.start({}));
    const QString state = QStringLiteral("state-for-an-error-0001");
    nv::RelayPickup pickup;
    QSignalSpy opened(&pickup, &nv::RelayPickup::opened);
    QSignalSpy received(&pickup, &nv::RelayPickup::redirectReceived);
    pickup.start(m_relay.url(), state, redirectUri());
    QVERIFY(opened.wait(20000));
    QCOMPARE(phoneArrives(QStringLiteral("error=access_denied&error_description=Not+on+mobile+"
                                         "data%21&iss=https%3A%2F%2Fop.example&state=") +
                          state),
             200);
    QVERIFY(received.count() == 1 || received.wait(20000));
    const nv::AuthorizationResponse response = nv::AuthorizationResponse::parse(
        received.constFirst().constFirst().toUrl(), redirectUri(), state);
    QCOMPARE(response.kind, nv::AuthorizationResponse::Kind::Error);
    QCOMPARE(response.error, QStringLiteral("access_denied"));
    QCOMPARE(response.errorDescription, QStringLiteral("Not on mobile data!"));
}

void TestRelayPickup::keepsPollingAcrossNothingYet()
{
    QVERIFY(m_relay.start({QStringLiteral("--max-wait"), QStringLiteral("1")}));
    const QString state = QStringLiteral("state-keeps-polling-01");
    nv::RelayPickup pickup;
    pickup.setPollWaitSeconds(1);
    QSignalSpy received(&pickup, &nv::RelayPickup::redirectReceived);
    int nothingYet = 0;
    connect(&pickup, &nv::RelayPickup::exchangeRecorded, this,
            [&](const nv::HttpExchange &exchange) {
                // The phone arrives only after two pickups came back empty.
                if (exchange.status == 204 && ++nothingYet == 2)
                    phoneArrives(QStringLiteral("code=patience&state=") + state);
            });
    pickup.start(m_relay.url(), state, redirectUri());
    QVERIFY(received.wait(30000));
    QCOMPARE(nothingYet, 2);
    QVERIFY(pickup.polls() >= 3);
    QCOMPARE(nv::AuthorizationResponse::parse(received.constFirst().constFirst().toUrl(),
                                              redirectUri(), state)
                 .code,
             QStringLiteral("patience"));
}

void TestRelayPickup::cancelStopsEverything()
{
    QVERIFY(m_relay.start({}));
    const QString state = QStringLiteral("state-cancelled-000001");
    nv::RelayPickup pickup;
    QSignalSpy opened(&pickup, &nv::RelayPickup::opened);
    QSignalSpy received(&pickup, &nv::RelayPickup::redirectReceived);
    QSignalSpy failed(&pickup, &nv::RelayPickup::failed);
    pickup.start(m_relay.url(), state, redirectUri());
    QVERIFY(opened.wait(20000));
    QVERIFY(m_relay.waitForOutput("pickup waiting"));
    pickup.cancel();
    QVERIFY(!pickup.isActive());
    // The aborted long-poll is dropped by the relay; the result then stays for a pickup with
    // the same key, which proves the cancelled client did not consume it.
    QVERIFY(m_relay.waitForOutput("pickup 000 gone"));
    QCOMPARE(phoneArrives(QStringLiteral("code=kept&state=") + state), 200);
    const nvtest::HttpReply manual =
        http(m_network, "GET", m_relay.url(QStringLiteral("/v1/pickup?state=%1&wait=0").arg(state)),
             {{"Authorization", "Bearer " + pickup.pickupKey().toLatin1()}});
    QCOMPARE(manual.status, 200);
    QVERIFY(manual.body.contains("\"kept\""));
    QCOMPARE(received.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void TestRelayPickup::stateHeldByAnotherConsole()
{
    QVERIFY(m_relay.start({}));
    const QString state = QStringLiteral("state-held-elsewhere-1");
    nv::RelayPickup first;
    QSignalSpy firstOpened(&first, &nv::RelayPickup::opened);
    first.start(m_relay.url(), state, redirectUri());
    QVERIFY(firstOpened.wait(20000));
    nv::RelayPickup second; // its own pickup key
    QSignalSpy failed(&second, &nv::RelayPickup::failed);
    second.start(m_relay.url(), state, redirectUri());
    QVERIFY(failed.wait(20000));
    QVERIFY2(
        failed.constFirst().constFirst().toString().contains(QStringLiteral("another console")),
        qPrintable(failed.constFirst().constFirst().toString()));
}

void TestRelayPickup::overallTimeout()
{
    QVERIFY(m_relay.start({QStringLiteral("--max-wait"), QStringLiteral("1")}));
    nv::RelayPickup pickup;
    pickup.setPollWaitSeconds(1);
    pickup.setTimeoutMs(2500);
    QSignalSpy failed(&pickup, &nv::RelayPickup::failed);
    pickup.start(m_relay.url(), QStringLiteral("state-nobody-comes-01"), redirectUri());
    QVERIFY(failed.wait(30000));
    QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("within 2 s")));
    QVERIFY(!pickup.isActive());
}

void TestRelayPickup::unreachableRelayFails()
{
    // A port that was free a moment ago: connection refused, retried a bounded number of times.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    QUrl closed(QStringLiteral("http://127.0.0.1"));
    closed.setPort(probe.serverPort());
    probe.close();
    nv::RelayPickup pickup;
    pickup.setRetryDelayMs(10);
    QSignalSpy failed(&pickup, &nv::RelayPickup::failed);
    QList<nv::HttpExchange> exchanges;
    connect(&pickup, &nv::RelayPickup::exchangeRecorded, this,
            [&exchanges](const nv::HttpExchange &exchange) { exchanges.append(exchange); });
    pickup.start(closed, QStringLiteral("state-unreachable-0001"),
                 QUrl(QStringLiteral("https://relay.example/callback")));
    QVERIFY(failed.wait(30000));
    QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("did not accept")));
    QCOMPARE(exchanges.size(), 6); // the first try and five retries
    QVERIFY(!exchanges.constLast().error.isEmpty());
}

void TestRelayPickup::refusesBadRelayUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("words");
    QTest::newRow("ftp") << QStringLiteral("ftp://relay.example") << QStringLiteral("https");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringLiteral("absolute");
    QTest::newRow("relative") << QStringLiteral("relay.example/callback")
                              << QStringLiteral("absolute");
    QTest::newRow("user info") << QStringLiteral("https://user:pw@relay.example")
                               << QStringLiteral("user name");
    QTest::newRow("query") << QStringLiteral("https://relay.example/?x=1")
                           << QStringLiteral("query");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)")
                                << QStringLiteral("absolute");
}

void TestRelayPickup::refusesBadRelayUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, words);
    QVERIFY(!nv::RelayPickup::checkRelayUrl(QUrl(url)).isEmpty());
    nv::RelayPickup pickup;
    QSignalSpy failed(&pickup, &nv::RelayPickup::failed);
    QSignalSpy exchanges(&pickup, &nv::RelayPickup::exchangeRecorded);
    pickup.start(QUrl(url), QStringLiteral("state-bad-url-00000001"),
                 QUrl(QStringLiteral("https://relay.example/callback")));
    QCOMPARE(failed.count(), 0); // asynchronous, like every outcome
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.constFirst().constFirst().toString().contains(words),
             qPrintable(failed.constFirst().constFirst().toString()));
    QCOMPARE(exchanges.count(), 0); // nothing was sent
}

void TestRelayPickup::relayUnderAPathPrefix()
{
    QCOMPARE(nv::RelayPickup::callbackUrl(QUrl(QStringLiteral("https://relay.example/nv/"))),
             QUrl(QStringLiteral("https://relay.example/nv/callback")));
    QCOMPARE(nv::RelayPickup::callbackUrl(QUrl(QStringLiteral("https://relay.example"))),
             QUrl(QStringLiteral("https://relay.example/callback")));
    QVERIFY(
        nv::RelayPickup::checkRelayUrl(QUrl(QStringLiteral("https://relay.example/nv"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestRelayPickup)
#include "tst_relaypickup.moc"
