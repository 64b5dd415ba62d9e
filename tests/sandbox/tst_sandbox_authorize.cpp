// The authorization side of the sandbox: /authorize, the network-login chain, discovery, JWKS.

#include "OperatorSandbox.h"
#include "SandboxProbe.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using nv::OperatorSandbox;
using nv::SandboxConfig;

class TestSandboxAuthorize : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void chainHappyPath();
    void chainStateRoundTripsSpecialCharacters();
    void chainWithoutCookieIsDenied();
    void chainWithWrongCookieIsDenied();
    void loginSessionIsSingleUse();
    void plusInQueryMeansSpace();
    void postAuthorizeIsAccepted();
    void redirectUriWithOwnQuery();

    void unknownClientShowsErrorPage();
    void missingClientOrRedirectShowsErrorPage_data();
    void missingClientOrRedirectShowsErrorPage();
    void lookAlikeRedirectUrisRefused_data();
    void lookAlikeRedirectUrisRefused();

    void errorRedirectsCarryState_data();
    void errorRedirectsCarryState();
    void errorRedirectWithoutStateHasNoState();

    void wrongMethodIs405();
    void discoveryAndJwks();
    void requestServedIsEmitted();

private:
    OperatorSandbox *m_sandbox = nullptr;
    SandboxProbe *m_probe = nullptr;
};

void TestSandboxAuthorize::init()
{
    m_sandbox = new OperatorSandbox();
    QVERIFY(m_sandbox->listen());
    QVERIFY(m_sandbox->baseUrl().isValid());
    QCOMPARE(m_sandbox->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_sandbox->baseUrl().path().isEmpty());
    m_probe = new SandboxProbe(m_sandbox->baseUrl());
}

void TestSandboxAuthorize::cleanup()
{
    delete m_probe;
    delete m_sandbox;
}

static void verifyErrorPage(const ProbeReply &reply)
{
    QCOMPARE(reply.status, 400);
    QVERIFY(!reply.hasHeader("location"));
    QVERIFY2(reply.header("content-type").startsWith("text/html"), reply.header("content-type"));
    QVERIFY(reply.body.contains("<html"));
}

void TestSandboxAuthorize::chainHappyPath()
{
    const SandboxProbe::Chain chain = m_probe->authorize(SandboxProbe::defaultAuthorizeParams());
    QVERIFY(chain.hops.size() >= 2);
    QVERIFY(chain.final.isValid());
    QVERIFY(chain.final.toString().startsWith(SandboxConfig::defaultRedirectUri().toString() +
                                              QLatin1Char('?')));
    QCOMPARE(chain.param(QStringLiteral("state")), QStringLiteral("st-42"));
    QVERIFY(!chain.param(QStringLiteral("code")).isEmpty());
    QVERIFY(!chain.hasParam(QStringLiteral("error")));

    // Hop 1: 302 that sets the login cookie with the attributes a browser needs.
    const ProbeReply &first = chain.hops.constFirst();
    QCOMPARE(first.status, 302);
    const QByteArray cookie = first.header("set-cookie");
    QVERIFY2(cookie.contains("HttpOnly"), cookie);
    QVERIFY2(cookie.contains("Path=/"), cookie);
    QVERIFY2(cookie.contains("SameSite=Lax"), cookie);
    QCOMPARE(first.location().host(), m_sandbox->baseUrl().host());
    QCOMPARE(first.location().path(), QStringLiteral("/camara/api/auth/v1/network-login"));

    // At least one hop is a 303.
    const bool has303 = std::any_of(chain.hops.cbegin(), chain.hops.cend(),
                                    [](const ProbeReply &r) { return r.status == 303; });
    QVERIFY(has303);
    QCOMPARE(chain.hops.constLast().status, 303);
}

void TestSandboxAuthorize::chainStateRoundTripsSpecialCharacters()
{
    const QString state = QStringLiteral("a b&c=d+e/é?#%20");
    const SandboxProbe::Chain chain = m_probe->authorize(
        merged(SandboxProbe::defaultAuthorizeParams(), {{QStringLiteral("state"), state}}));
    QCOMPARE(chain.param(QStringLiteral("state")), state);
    QVERIFY(!chain.param(QStringLiteral("code")).isEmpty());
}

