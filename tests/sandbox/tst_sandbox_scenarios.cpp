// Scenarios: chosen in the configuration, switched at run time, selected by test numbers in
// login_hint or in the verify body; each one observed over real HTTP on loopback.

#include "OperatorSandbox.h"
#include "SandboxHost.h"
#include "SandboxProbe.h"
#include "SandboxScenario.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using nv::OperatorSandbox;
using nv::SandboxConfig;
using nv::SandboxHost;
using nv::SandboxScenario;

namespace {
const QString DevicePath = QStringLiteral("/camara/api/number-verification/v1/device-phone-number");
const QByteArray Subscriber = "+34666666666";

QByteArray numberBody(const QByteArray &number)
{
    return R"({"phoneNumber":")" + number + "\"}";
}

QByteArray hashedBody(const QByteArray &number)
{
    return R"({"hashedPhoneNumber":")" +
           QCryptographicHash::hash(number, QCryptographicHash::Sha256).toHex() + "\"}";
}

QJsonObject jwtClaims(const QString &jwt)
{
    const QStringList parts = jwt.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

QString camaraCode(const ProbeReply &reply)
{
    return reply.json().value(QStringLiteral("code")).toString();
}

QJsonValue verified(const ProbeReply &reply)
{
    return reply.json().value(QStringLiteral("devicePhoneNumberVerified"));
}
} // namespace

class TestSandboxScenarios : public QObject
{
    Q_OBJECT

private slots:
    void catalogue();
    void testNumberRules();
    void defaultIsMatch();
    void switchesWithoutRestart();
    void mismatch();
    void notOnMobileNetworkAnswers403();
    void notOnMobileNetworkDeniesAuthorization();
    void consentAllow();
    void consentDeny();
    void consentNeedsTheLoginCookie();
    void consentOnRequestWithPromptConsent();
    void slowDelaysEveryHopAndCall();
    void slowScenarioDefaultDelay();
    void unreachableClosesConnections();
    void clientGivingUpDuringADelayIsHarmless();
    void apiFailures_data();
    void apiFailures();
    void operationalScenarioAppliesToIssuedTokens();
    void tokenExpiresEarly();
    void singleUseTokenScenario();
    void singleUseTokensForEveryFlow();
    void missingScope();
    void testNumbersInVerifyBody_data();
    void testNumbersInVerifyBody();
    void testNumberInLoginHintPinsTheFlow();
    void hostSwitchesAcrossThreads();

private:
    static QString flowToken(SandboxProbe &probe, const Params &overrides = {});
};

QString TestSandboxScenarios::flowToken(SandboxProbe &probe, const Params &overrides)
{
    return probe.obtainAccessToken(overrides);
}

void TestSandboxScenarios::catalogue()
{
    const QList<SandboxScenario> all = OperatorSandbox::scenarios();
    QVERIFY(all.size() >= 13);
    QCOMPARE(all.constFirst().id, QStringLiteral("match"));
    QCOMPARE(SandboxScenario::defaultId(), QStringLiteral("match"));
    QSet<QString> ids;
    QSet<QString> numbers;
    for (const SandboxScenario &scenario : all) {
        QVERIFY2(!scenario.title.isEmpty() && !scenario.description.isEmpty(),
                 qPrintable(scenario.id));
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z][a-z-]+$")).match(scenario.id).hasMatch());
        ids.insert(scenario.id);
        numbers.insert(scenario.testNumber);
        QCOMPARE(SandboxScenario::fromId(scenario.id)->kind, scenario.kind);
        QCOMPARE(SandboxScenario::of(scenario.kind).id, scenario.id);
    }
    QCOMPARE(ids.size(), all.size());
    QCOMPARE(numbers.size(), all.size());
    for (const char *id :
         {"match", "mismatch", "not-on-mobile-network", "not-on-mobile-network-denied", "consent",
          "slow", "unreachable", "rate-limited", "server-error", "unavailable",
          "token-expires-early", "single-use-token", "missing-scope"})
        QVERIFY2(ids.contains(QString::fromLatin1(id)), id);
    QVERIFY(!SandboxScenario::fromId(QStringLiteral("nonsense")));
    QCOMPARE(SandboxHost::scenarios().size(), all.size());
}

