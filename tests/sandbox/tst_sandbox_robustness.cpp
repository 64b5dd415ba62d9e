// Hostile or sloppy input: oversized headers, malformed HTTP, odd login hints and prompts; the
// sandbox answers cleanly, keeps serving and keeps its memory bounded.

#include "GrantRegistry.h"
#include "OperatorSandbox.h"
#include "SandboxProbe.h"

#include <QTcpSocket>
#include <QTest>

using nv::GrantRegistry;
using nv::OperatorSandbox;
using nv::SandboxConfig;

class TestSandboxRobustness : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void oversizedHeadersAre431();
    void hugeUrlIs414();
    void malformedHttpDoesNotHurt_data();
    void malformedHttpDoesNotHurt();
    void loginHint_data();
    void loginHint();
    void prompt_data();
    void prompt();
    void registryStaysBounded();

private:
    bool stillServes();

    OperatorSandbox *m_sandbox = nullptr;
    SandboxProbe *m_probe = nullptr;
};

void TestSandboxRobustness::init()
{
    m_sandbox = new OperatorSandbox(SandboxConfig::defaults(), this);
    QVERIFY(m_sandbox->listen());
    m_probe = new SandboxProbe(m_sandbox->baseUrl());
}

void TestSandboxRobustness::cleanup()
{
    delete m_probe;
    m_probe = nullptr;
    delete m_sandbox;
    m_sandbox = nullptr;
}

bool TestSandboxRobustness::stillServes()
{
    const QString token = m_probe->obtainAccessToken();
    return !token.isEmpty() &&
           m_probe->verify(token, R"({"phoneNumber":"+34666666666"})").status == 200;
}

void TestSandboxRobustness::oversizedHeadersAre431()
{
    const ProbeReply api = m_probe->postJson(
        QStringLiteral("/camara/api/number-verification/v1/verify"), R"({"phoneNumber":"+1"})",
        {{"x-padding", QByteArray(20 * 1024, 'a')}, {"x-correlator", "big-1"}});
    QCOMPARE(api.status, 431);
    QCOMPARE(api.json().value(QStringLiteral("code")).toString(),
             QStringLiteral("REQUEST_HEADER_FIELDS_TOO_LARGE"));
    QCOMPARE(api.header("x-correlator"), QByteArray("big-1"));
    const ProbeReply token = m_probe->postForm(QStringLiteral("/camara/api/auth/v1/token"), {},
                                               {{"x-padding", QByteArray(20 * 1024, 'a')}});
    QCOMPARE(token.status, 431);
    QCOMPARE(token.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_request"));
    QVERIFY(stillServes());
}

void TestSandboxRobustness::hugeUrlIs414()
{
    QUrl url = m_probe->url(QStringLiteral("/camara/api/auth/v1/authorize"));
    url.setQuery(QStringLiteral("state=") + QString(10 * 1024, QLatin1Char('s')));
    QCOMPARE(m_probe->send("GET", url).status, 414);
    QVERIFY(stillServes());
}

void TestSandboxRobustness::malformedHttpDoesNotHurt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage") << QByteArray("\x01\x02 not http at all\r\n\r\n");
    QTest::newRow("bad request line") << QByteArray("GET\r\n\r\n");
    QTest::newRow("bad version") << QByteArray("GET / HTTP/9.9\r\n\r\n");
    QTest::newRow("bad header") << QByteArray("GET / HTTP/1.1\r\nNoColonHere\r\n\r\n");
    QTest::newRow("negative length")
        << QByteArray("POST /camara/api/auth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Length: "
                      "-5\r\n\r\n");
    QTest::newRow("huge header block")
        << QByteArray("GET / HTTP/1.1\r\nX-A: " + QByteArray(200 * 1024, 'a') + "\r\n\r\n");
    QTest::newRow("truncated body")
        << QByteArray("POST /camara/api/auth/v1/token HTTP/1.1\r\nHost: x\r\nContent-Length: "
                      "100\r\n\r\nabc");
}