void TestSandboxAuthorize::chainWithoutCookieIsDenied()
{
    const SandboxProbe::Chain chain =
        m_probe->authorize(SandboxProbe::defaultAuthorizeParams(), SandboxProbe::Cookies::Drop);
    QVERIFY(chain.hops.size() >= 2);
    QCOMPARE(chain.param(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(chain.param(QStringLiteral("error_description")).contains(QStringLiteral("cookie")));
    QCOMPARE(chain.param(QStringLiteral("state")), QStringLiteral("st-42"));
    QVERIFY(!chain.hasParam(QStringLiteral("code")));
}

void TestSandboxAuthorize::chainWithWrongCookieIsDenied()
{
    const SandboxProbe::Chain chain =
        m_probe->authorize(SandboxProbe::defaultAuthorizeParams(), SandboxProbe::Cookies::Tamper);
    QCOMPARE(chain.param(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(!chain.hasParam(QStringLiteral("code")));
}

void TestSandboxAuthorize::loginSessionIsSingleUse()
{
    const SandboxProbe::Chain chain = m_probe->authorize(SandboxProbe::defaultAuthorizeParams());
    QVERIFY(chain.hops.size() >= 2);
    const QUrl loginHop = chain.hops.at(0).location();
    const QByteArray cookie = chain.hops.at(0).header("set-cookie").split(';').constFirst();
    const ProbeReply replay = m_probe->send("GET", loginHop, QByteArray(), {{"Cookie", cookie}});
    verifyErrorPage(replay);
}

void TestSandboxAuthorize::plusInQueryMeansSpace()
{
    // Browsers and curl write spaces in a query as '+'; the sandbox must read them that way.
    QUrl url = m_probe->url(QStringLiteral("/camara/api/auth/v1/authorize"));
    url.setQuery(QStringLiteral("response_type=code&client_id=nv-console-sandbox&redirect_uri="
                                "https%3A%2F%2Fnv-console.invalid%2Fcallback&scope=openid+"
                                "number-verification%3Averify&state=x"),
                 QUrl::StrictMode);
    const ProbeReply reply = m_probe->send("GET", url);
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.location().path(), QStringLiteral("/camara/api/auth/v1/network-login"));
}

void TestSandboxAuthorize::postAuthorizeIsAccepted()
{
    const ProbeReply reply = m_probe->postForm(QStringLiteral("/camara/api/auth/v1/authorize"),
                                               SandboxProbe::defaultAuthorizeParams());
    QCOMPARE(reply.status, 302);
    QVERIFY(reply.hasHeader("set-cookie"));
}

void TestSandboxAuthorize::redirectUriWithOwnQuery()
{
    const QUrl registered(QStringLiteral("https://app.example/cb?tenant=a%20b&x=1"));
    SandboxConfig config = SandboxConfig::defaults();
    config.clients.first().redirectUris = {registered};
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const SandboxProbe::Chain chain = probe.authorize(
        merged(SandboxProbe::defaultAuthorizeParams(),
               {{QStringLiteral("redirect_uri"), registered.toString(QUrl::FullyEncoded)}}));
    QVERIFY(chain.final.isValid());
    QCOMPARE(chain.final.host(), QStringLiteral("app.example"));
    QCOMPARE(chain.param(QStringLiteral("tenant")), QStringLiteral("a b"));
    QCOMPARE(chain.param(QStringLiteral("x")), QStringLiteral("1"));
    QVERIFY(!chain.param(QStringLiteral("code")).isEmpty());
    QCOMPARE(chain.param(QStringLiteral("state")), QStringLiteral("st-42"));
}

void TestSandboxAuthorize::unknownClientShowsErrorPage()
{
    const SandboxProbe::Chain chain = m_probe->authorize(merged(
        SandboxProbe::defaultAuthorizeParams(), {{QStringLiteral("client_id"), "someone-else"}}));
    QCOMPARE(chain.hops.size(), 1);
    verifyErrorPage(chain.hops.constFirst());
    QVERIFY(!chain.final.isValid());
}

void TestSandboxAuthorize::missingClientOrRedirectShowsErrorPage_data()
{
    QTest::addColumn<QString>("drop");
    QTest::newRow("client_id") << QStringLiteral("client_id");
    QTest::newRow("redirect_uri") << QStringLiteral("redirect_uri");
}

void TestSandboxAuthorize::missingClientOrRedirectShowsErrorPage()
{
    QFETCH(QString, drop);
    Params params = SandboxProbe::defaultAuthorizeParams();
    params.removeIf([&](const auto &p) { return p.first == drop; });
    verifyErrorPage(m_probe->authorize(params).hops.constFirst());
}

void TestSandboxAuthorize::lookAlikeRedirectUrisRefused_data()
{
    QTest::addColumn<QString>("redirectUri");
    QTest::newRow("trailing slash") << QStringLiteral("https://nv-console.invalid/callback/");
    QTest::newRow("other port") << QStringLiteral("https://nv-console.invalid:8443/callback");
    QTest::newRow("other host") << QStringLiteral(
        "https://nv-console.invalid.evil.example/callback");
    QTest::newRow("userinfo host")
        << QStringLiteral("https://nv-console.invalid@evil.example/callback");
    QTest::newRow("prefix match") << QStringLiteral("https://nv-console.invalid/callback/more");
    QTest::newRow("suffix on path") << QStringLiteral("https://nv-console.invalid/callbackx");
    QTest::newRow("shorter path") << QStringLiteral("https://nv-console.invalid/");
    QTest::newRow("http scheme") << QStringLiteral("http://nv-console.invalid/callback");
    QTest::newRow("extra query") << QStringLiteral("https://nv-console.invalid/callback?x=1");
    QTest::newRow("fragment") << QStringLiteral("https://nv-console.invalid/callback#x");
}

void TestSandboxAuthorize::lookAlikeRedirectUrisRefused()
{
    QFETCH(QString, redirectUri);
    const SandboxProbe::Chain chain = m_probe->authorize(merged(
        SandboxProbe::defaultAuthorizeParams(), {{QStringLiteral("redirect_uri"), redirectUri}}));
    QCOMPARE(chain.hops.size(), 1);
    verifyErrorPage(chain.hops.constFirst());
}

void TestSandboxAuthorize::errorRedirectsCarryState_data()
{
    QTest::addColumn<Params>("overrides");
    QTest::addColumn<QString>("drop");
    QTest::addColumn<QString>("error");
    QTest::newRow("response_type=token")
        << Params{{QStringLiteral("response_type"), QStringLiteral("token")}} << QString()
        << QStringLiteral("unsupported_response_type");
    QTest::newRow("response_type missing")
        << Params{} << QStringLiteral("response_type") << QStringLiteral("invalid_request");
    QTest::newRow("scope without verify")
        << Params{{QStringLiteral("scope"),
                   QStringLiteral("openid number-verification:device-phone-number:read")}}
        << QString() << QStringLiteral("invalid_scope");
    QTest::newRow("scope missing")
        << Params{} << QStringLiteral("scope") << QStringLiteral("invalid_scope");
    QTest::newRow("scope near miss")
        << Params{{QStringLiteral("scope"), QStringLiteral("number-verification:verifyx")}}
        << QString() << QStringLiteral("invalid_scope");
    QTest::newRow("challenge method S512")
        << Params{{QStringLiteral("code_challenge"), QString(43, QLatin1Char('a'))},
                  {QStringLiteral("code_challenge_method"), QStringLiteral("S512")}}
        << QString() << QStringLiteral("invalid_request");
    QTest::newRow("challenge method without challenge")
        << Params{{QStringLiteral("code_challenge_method"), QStringLiteral("S256")}} << QString()
        << QStringLiteral("invalid_request");
    QTest::newRow("challenge too short")
        << Params{{QStringLiteral("code_challenge"), QStringLiteral("short")},
                  {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}}
        << QString() << QStringLiteral("invalid_request");
}

void TestSandboxAuthorize::errorRedirectsCarryState()
{
    QFETCH(Params, overrides);
    QFETCH(QString, drop);
    QFETCH(QString, error);
    Params params = merged(SandboxProbe::defaultAuthorizeParams(), overrides);
    params.removeIf([&](const auto &p) { return p.first == drop; });
    const SandboxProbe::Chain chain = m_probe->authorize(params);
    QCOMPARE(chain.hops.size(), 1);
    QCOMPARE(chain.hops.constFirst().status, 302);
    QVERIFY(!chain.hops.constFirst().hasHeader("set-cookie"));
    QVERIFY(chain.final.toString().startsWith(SandboxConfig::defaultRedirectUri().toString()));
    QCOMPARE(chain.param(QStringLiteral("error")), error);
    QVERIFY(!chain.param(QStringLiteral("error_description")).isEmpty());
    QCOMPARE(chain.param(QStringLiteral("state")), QStringLiteral("st-42"));
    QVERIFY(!chain.hasParam(QStringLiteral("code")));
}

void TestSandboxAuthorize::errorRedirectWithoutStateHasNoState()
{
    Params params = merged(SandboxProbe::defaultAuthorizeParams(),
                           {{QStringLiteral("response_type"), QStringLiteral("id_token")}});
    params.removeIf([](const auto &p) { return p.first == QLatin1String("state"); });
    const SandboxProbe::Chain chain = m_probe->authorize(params);
    QCOMPARE(chain.param(QStringLiteral("error")), QStringLiteral("unsupported_response_type"));
    QVERIFY(!chain.hasParam(QStringLiteral("state")));
}

void TestSandboxAuthorize::wrongMethodIs405()
{
    const ProbeReply reply =
        m_probe->send("PUT", m_probe->url(QStringLiteral("/camara/api/auth/v1/authorize")));
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("allow"), QByteArray("GET, POST"));
    const ProbeReply login =
        m_probe->send("DELETE", m_probe->url(QStringLiteral("/camara/api/auth/v1/network-login")));
    QCOMPARE(login.status, 405);
    QCOMPARE(login.header("allow"), QByteArray("GET"));
}

void TestSandboxAuthorize::discoveryAndJwks()
{
    const ProbeReply discovery = m_probe->get(QStringLiteral("/.well-known/openid-configuration"));
    QCOMPARE(discovery.status, 200);
    const QJsonObject doc = discovery.json();
    QCOMPARE(doc.value(QStringLiteral("issuer")).toString(), m_sandbox->baseUrl().toString());
    QCOMPARE(doc.value(QStringLiteral("token_endpoint")).toString(),
             m_sandbox->baseUrl().toString() + QStringLiteral("/camara/api/auth/v1/token"));
    const QUrl jwksUri(doc.value(QStringLiteral("jwks_uri")).toString());
    const ProbeReply jwks = m_probe->send("GET", jwksUri);
    QCOMPARE(jwks.status, 200);
    const QJsonObject key = jwks.json().value(QStringLiteral("keys")).toArray().first().toObject();
    QCOMPARE(key.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
    QCOMPARE(key.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
    QVERIFY(key.value(QStringLiteral("n")).toString().size() >= 300);
    QVERIFY(!key.value(QStringLiteral("kid")).toString().isEmpty());
}

void TestSandboxAuthorize::requestServedIsEmitted()
{
    QSignalSpy served(m_sandbox, &OperatorSandbox::requestServed);
    const ProbeReply reply =
        m_probe->get(QStringLiteral("/camara/api/auth/v1/authorize"), {{"x-correlator", "corr-7"}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(served.size(), 1);
    const QList<QVariant> args = served.takeFirst();
    QCOMPARE(args.at(0).toString(), QStringLiteral("GET"));
    QCOMPARE(args.at(1).toString(), QStringLiteral("/camara/api/auth/v1/authorize"));
    QCOMPARE(args.at(2).toInt(), 400);
    QCOMPARE(args.at(3).toString(), QStringLiteral("corr-7"));
    QVERIFY(args.at(4).toLongLong() >= 0);
}

QTEST_GUILESS_MAIN(TestSandboxAuthorize)
#include "tst_sandbox_authorize.moc"