void TestSandboxScenarios::testNumberRules()
{
    using K = SandboxScenario::Kind;
    QCOMPARE(SandboxScenario::forTestNumber(QStringLiteral("+9900000000")), K::Match);
    QCOMPARE(SandboxScenario::forTestNumber(QStringLiteral("+9900000001")), K::Mismatch);
    QCOMPARE(SandboxScenario::forTestNumber(QStringLiteral("+9900000002")), K::NotOnMobileNetwork);
    QCOMPARE(SandboxScenario::forTestNumber(QStringLiteral("+9900000012")), K::MissingScope);
    // Outside the scenario numbers: the last-digit rule.
    QCOMPARE(SandboxScenario::forTestNumber(QStringLiteral("+9901234")), K::Match);
    QCOMPARE(SandboxScenario::forTestNumber(QStringLiteral("+9901235")), K::Mismatch);
    QCOMPARE(SandboxScenario::forTestNumber(QStringLiteral("+9900000099")), K::Mismatch);
    QVERIFY(!SandboxScenario::forTestNumber(QStringLiteral("+34666666666")));
    QVERIFY(!SandboxScenario::forTestNumber(QStringLiteral("+9910000000")));
    for (const SandboxScenario &scenario : SandboxScenario::all()) {
        const QByteArray hash =
            QCryptographicHash::hash(scenario.testNumber.toUtf8(), QCryptographicHash::Sha256)
                .toHex();
        QCOMPARE(SandboxScenario::testNumberForHash(hash.toUpper()), scenario.testNumber);
        QCOMPARE(SandboxScenario::forTestNumber(scenario.testNumber), scenario.kind);
    }
}

void TestSandboxScenarios::defaultIsMatch()
{
    QCOMPARE(SandboxConfig::defaults().scenario, QStringLiteral("match"));
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    QCOMPARE(sandbox.scenario(), QStringLiteral("match"));
    SandboxProbe probe(sandbox.baseUrl());
    const QString token = flowToken(probe);
    QCOMPARE(verified(probe.verify(token, numberBody(Subscriber))), QJsonValue(true));
    QCOMPARE(verified(probe.verify(token, numberBody("+34666666667"))), QJsonValue(false));
}

void TestSandboxScenarios::switchesWithoutRestart()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    const QUrl base = sandbox.baseUrl();
    SandboxProbe probe(base);
    QSignalSpy changed(&sandbox, &OperatorSandbox::scenarioChanged);

    QVERIFY(sandbox.setScenario(QStringLiteral("mismatch")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("mismatch"));
    QCOMPARE(sandbox.scenario(), QStringLiteral("mismatch"));
    QCOMPARE(verified(probe.verify(flowToken(probe), numberBody(Subscriber))), QJsonValue(false));

    QVERIFY(!sandbox.setScenario(QStringLiteral("no-such-scenario")));
    QCOMPARE(sandbox.scenario(), QStringLiteral("mismatch"));
    QCOMPARE(changed.size(), 1);

    QVERIFY(sandbox.setScenario(QStringLiteral("match")));
    QCOMPARE(verified(probe.verify(flowToken(probe), numberBody(Subscriber))), QJsonValue(true));
    QCOMPARE(sandbox.baseUrl(), base); // same server, no restart
}

void TestSandboxScenarios::mismatch()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.scenario = QStringLiteral("mismatch");
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString token =
        flowToken(probe, {{QStringLiteral("scope"),
                           QStringLiteral("openid number-verification:verify "
                                          "number-verification:device-phone-number:read")}});
    QVERIFY(!token.isEmpty());
    QCOMPARE(verified(probe.verify(token, numberBody(Subscriber))), QJsonValue(false));
    QCOMPARE(verified(probe.verify(token, hashedBody(Subscriber))), QJsonValue(false));
    const ProbeReply device =
        probe.get(DevicePath, {{"Authorization", "Bearer " + token.toLatin1()}});
    QCOMPARE(device.status, 200);
    const QString other = device.json().value(QStringLiteral("devicePhoneNumber")).toString();
    QVERIFY(other.startsWith(QLatin1Char('+')));
    QVERIFY(other != QString::fromLatin1(Subscriber));
    QCOMPARE(other.size(), Subscriber.size());
    // The device really is on that other line.
    QCOMPARE(verified(probe.verify(token, numberBody(other.toLatin1()))), QJsonValue(true));
}

