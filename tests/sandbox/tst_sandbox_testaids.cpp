// What the sandbox offers the console's own tests: a clock to advance instead of sleeping, a
// record of the requests it received, strict clients that prove on the wire what a profile
// sends, a scenario that echoes secrets (for redaction tests) and broken correlator echoes.

#include "OperatorSandbox.h"
#include "SandboxHost.h"
#include "SandboxProbe.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using nv::OperatorSandbox;
using nv::SandboxClient;
using nv::SandboxConfig;
using nv::SandboxHost;

namespace {
const QString TokenPath = QStringLiteral("/camara/api/auth/v1/token");
const QString Subscriber = QStringLiteral("+34666666666");
const QString Verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

QByteArray numberBody(const QString &number)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("phoneNumber"), number}})
        .toJson(QJsonDocument::Compact);
}

QByteArray hashedBody(const QString &number)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("hashedPhoneNumber"),
                            QString::fromLatin1(QCryptographicHash::hash(number.toUtf8(),
                                                                         QCryptographicHash::Sha256)
                                                    .toHex())}})
        .toJson(QJsonDocument::Compact);
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray basic(const QString &id, const QString &secret)
{
    return "Basic " + (id.toUtf8() + ':' + secret.toUtf8()).toBase64();
}

QJsonObject jwtClaims(const QString &jwt)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(jwt.section(QLatin1Char('.'), 1, 1).toLatin1(),
                                      QByteArray::Base64UrlEncoding))
        .object();
}
} // namespace

class TestSandboxTestAids : public QObject
{
    Q_OBJECT

private slots:
    void clockDrivesEveryLifetime();
    void clockDrivesWrittenTimes();
    void hostClockAndJournalAcrossThreads();
    void journalKeepsTheLastRequests();
    void strictAuthMethod();
    void strictPkce();
    void strictNumberForm();
    void echoSecretsScenario();
    void echoSecretsByTestNumber();
    void correlatorScenarios_data();
    void correlatorScenarios();
};

void TestSandboxTestAids::clockDrivesEveryLifetime()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const SandboxConfig &config = sandbox.config();
    const ProbeReply tokens = probe.exchange(probe.obtainCode(
        {{QStringLiteral("scope"), QStringLiteral("openid number-verification:verify "
                                                  "offline_access")}}));
    QCOMPARE(tokens.status, 200);
    const QString access = tokens.json().value(QStringLiteral("access_token")).toString();
    const QString refresh = tokens.json().value(QStringLiteral("refresh_token")).toString();
    const QString code = probe.obtainCode();

    // One second short of every lifetime: all alive.
    sandbox.clock().advance(std::chrono::seconds(config.codeTtlSeconds - 1));
    QCOMPARE(probe.verify(access, numberBody(Subscriber)).status, 200);
    sandbox.clock().advance(std::chrono::seconds(2));
    const ProbeReply lateCode = probe.exchange(code);
    QCOMPARE(lateCode.status, 400);
    QVERIFY(lateCode.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .contains(QLatin1String("expired")));
    sandbox.clock().advance(std::chrono::seconds(config.tokenTtlSeconds));
    QCOMPARE(probe.verify(access, numberBody(Subscriber)).status, 401);
    sandbox.clock().advance(std::chrono::seconds(config.refreshTokenTtlSeconds));
    const ProbeReply lateRefresh = probe.postForm(
        TokenPath, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                    {QStringLiteral("refresh_token"), refresh},
                    {QStringLiteral("client_id"), SandboxConfig::defaultClientId()},
                    {QStringLiteral("client_secret"), SandboxConfig::defaultClientSecret()}});
    QCOMPARE(lateRefresh.json().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("refresh token has expired"));
}

void TestSandboxTestAids::clockDrivesWrittenTimes()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    constexpr qint64 Day = 24 * 3600;
    sandbox.clock().advance(std::chrono::seconds(Day));
    const qint64 expected = sandbox.clock().epochSeconds();
    QVERIFY(expected >= QDateTime::currentSecsSinceEpoch() + Day);
    const ProbeReply tokens = probe.exchange(probe.obtainCode());
    const QJsonObject claims =
        jwtClaims(tokens.json().value(QStringLiteral("id_token")).toString());
    // iat and auth_time are on the sandbox clock: a day ahead of the machine's.
    QVERIFY(qint64(claims.value(QStringLiteral("iat")).toDouble()) >= expected);
    QVERIFY(qint64(claims.value(QStringLiteral("auth_time")).toDouble()) >= expected);
    const ProbeReply reply = probe.verify(
        tokens.json().value(QStringLiteral("access_token")).toString(), numberBody(Subscriber));
    const QDateTime assessed = QDateTime::fromString(
        reply.json().value(QStringLiteral("assessedAt")).toString(), Qt::ISODate);
    QVERIFY(assessed.toSecsSinceEpoch() >= expected);
}

