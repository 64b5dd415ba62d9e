// private_key_jwt at the token endpoint: RS256 client assertions checked against the public key
// registered for the client; keys and signatures are made here with OpenSSL, independently of
// the sandbox's code.

#include "OperatorSandbox.h"
#include "SandboxProbe.h"
#include "TestJws.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <openssl/rsa.h>

using nv::OperatorSandbox;
using nv::SandboxConfig;
using testjws::b64url;
using testjws::publicPem;

namespace {
const QString TokenPath = QStringLiteral("/camara/api/auth/v1/token");
const QString ClientId = QStringLiteral("jwt-client");
const QString AssertionType =
    QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
} // namespace

class TestSandboxClientAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void discoveryAdvertisesPrivateKeyJwt();
    void validAssertionIssuesTokens();
    void audienceMayBeTheIssuer();
    void refusedAssertions_data();
    void refusedAssertions();
    void jtiIsSingleUse();
    void assertionPlusSecretIsInvalidRequest();
    void keyOnlyClientCannotUseASecret();
    void secretClientWithoutKeyCannotSign();

private:
    QByteArray assertion(const QJsonObject &claimOverrides = {}, EVP_PKEY *key = nullptr,
                         const QByteArray &alg = "RS256") const;
    ProbeReply redeem(const QByteArray &clientAssertion, const Params &extra = {});
    QJsonObject standardClaims() const;

    EVP_PKEY *m_key = nullptr;
    EVP_PKEY *m_otherKey = nullptr;
    OperatorSandbox *m_sandbox = nullptr;
    SandboxProbe *m_probe = nullptr;
    int m_jti = 0;
};

void TestSandboxClientAuth::initTestCase()
{
    m_key = EVP_RSA_gen(2048);
    m_otherKey = EVP_RSA_gen(2048);
    QVERIFY(m_key && m_otherKey);
}

void TestSandboxClientAuth::cleanupTestCase()
{
    EVP_PKEY_free(m_key);
    EVP_PKEY_free(m_otherKey);
}

void TestSandboxClientAuth::init()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.clients.append(nv::SandboxClient{
        ClientId, QString(), {SandboxConfig::defaultRedirectUri()}, publicPem(m_key)});
    m_sandbox = new OperatorSandbox(config, this);
    QVERIFY(m_sandbox->listen());
    m_probe = new SandboxProbe(m_sandbox->baseUrl());
}

void TestSandboxClientAuth::cleanup()
{
    delete m_probe;
    m_probe = nullptr;
    delete m_sandbox;
    m_sandbox = nullptr;
}

QJsonObject TestSandboxClientAuth::standardClaims() const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("iss"), ClientId},
                       {QStringLiteral("sub"), ClientId},
                       {QStringLiteral("aud"), m_probe->url(TokenPath).toString()},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + 120},
                       {QStringLiteral("jti"), QStringLiteral("jti-%1").arg(now)}};
}

QByteArray TestSandboxClientAuth::assertion(const QJsonObject &claimOverrides, EVP_PKEY *key,
                                            const QByteArray &alg) const
{
    QJsonObject claims = standardClaims();
    claims.insert(QStringLiteral("jti"),
                  QStringLiteral("jti-%1-%2").arg(QDateTime::currentMSecsSinceEpoch()).arg(m_jti));
    const_cast<TestSandboxClientAuth *>(this)->m_jti++;
    for (auto it = claimOverrides.begin(); it != claimOverrides.end(); ++it) {
        if (it.value().isNull())
            claims.remove(it.key());
        else
            claims.insert(it.key(), it.value());
    }
    const QJsonObject header{{QStringLiteral("alg"), QString::fromLatin1(alg)},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    return testjws::compactJws(header, claims, key ? key : m_key);
}

ProbeReply TestSandboxClientAuth::redeem(const QByteArray &clientAssertion, const Params &extra)
{
    const QString code = m_probe->obtainCode({{QStringLiteral("client_id"), ClientId}});
    if (code.isEmpty())
        return {};
    Params params{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("redirect_uri"), SandboxConfig::defaultRedirectUri().toString()},
                  {QStringLiteral("client_assertion_type"), AssertionType},
                  {QStringLiteral("client_assertion"), QString::fromLatin1(clientAssertion)}};
    params = merged(params, extra);
    return m_probe->postForm(TokenPath, params);
}

void TestSandboxClientAuth::discoveryAdvertisesPrivateKeyJwt()
{
    const QJsonObject discovery =
        m_probe->get(QStringLiteral("/.well-known/openid-configuration")).json();
    const QJsonArray methods =
        discovery.value(QStringLiteral("token_endpoint_auth_methods_supported")).toArray();
    for (const char *method : {"client_secret_post", "client_secret_basic", "private_key_jwt"})
        QVERIFY2(methods.contains(QString::fromLatin1(method)), method);
    QVERIFY(discovery.value(QStringLiteral("token_endpoint_auth_signing_alg_values_supported"))
                .toArray()
                .contains(QStringLiteral("RS256")));
}

void TestSandboxClientAuth::validAssertionIssuesTokens()
{
    const ProbeReply reply = redeem(assertion(), {{QStringLiteral("client_id"), ClientId}});
    QCOMPARE(reply.status, 200);
    const QString token = reply.json().value(QStringLiteral("access_token")).toString();
    QVERIFY(!token.isEmpty());
    QCOMPARE(m_probe->verify(token, R"({"phoneNumber":"+34666666666"})").status, 200);
    // client_id in the body is optional with an assertion.
    QCOMPARE(redeem(assertion()).status, 200);
}