void TestSandboxScenarios::notOnMobileNetworkAnswers403()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.scenario = QStringLiteral("not-on-mobile-network");
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const ProbeReply tokens = probe.exchange(probe.obtainCode());
    QCOMPARE(tokens.status, 200); // the flow completes
    const QJsonObject claims =
        jwtClaims(tokens.json().value(QStringLiteral("id_token")).toString());
    QVERIFY(!claims.isEmpty());
    QVERIFY2(!claims.value(QStringLiteral("amr")).toArray().contains(QStringLiteral("nba")),
             "no network-based authentication happened");
    const ProbeReply reply =
        probe.verify(tokens.json().value(QStringLiteral("access_token")).toString(),
                     numberBody(Subscriber), {{"x-correlator", "nomn-1"}});
    QCOMPARE(reply.status, 403);
    QCOMPARE(camaraCode(reply),
             QStringLiteral("NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK"));
    QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 403);
    QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(reply.header("x-correlator"), QByteArray("nomn-1"));
}

void TestSandboxScenarios::notOnMobileNetworkDeniesAuthorization()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    QVERIFY(sandbox.setScenario(QStringLiteral("not-on-mobile-network-denied")));
    SandboxProbe probe(sandbox.baseUrl());
    const SandboxProbe::Chain chain = probe.authorize(SandboxProbe::defaultAuthorizeParams());
    // The realistic shape stays: 302 with a cookie, then the 303 that carries the error.
    QCOMPARE(chain.hops.size(), 2);
    QCOMPARE(chain.hops.at(0).status, 302);
    QCOMPARE(chain.hops.at(1).status, 303);
    QCOMPARE(chain.param(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(chain.param(QStringLiteral("error_description")).contains(QLatin1String("mobile")));
    QCOMPARE(chain.param(QStringLiteral("state")), QStringLiteral("st-42"));
    QVERIFY(!chain.hasParam(QStringLiteral("code")));
}

void TestSandboxScenarios::consentAllow()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.scenario = QStringLiteral("consent");
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    SandboxProbe::Chain chain = probe.authorize(SandboxProbe::defaultAuthorizeParams());
    QCOMPARE(chain.hops.size(), 3);
    QCOMPARE(chain.hops.at(0).status, 302);
    QCOMPARE(chain.hops.at(1).status, 303);
    const ProbeReply page = chain.hops.at(2);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("content-type").startsWith("text/html"));
    QVERIFY(page.body.contains("NV Console sandbox"));
    QVERIFY(page.body.contains("<form method=\"post\""));
    QVERIFY(page.body.contains("value=\"allow\""));
    QVERIFY(page.body.contains("value=\"deny\""));
    QVERIFY(page.body.contains("nv-console-sandbox"));
    QVERIFY(chain.final.isEmpty());

    const QRegularExpressionMatch session =
        QRegularExpression(QStringLiteral("name=\"session\" value=\"([^\"]+)\""))
            .match(QString::fromUtf8(page.body));
    QVERIFY(session.hasMatch());
    const QRegularExpressionMatch action = QRegularExpression(QStringLiteral("action=\"([^\"]+)\""))
                                               .match(QString::fromUtf8(page.body));
    QVERIFY(action.hasMatch());
    probe.follow(&chain, "POST", page.url.resolved(QUrl(action.captured(1))),
                 SandboxProbe::encodeForm({{QStringLiteral("session"), session.captured(1)},
                                           {QStringLiteral("decision"), QStringLiteral("allow")}}));
    QCOMPARE(chain.hops.last().status, 303);
    const QString code = chain.param(QStringLiteral("code"));
    QVERIFY(!code.isEmpty());
    QCOMPARE(chain.param(QStringLiteral("state")), QStringLiteral("st-42"));
    QVERIFY2(chain.jar.isEmpty(), "the login cookie is cleared at the end");
    const ProbeReply tokens = probe.exchange(code);
    QCOMPARE(tokens.status, 200);
    QCOMPARE(verified(probe.verify(tokens.json().value(QStringLiteral("access_token")).toString(),
                                   numberBody(Subscriber))),
             QJsonValue(true));

    // The form is answered once.
    const ProbeReply again =
        probe.postForm(action.captured(1), {{QStringLiteral("session"), session.captured(1)},
                                            {QStringLiteral("decision"), QStringLiteral("allow")}});
    QCOMPARE(again.status, 400);
}