void TestSandboxTestAids::hostClockAndJournalAcrossThreads()
{
    SandboxHost host;
    QSignalSpy ready(&host, &SandboxHost::ready);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
    SandboxProbe probe(host.baseUrl());
    const QString token = probe.obtainAccessToken();
    QCOMPARE(probe.verify(token, numberBody(Subscriber)).status, 200);
    host.clock().advance(std::chrono::seconds(host.config().tokenTtlSeconds + 1));
    QCOMPARE(probe.verify(token, numberBody(Subscriber)).status, 401);
    const QList<nv::RecordedRequest> seen = host.recentRequests();
    QVERIFY(seen.size() >= 5);
    QCOMPARE(seen.last().status, 401);
    QCOMPARE(seen.last().header("authorization"), "Bearer " + token.toLatin1());
    QCOMPARE(seen.last().body, numberBody(Subscriber));
}

void TestSandboxTestAids::journalKeepsTheLastRequests()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.requestHistory = 3;
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString code = probe.obtainCode(); // authorize, network-login
    QCOMPARE(
        probe.exchange(code, {{QStringLiteral("client_secret"), QStringLiteral("wrong")}}).status,
        401);
    probe.postForm(TokenPath, probe.tokenParams(code), {{"Authorization", basic("a", "b")}});
    probe.get(QStringLiteral("/nowhere"));
    const QList<nv::RecordedRequest> seen = sandbox.recentRequests();
    QCOMPARE(seen.size(), 3); // bounded: the authorize hops are gone
    QCOMPARE(seen.at(0).path, TokenPath);
    QCOMPARE(seen.at(0).status, 401);
    QCOMPARE(seen.at(1).formValue(QStringLiteral("code")), code);
    QCOMPARE(seen.at(1).formValue(QStringLiteral("client_secret")),
             SandboxConfig::defaultClientSecret()); // raw: nothing is redacted in the record
    QCOMPARE(seen.at(1).header("authorization"), basic("a", "b"));
    QCOMPARE(seen.at(2).path, QStringLiteral("/nowhere"));
    QCOMPARE(seen.at(2).status, 404);
}

void TestSandboxTestAids::strictAuthMethod()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.clients.first().authMethod = SandboxClient::AuthMethod::ClientSecretBasic;
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const ProbeReply post = probe.exchange(probe.obtainCode());
    QCOMPARE(post.status, 401);
    QCOMPARE(post.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_client"));
    QVERIFY2(post.json()
                 .value(QStringLiteral("error_description"))
                 .toString()
                 .contains(QLatin1String("client_secret_basic only")),
             post.body);
    Params params = probe.tokenParams(probe.obtainCode());
    params.removeIf([](const auto &p) { return p.first == QLatin1String("client_secret"); });
    const ProbeReply viaBasic =
        probe.postForm(TokenPath, params,
                       {{"Authorization", basic(SandboxConfig::defaultClientId(),
                                                SandboxConfig::defaultClientSecret())}});
    QCOMPARE(viaBasic.status, 200);
}

void TestSandboxTestAids::strictPkce()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.clients.first().requirePkce = true;
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const SandboxProbe::Chain without = probe.authorize(SandboxProbe::defaultAuthorizeParams());
    QCOMPARE(without.param(QStringLiteral("error")), QStringLiteral("invalid_request"));
    QVERIFY(without.param(QStringLiteral("error_description")).contains(QLatin1String("PKCE")));
    const SandboxProbe::Chain plain = probe.authorize(
        merged(SandboxProbe::defaultAuthorizeParams(),
               {{QStringLiteral("code_challenge"), Verifier},
                {QStringLiteral("code_challenge_method"), QStringLiteral("plain")}}));
    QCOMPARE(plain.param(QStringLiteral("error")), QStringLiteral("invalid_request"));
    const QString code =
        probe.obtainCode({{QStringLiteral("code_challenge"), s256(Verifier)},
                          {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
    QVERIFY(!code.isEmpty());
    QCOMPARE(probe.exchange(code, {{QStringLiteral("code_verifier"), Verifier}}).status, 200);
}

void TestSandboxTestAids::strictNumberForm()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.clients.first().numberForm = SandboxClient::NumberForm::Hashed;
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString token = probe.obtainAccessToken();
    const ProbeReply plain = probe.verify(token, numberBody(Subscriber));
    QCOMPARE(plain.status, 400);
    QCOMPARE(plain.json().value(QStringLiteral("code")).toString(),
             QStringLiteral("INVALID_ARGUMENT"));
    QVERIFY(plain.json()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("hashedPhoneNumber")));
    const ProbeReply hashed = probe.verify(token, hashedBody(Subscriber));
    QCOMPARE(hashed.status, 200);
    QCOMPARE(hashed.json().value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(true));
}