void TestSandboxRobustness::malformedHttpDoesNotHurt()
{
    QFETCH(QByteArray, bytes);
    QTcpSocket socket;
    socket.connectToHost(m_sandbox->baseUrl().host(), m_sandbox->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(bytes);
    socket.flush();
    // Either a clean error answer or a closed connection; never a hang of the whole server.
    socket.waitForReadyRead(500);
    const QByteArray answer = socket.readAll();
    if (!answer.isEmpty())
        QVERIFY2(answer.startsWith("HTTP/1.1 4"), answer.left(80));
    socket.abort();
    QVERIFY(stillServes());
}

void TestSandboxRobustness::loginHint_data()
{
    QTest::addColumn<QString>("hint");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("tel") << QStringLiteral("tel:+34666666666") << true;
    QTest::newRow("bare number") << QStringLiteral("+34666666666") << true;
    QTest::newRow("ipv4") << QStringLiteral("ipport:142.115.147.143") << true;
    QTest::newRow("ipv4 port") << QStringLiteral("ipport:142.115.147.143:5555") << true;
    QTest::newRow("ipv6 port") << QStringLiteral("ipport:[2001:4860:7:f04::fe]:443") << true;
    QTest::newRow("ipv6") << QStringLiteral("ipport:[2001:4860:7:f04::fe]") << true;
    QTest::newRow("operatortoken") << QStringLiteral("operatortoken:abc123") << true;
    QTest::newRow("tel no plus") << QStringLiteral("tel:34666666666") << false;
    QTest::newRow("tel space") << QStringLiteral("tel: 34666666666") << false;
    QTest::newRow("tel letters") << QStringLiteral("tel:+34abc") << false;
    QTest::newRow("ipv4 bad") << QStringLiteral("ipport:999.1.1.1") << false;
    QTest::newRow("ipv4 bad port") << QStringLiteral("ipport:1.2.3.4:70000") << false;
    QTest::newRow("ipv6 unbracketed") << QStringLiteral("ipport:2001:db8::1") << false;
    QTest::newRow("ipv6 unclosed") << QStringLiteral("ipport:[2001:db8::1") << false;
    QTest::newRow("unknown form") << QStringLiteral("email:someone@example.com") << false;
    QTest::newRow("empty operatortoken") << QStringLiteral("operatortoken:") << false;
}

void TestSandboxRobustness::loginHint()
{
    QFETCH(QString, hint);
    QFETCH(bool, accepted);
    const SandboxProbe::Chain chain = m_probe->authorize(
        merged(SandboxProbe::defaultAuthorizeParams(), {{QStringLiteral("login_hint"), hint}}));
    if (accepted) {
        QVERIFY2(chain.hasParam(QStringLiteral("code")), qPrintable(chain.final.toString()));
        return;
    }
    QCOMPARE(chain.hops.size(), 1); // refused on the first hop, with the standard redirect
    QCOMPARE(chain.hops.constFirst().status, 302);
    QCOMPARE(chain.param(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QVERIFY(chain.param(QStringLiteral("error_description")).contains(QLatin1String("login_hint")));
    QCOMPARE(chain.param(QStringLiteral("state")), QStringLiteral("st-42"));
}

void TestSandboxRobustness::prompt_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("error"); // "" when a code is expected
    QTest::newRow("none") << QStringLiteral("none") << QString();
    QTest::newRow("login") << QStringLiteral("login") << QString();
    QTest::newRow("select_account") << QStringLiteral("select_account") << QString();
    QTest::newRow("unknown") << QStringLiteral("whenever") << QStringLiteral("invalid_request");
    QTest::newRow("none plus login")
        << QStringLiteral("none login") << QStringLiteral("invalid_request");
}

void TestSandboxRobustness::prompt()
{
    QFETCH(QString, prompt);
    QFETCH(QString, error);
    const SandboxProbe::Chain chain = m_probe->authorize(
        merged(SandboxProbe::defaultAuthorizeParams(), {{QStringLiteral("prompt"), prompt}}));
    if (error.isEmpty())
        QVERIFY(chain.hasParam(QStringLiteral("code")));
    else
        QCOMPARE(chain.param(QStringLiteral("error")), error);
}

void TestSandboxRobustness::registryStaysBounded()
{
    GrantRegistry registry;
    GrantRegistry::Grant grant;
    grant.clientId = QStringLiteral("c");
    for (int i = 0; i < 2100; ++i)
        registry.issueCode(grant, 60);
    QVERIFY2(registry.size() <= 2000, QByteArray::number(registry.size()));
    GrantRegistry sessions;
    for (int i = 0; i < 2100; ++i)
        sessions.openSession(GrantRegistry::Session{});
    QVERIFY2(sessions.size() <= 2000, QByteArray::number(sessions.size()));
    // Taken sessions and codes leave the tables.
    GrantRegistry small;
    const QString id = small.openSession(GrantRegistry::Session{});
    QVERIFY(small.takeSession(id));
    QCOMPARE(small.size(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandbox_robustness.moc"