void TestSandboxScenarios::consentDeny()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    QVERIFY(sandbox.setScenario(QStringLiteral("consent")));
    SandboxProbe probe(sandbox.baseUrl());
    SandboxProbe::Chain chain = probe.authorize(SandboxProbe::defaultAuthorizeParams());
    QCOMPARE(chain.hops.last().status, 200);
    const QString session =
        QRegularExpression(QStringLiteral("name=\"session\" value=\"([^\"]+)\""))
            .match(QString::fromUtf8(chain.hops.last().body))
            .captured(1);
    probe.follow(&chain, "POST", probe.url(QStringLiteral("/camara/api/auth/v1/consent")),
                 SandboxProbe::encodeForm({{QStringLiteral("session"), session},
                                           {QStringLiteral("decision"), QStringLiteral("deny")}}));
    QCOMPARE(chain.param(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(chain.param(QStringLiteral("state")), QStringLiteral("st-42"));
    QVERIFY(!chain.hasParam(QStringLiteral("code")));
}

void TestSandboxScenarios::consentNeedsTheLoginCookie()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    QVERIFY(sandbox.setScenario(QStringLiteral("consent")));
    SandboxProbe probe(sandbox.baseUrl());
    SandboxProbe::Chain chain = probe.authorize(SandboxProbe::defaultAuthorizeParams());
    const QString session =
        QRegularExpression(QStringLiteral("name=\"session\" value=\"([^\"]+)\""))
            .match(QString::fromUtf8(chain.hops.last().body))
            .captured(1);
    QVERIFY(!session.isEmpty());
    // A POST from somewhere else (no cookie) must not be able to allow on the person's behalf.
    probe.follow(&chain, "POST", probe.url(QStringLiteral("/camara/api/auth/v1/consent")),
                 SandboxProbe::encodeForm({{QStringLiteral("session"), session},
                                           {QStringLiteral("decision"), QStringLiteral("allow")}}),
                 SandboxProbe::Cookies::Drop);
    QCOMPARE(chain.param(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(!chain.hasParam(QStringLiteral("code")));
}

void TestSandboxScenarios::consentOnRequestWithPromptConsent()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const SandboxProbe::Chain chain =
        probe.authorize(merged(SandboxProbe::defaultAuthorizeParams(),
                               {{QStringLiteral("prompt"), QStringLiteral("consent")}}));
    QCOMPARE(chain.hops.last().status, 200);
    QVERIFY(chain.hops.last().body.contains("value=\"allow\""));
}

void TestSandboxScenarios::slowDelaysEveryHopAndCall()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.hopDelayMs = 150;
    config.callDelayMs = 250;
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    QSignalSpy served(&sandbox, &OperatorSandbox::requestServed);

    QElapsedTimer timer;
    timer.start();
    const SandboxProbe::Chain chain = probe.authorize(SandboxProbe::defaultAuthorizeParams());
    QCOMPARE(chain.hops.size(), 2);
    QVERIFY2(timer.elapsed() >= 2 * 150, QByteArray::number(timer.elapsed()));
    timer.restart();
    const ProbeReply tokens = probe.exchange(chain.param(QStringLiteral("code")));
    QCOMPARE(tokens.status, 200);
    QVERIFY2(timer.elapsed() >= 150, QByteArray::number(timer.elapsed()));
    timer.restart();
    const ProbeReply reply = probe.verify(
        tokens.json().value(QStringLiteral("access_token")).toString(), numberBody(Subscriber));
    QCOMPARE(reply.status, 200);
    QVERIFY2(timer.elapsed() >= 250, QByteArray::number(timer.elapsed()));
    // The request log reports the time including the delay.
    QTRY_COMPARE(served.size(), 4);
    QVERIFY(served.last().at(4).toLongLong() >= 250);

    QVERIFY(!sandbox.recentRequests().isEmpty());
    QCOMPARE(sandbox.recentRequests().last().delayMs, 250);

    // Delays change at run time: the next answer is not held back at all (an event the sandbox
    // records, rather than a wall-clock bound).
    sandbox.setDelays(0, 0);
    QCOMPARE(probe.get(QStringLiteral("/.well-known/openid-configuration")).status, 200);
    QVERIFY(!sandbox.recentRequests().isEmpty());
    QCOMPARE(sandbox.recentRequests().last().path,
             QStringLiteral("/.well-known/openid-configuration"));
    QCOMPARE(sandbox.recentRequests().last().delayMs, 0);
}