void TestSandboxTestAids::echoSecretsScenario()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.scenario = QStringLiteral("echo-secrets");
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QByteArray secret = SandboxConfig::defaultClientSecret().toLatin1();
    const QString code = probe.obtainCode();
    QVERIFY(!code.isEmpty());
    const ProbeReply json = probe.exchange(code);
    QCOMPARE(json.status, 400);
    const QString description = json.json().value(QStringLiteral("error_description")).toString();
    QVERIFY2(description.contains(QLatin1String(secret)) && description.contains(code), json.body);
    QVERIFY(json.header("x-debug-echo").contains(secret));
    QVERIFY(json.header("x-debug-echo").contains(code.toLatin1()));

    // Basic credentials are echoed decoded; a client that asks for HTML gets an HTML page.
    Params params = probe.tokenParams(code);
    params.removeIf([](const auto &p) { return p.first == QLatin1String("client_secret"); });
    const ProbeReply html = probe.postForm(
        TokenPath, params,
        {{"Authorization", basic(SandboxConfig::defaultClientId(), QString::fromLatin1(secret))},
         {"Accept", "text/html"}});
    QCOMPARE(html.status, 400);
    QVERIFY(html.header("content-type").startsWith("text/html"));
    QVERIFY(html.body.contains(secret) && html.body.contains(code.toLatin1()));
    QVERIFY(html.header("x-debug-echo").contains(secret));
    QVERIFY(nv::SandboxScenario::fromId(QStringLiteral("echo-secrets"))->testOnly);
}

void TestSandboxTestAids::echoSecretsByTestNumber()
{
    OperatorSandbox sandbox; // "match" sandbox-wide
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString number =
        nv::SandboxScenario::of(nv::SandboxScenario::Kind::EchoSecrets).testNumber;
    const QString code =
        probe.obtainCode({{QStringLiteral("login_hint"), QStringLiteral("tel:") + number}});
    const ProbeReply echoed = probe.exchange(code);
    QCOMPARE(echoed.status, 400);
    QVERIFY(echoed.header("x-debug-echo").contains(code.toLatin1()));
    QCOMPARE(probe.exchange(probe.obtainCode()).status, 200); // other flows are not affected
}

void TestSandboxTestAids::correlatorScenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("byNumber");
    QTest::newRow("missing, sandbox-wide") << QStringLiteral("correlator-missing") << false;
    QTest::newRow("mismatch, sandbox-wide") << QStringLiteral("correlator-mismatch") << false;
    QTest::newRow("missing, test number") << QStringLiteral("correlator-missing") << true;
    QTest::newRow("mismatch, test number") << QStringLiteral("correlator-mismatch") << true;
}

void TestSandboxTestAids::correlatorScenarios()
{
    QFETCH(QString, scenario);
    QFETCH(bool, byNumber);
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString token = probe.obtainAccessToken();
    const nv::SandboxScenario chosen = *nv::SandboxScenario::fromId(scenario);
    if (!byNumber)
        QVERIFY(sandbox.setScenario(scenario));
    const ProbeReply reply =
        probe.verify(token, numberBody(byNumber ? chosen.testNumber : Subscriber),
                     {{"x-correlator", "corr-1"}, {"x-correlation-id", "corr-2"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(true));
    if (chosen.kind == nv::SandboxScenario::Kind::CorrelatorMissing) {
        QVERIFY(!reply.hasHeader("x-correlator"));
        QVERIFY(!reply.hasHeader("x-correlation-id"));
    } else {
        QVERIFY(!reply.header("x-correlator").isEmpty());
        QVERIFY(reply.header("x-correlator") != "corr-1");
        QVERIFY(reply.header("x-correlation-id") != "corr-2");
    }
    // The token endpoint still echoes: only the API is broken.
    const ProbeReply token2 = probe.postForm(TokenPath, probe.tokenParams(probe.obtainCode()),
                                             {{"x-correlator", "corr-3"}});
    QCOMPARE(token2.header("x-correlator"), QByteArray("corr-3"));
}

QTEST_GUILESS_MAIN(TestSandboxTestAids)
#include "tst_sandbox_testaids.moc"