void TestSandboxClientAuth::audienceMayBeTheIssuer()
{
    const QString issuer = m_sandbox->baseUrl().toString();
    QCOMPARE(redeem(assertion({{QStringLiteral("aud"), issuer}})).status, 200);
    QCOMPARE(
        redeem(assertion({{QStringLiteral("aud"), QJsonArray{QStringLiteral("other"), issuer}}}))
            .status,
        200);
}

void TestSandboxClientAuth::refusedAssertions_data()
{
    QTest::addColumn<QString>("why");
    const char *cases[] = {"wrong key",        "alg none",       "HS256",
                           "iss differs",      "sub differs",    "wrong aud",
                           "no exp",           "expired",        "exp too far",
                           "no jti",           "future iat",     "not a JWT",
                           "tampered payload", "unknown client", "wrong assertion type",
                           "client_id differs"};
    for (const char *why : cases)
        QTest::newRow(why) << QString::fromLatin1(why);
}

void TestSandboxClientAuth::refusedAssertions()
{
    QFETCH(QString, why);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArray jwt;
    Params extra;
    if (why == QLatin1String("wrong key"))
        jwt = assertion({}, m_otherKey);
    else if (why == QLatin1String("alg none")) {
        jwt = assertion({}, nullptr, "none");
        jwt = jwt.left(jwt.lastIndexOf('.') + 1);
    } else if (why == QLatin1String("HS256"))
        jwt = assertion({}, nullptr, "HS256");
    else if (why == QLatin1String("iss differs"))
        jwt = assertion({{QStringLiteral("iss"), QStringLiteral("nv-console-sandbox")}});
    else if (why == QLatin1String("sub differs"))
        jwt = assertion({{QStringLiteral("sub"), QStringLiteral("someone")}});
    else if (why == QLatin1String("wrong aud"))
        jwt =
            assertion({{QStringLiteral("aud"), QStringLiteral("https://elsewhere.invalid/token")}});
    else if (why == QLatin1String("no exp"))
        jwt = assertion({{QStringLiteral("exp"), QJsonValue()}});
    else if (why == QLatin1String("expired"))
        jwt = assertion({{QStringLiteral("exp"), now - 120}, {QStringLiteral("iat"), now - 400}});
    else if (why == QLatin1String("exp too far"))
        jwt = assertion({{QStringLiteral("exp"), now + 3600}});
    else if (why == QLatin1String("no jti"))
        jwt = assertion({{QStringLiteral("jti"), QJsonValue()}});
    else if (why == QLatin1String("future iat"))
        jwt = assertion({{QStringLiteral("iat"), now + 600}});
    else if (why == QLatin1String("not a JWT"))
        jwt = "definitely-not-a-jwt";
    else if (why == QLatin1String("tampered payload")) {
        const QByteArray good = assertion();
        QByteArrayList parts = good.split('.');
        QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                .object();
        claims.insert(QStringLiteral("exp"), now + 200);
        parts[1] = b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        jwt = parts.join('.');
    } else if (why == QLatin1String("unknown client"))
        jwt = assertion({{QStringLiteral("iss"), QStringLiteral("stranger")},
                         {QStringLiteral("sub"), QStringLiteral("stranger")}});
    else if (why == QLatin1String("wrong assertion type")) {
        jwt = assertion();
        extra = {{QStringLiteral("client_assertion_type"), QStringLiteral("urn:example:other")}};
    } else if (why == QLatin1String("client_id differs")) {
        jwt = assertion();
        extra = {{QStringLiteral("client_id"), QStringLiteral("nv-console-sandbox")}};
    }
    const ProbeReply reply = redeem(jwt, extra);
    QVERIFY2(reply.status == 401, reply.body);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_client"));
    QVERIFY(!reply.json().value(QStringLiteral("error_description")).toString().isEmpty());
}

void TestSandboxClientAuth::jtiIsSingleUse()
{
    const QByteArray jwt = assertion();
    QCOMPARE(redeem(jwt).status, 200);
    const ProbeReply replay = redeem(jwt);
    QCOMPARE(replay.status, 401);
    QVERIFY(replay.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .contains(QLatin1String("jti")));
}

void TestSandboxClientAuth::assertionPlusSecretIsInvalidRequest()
{
    const ProbeReply reply =
        redeem(assertion(), {{QStringLiteral("client_secret"), QStringLiteral("anything")}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_request"));
}

void TestSandboxClientAuth::keyOnlyClientCannotUseASecret()
{
    const QString code = m_probe->obtainCode({{QStringLiteral("client_id"), ClientId}});
    const ProbeReply reply =
        m_probe->exchange(code, {{QStringLiteral("client_id"), ClientId},
                                 {QStringLiteral("client_secret"), QString()}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_client"));
}

void TestSandboxClientAuth::secretClientWithoutKeyCannotSign()
{
    QJsonObject claims{{QStringLiteral("iss"), SandboxConfig::defaultClientId()},
                       {QStringLiteral("sub"), SandboxConfig::defaultClientId()}};
    const QString code = m_probe->obtainCode();
    const ProbeReply reply = m_probe->postForm(
        TokenPath,
        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
         {QStringLiteral("code"), code},
         {QStringLiteral("redirect_uri"), SandboxConfig::defaultRedirectUri().toString()},
         {QStringLiteral("client_assertion_type"), AssertionType},
         {QStringLiteral("client_assertion"), QString::fromLatin1(assertion(claims))}});
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_client"));
}

QTEST_GUILESS_MAIN(TestSandboxClientAuth)
#include "tst_sandbox_clientauth.moc"