void TestSandboxScenarios::slowScenarioDefaultDelay()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString token = flowToken(probe);
    QVERIFY(sandbox.setScenario(QStringLiteral("slow")));
    QElapsedTimer timer;
    timer.start();
    const ProbeReply reply = probe.verify(token, numberBody(Subscriber));
    QCOMPARE(reply.status, 200);
    QVERIFY2(timer.elapsed() >= 2000, QByteArray::number(timer.elapsed()));
}

void TestSandboxScenarios::unreachableClosesConnections()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString token = flowToken(probe);
    QSignalSpy served(&sandbox, &OperatorSandbox::requestServed);
    QVERIFY(sandbox.setScenario(QStringLiteral("unreachable")));
    const ProbeReply reply = probe.verify(token, numberBody(Subscriber));
    QCOMPARE(reply.status, 0);
    QVERIFY2(reply.networkError != QNetworkReply::NoError, QByteArray::number(reply.networkError));
    QVERIFY(reply.body.isEmpty());
    const SandboxProbe::Chain chain = probe.authorize(SandboxProbe::defaultAuthorizeParams());
    QCOMPARE(chain.hops.constFirst().status, 0);
    QTRY_VERIFY(!served.isEmpty());
    QCOMPARE(served.constFirst().at(2).toInt(), 0);
    // Back to normal at once, and the sandbox survived.
    QVERIFY(sandbox.setScenario(QStringLiteral("match")));
    QCOMPARE(probe.verify(token, numberBody(Subscriber)).status, 200);
}

void TestSandboxScenarios::clientGivingUpDuringADelayIsHarmless()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.callDelayMs = 400;
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString token = flowToken(probe);

    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest request(
            probe.url(QStringLiteral("/camara/api/number-verification/v1/verify")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        replies.append(nam.post(request, numberBody(Subscriber)));
    }
    QTRY_COMPARE(sandbox.pendingReplies(), 5);
    for (QNetworkReply *reply : replies)
        reply->abort();
    // The held answers find their clients gone and are dropped without harm.
    QTRY_COMPARE_WITH_TIMEOUT(sandbox.pendingReplies(), 0, 5000);
    qDeleteAll(replies);
    QCOMPARE(probe.verify(token, numberBody(Subscriber)).status, 200);
}

void TestSandboxScenarios::apiFailures_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryAfter");
    QTest::newRow("rate-limited") << QStringLiteral("rate-limited") << 429
                                  << QStringLiteral("TOO_MANY_REQUESTS") << true;
    QTest::newRow("server-error") << QStringLiteral("server-error") << 500
                                  << QStringLiteral("INTERNAL") << false;
    QTest::newRow("unavailable") << QStringLiteral("unavailable") << 503
                                 << QStringLiteral("UNAVAILABLE") << true;
}

void TestSandboxScenarios::apiFailures()
{
    QFETCH(QString, scenario);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, retryAfter);
    SandboxConfig config = SandboxConfig::defaults();
    config.scenario = scenario;
    config.retryAfterSeconds = 7;
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString token = flowToken(probe); // the authorization side still works
    QVERIFY(!token.isEmpty());
    for (const QString &path : {QStringLiteral("/camara/api/number-verification/v1/verify"),
                                QStringLiteral("/camara/number-verification/v2/verify")}) {
        const ProbeReply reply = probe.postJson(
            path, numberBody(Subscriber),
            {{"Authorization", "Bearer " + token.toLatin1()}, {"x-correlator", "fail-1"}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), status);
        QCOMPARE(camaraCode(reply), code);
        QVERIFY(!reply.json().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(reply.header("x-correlator"), QByteArray("fail-1"));
        QCOMPARE(reply.header("retry-after"), retryAfter ? QByteArray("7") : QByteArray());
    }
}

void TestSandboxScenarios::operationalScenarioAppliesToIssuedTokens()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString token = flowToken(probe);
    QVERIFY(sandbox.setScenario(QStringLiteral("rate-limited")));
    QCOMPARE(probe.verify(token, numberBody(Subscriber)).status, 429);
    QVERIFY(sandbox.setScenario(QStringLiteral("match")));
    QCOMPARE(probe.verify(token, numberBody(Subscriber)).status, 200);
}

void TestSandboxScenarios::tokenExpiresEarly()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.scenario = QStringLiteral("token-expires-early");
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const ProbeReply tokens = probe.exchange(probe.obtainCode());
    QCOMPARE(tokens.status, 200);
    QCOMPARE(tokens.json().value(QStringLiteral("expires_in")).toInt(), 3600); // the promise
    const QString token = tokens.json().value(QStringLiteral("access_token")).toString();
    QCOMPARE(probe.verify(token, numberBody(Subscriber)).status, 200);
    // Past the early death, long before expires_in: the sandbox clock moves, nobody waits.
    sandbox.clock().advance(std::chrono::seconds(config.earlyExpirySeconds + 1));
    const ProbeReply late = probe.verify(token, numberBody(Subscriber));
    QCOMPARE(late.status, 401);
    QCOMPARE(camaraCode(late), QStringLiteral("UNAUTHENTICATED"));
}

void TestSandboxScenarios::singleUseTokenScenario()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    QVERIFY(sandbox.setScenario(QStringLiteral("single-use-token")));
    SandboxProbe probe(sandbox.baseUrl());
    const ProbeReply tokens = probe.exchange(
        probe.obtainCode({{QStringLiteral("scope"),
                           QStringLiteral("openid number-verification:verify offline_access")}}));
    QCOMPARE(tokens.status, 200);
    QVERIFY(tokens.json().value(QStringLiteral("expires_in")).toInt() <= 300);
    QVERIFY2(!tokens.json().contains(QStringLiteral("refresh_token")),
             "single-use tokens come without a refresh token");
    const QString token = tokens.json().value(QStringLiteral("access_token")).toString();
    QCOMPARE(probe.verify(token, numberBody(Subscriber)).status, 200);
    const ProbeReply second =
        probe.verify(token, numberBody(Subscriber), {{"x-correlator", "su-2"}});
    QCOMPARE(second.status, 401);
    QCOMPARE(camaraCode(second), QStringLiteral("UNAUTHENTICATED"));
    QCOMPARE(second.header("x-correlator"), QByteArray("su-2"));
}

void TestSandboxScenarios::singleUseTokensForEveryFlow()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.singleUseTokens = true;
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString token = flowToken(probe);
    QCOMPARE(probe.verify(token, numberBody(Subscriber)).status, 200);
    QCOMPARE(probe.verify(token, numberBody(Subscriber)).status, 401);
    // A new flow, a new token.
    QCOMPARE(probe.verify(flowToken(probe), numberBody(Subscriber)).status, 200);
}

void TestSandboxScenarios::missingScope()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    QVERIFY(sandbox.setScenario(QStringLiteral("missing-scope")));
    SandboxProbe probe(sandbox.baseUrl());
    const ProbeReply tokens = probe.exchange(probe.obtainCode());
    QCOMPARE(tokens.status, 200);
    const QStringList granted =
        tokens.json().value(QStringLiteral("scope")).toString().split(QLatin1Char(' '));
    QVERIFY(!granted.contains(QStringLiteral("number-verification:verify")));
    QVERIFY(granted.contains(QStringLiteral("openid")));
    const ProbeReply reply = probe.verify(
        tokens.json().value(QStringLiteral("access_token")).toString(), numberBody(Subscriber));
    QCOMPARE(reply.status, 403);
    QCOMPARE(camaraCode(reply), QStringLiteral("PERMISSION_DENIED"));
}

void TestSandboxScenarios::testNumbersInVerifyBody_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");  // error code, or "" for a 200
    QTest::addColumn<bool>("expected"); // devicePhoneNumberVerified on a 200
    QTest::newRow("00 match") << QByteArray("+9900000000") << 200 << QString() << true;
    QTest::newRow("01 mismatch") << QByteArray("+9900000001") << 200 << QString() << false;
    QTest::newRow("02 not network")
        << QByteArray("+9900000002") << 403
        << QStringLiteral("NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK") << false;
    QTest::newRow("03 denied")
        << QByteArray("+9900000003") << 403
        << QStringLiteral("NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK") << false;
    QTest::newRow("04 consent") << QByteArray("+9900000004") << 200 << QString() << true;
    QTest::newRow("07 429") << QByteArray("+9900000007") << 429
                            << QStringLiteral("TOO_MANY_REQUESTS") << false;
    QTest::newRow("08 500") << QByteArray("+9900000008") << 500 << QStringLiteral("INTERNAL")
                            << false;
    QTest::newRow("09 503") << QByteArray("+9900000009") << 503 << QStringLiteral("UNAVAILABLE")
                            << false;
    QTest::newRow("10 expired") << QByteArray("+9900000010") << 401
                                << QStringLiteral("UNAUTHENTICATED") << false;
    QTest::newRow("12 scope") << QByteArray("+9900000012") << 403
                              << QStringLiteral("PERMISSION_DENIED") << false;
    QTest::newRow("even") << QByteArray("+990123456") << 200 << QString() << true;
    QTest::newRow("odd") << QByteArray("+990123457") << 200 << QString() << false;
}

void TestSandboxScenarios::testNumbersInVerifyBody()
{
    QFETCH(QByteArray, number);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, expected);
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString token = flowToken(probe);    // an ordinary token of the default subscriber
    const bool hashable = number.size() == 11; // the scenario numbers have known hashes
    for (const QByteArray &body : hashable
                                      ? QList<QByteArray>{numberBody(number), hashedBody(number)}
                                      : QList<QByteArray>{numberBody(number)}) {
        const ProbeReply reply = probe.verify(token, body, {{"x-correlation-id", "tn-1"}});
        QVERIFY2(reply.status == status, body + " -> " + reply.body);
        QCOMPARE(reply.header("x-correlation-id"), QByteArray("tn-1"));
        if (code.isEmpty())
            QCOMPARE(verified(reply), QJsonValue(expected));
        else
            QCOMPARE(camaraCode(reply), code);
    }
}

void TestSandboxScenarios::testNumberInLoginHintPinsTheFlow()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const auto hint = [](const char *number) {
        return Params{
            {QStringLiteral("login_hint"), QStringLiteral("tel:") + QLatin1String(number)}};
    };
    const SandboxProbe::Chain denied =
        probe.authorize(merged(SandboxProbe::defaultAuthorizeParams(), hint("+9900000003")));
    QCOMPARE(denied.param(QStringLiteral("error")), QStringLiteral("access_denied"));
    const SandboxProbe::Chain consent =
        probe.authorize(merged(SandboxProbe::defaultAuthorizeParams(), hint("+9900000004")));
    QCOMPARE(consent.hops.last().status, 200);

    // The network "identifies" the test number: it is the device's number for this flow.
    const QString matchToken = flowToken(probe, hint("+9900000000"));
    QCOMPARE(verified(probe.verify(matchToken, numberBody("+9900000000"))), QJsonValue(true));
    QCOMPARE(verified(probe.verify(matchToken, numberBody(Subscriber))), QJsonValue(false));
    const QString notNetwork = flowToken(probe, hint("+9900000002"));
    QCOMPARE(probe.verify(notNetwork, numberBody(Subscriber)).status, 403);

    // A pinned flow ignores the sandbox-wide scenario.
    QVERIFY(sandbox.setScenario(QStringLiteral("server-error")));
    const QString pinned = flowToken(probe, hint("+9900000000"));
    QCOMPARE(probe.verify(pinned, numberBody("+9900000000")).status, 200);
    QCOMPARE(probe.verify(flowToken(probe), numberBody(Subscriber)).status, 500);
}

void TestSandboxScenarios::hostSwitchesAcrossThreads()
{
    SandboxHost host;
    QSignalSpy ready(&host, &SandboxHost::ready);
    host.start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
    QSignalSpy changed(&host, &SandboxHost::scenarioChanged);
    QVERIFY(host.setScenario(QStringLiteral("mismatch")));
    QVERIFY(!host.setScenario(QStringLiteral("bogus")));
    QCOMPARE(host.scenario(), QStringLiteral("mismatch"));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("mismatch"));
    SandboxProbe probe(host.baseUrl());
    QCOMPARE(verified(probe.verify(probe.obtainAccessToken(), numberBody(Subscriber))),
             QJsonValue(false));
    QVERIFY(host.setScenario(QStringLiteral("match")));
    QTRY_COMPARE(changed.size(), 2);
    host.setDelays(0, 120);
    const QString token = probe.obtainAccessToken();
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(verified(probe.verify(token, numberBody(Subscriber))), QJsonValue(true));
    QVERIFY2(timer.elapsed() >= 120, QByteArray::number(timer.elapsed()));
}

QTEST_GUILESS_MAIN(TestSandboxScenarios)
#include "tst_sandbox_scenarios.moc"
