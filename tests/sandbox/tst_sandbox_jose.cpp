// private_key_jwt beyond RS256 + PEM: ES256 assertions, keys registered as a JWK or a JWKS, and
// each refusal naming the check that failed. Keys and signatures are made here with OpenSSL,
// independently of the sandbox (which checks them with cjose).

#include "ClientAssertionVerifier.h"
#include "OperatorSandbox.h"
#include "SandboxProbe.h"
#include "TestJws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/rsa.h>

using nv::OperatorSandbox;
using nv::SandboxClient;
using nv::SandboxConfig;
using testjws::b64url;
using testjws::publicJwk;
using testjws::publicPem;

namespace {
const QString TokenPath = QStringLiteral("/camara/api/auth/v1/token");
const QString AssertionType =
    QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
} // namespace

class TestSandboxJose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void es256WithPemKey();
    void es256WithJwk();
    void jwksPicksKeyByKid();
    void refusals_data();
    void refusals();
    void privateKeyIsNotRegistered();

private:
    QByteArray assertion(const QString &client, EVP_PKEY *key, const QJsonObject &overrides = {},
                         const QString &kid = QString());
    ProbeReply redeem(const QString &client, const QByteArray &jwt);

    EVP_PKEY *m_ec = nullptr;
    EVP_PKEY *m_otherEc = nullptr;
    EVP_PKEY *m_rsaA = nullptr;
    EVP_PKEY *m_rsaB = nullptr;
    OperatorSandbox *m_sandbox = nullptr;
    SandboxProbe *m_probe = nullptr;
    int m_jti = 0;
};

void TestSandboxJose::initTestCase()
{
    m_ec = EVP_EC_gen("P-256");
    m_otherEc = EVP_EC_gen("P-256");
    m_rsaA = EVP_RSA_gen(2048);
    m_rsaB = EVP_RSA_gen(2048);
    QVERIFY(m_ec && m_otherEc && m_rsaA && m_rsaB);
}

void TestSandboxJose::cleanupTestCase()
{
    for (EVP_PKEY *key : {m_ec, m_otherEc, m_rsaA, m_rsaB})
        EVP_PKEY_free(key);
}

void TestSandboxJose::init()
{
    SandboxConfig config = SandboxConfig::defaults();
    const QList<QUrl> redirect{SandboxConfig::defaultRedirectUri()};
    config.clients.append(SandboxClient{QStringLiteral("ec-pem"), {}, redirect, publicPem(m_ec)});
    SandboxClient ecJwk{QStringLiteral("ec-jwk"), {}, redirect, {}};
    ecJwk.publicJwks = QJsonDocument(publicJwk(m_ec)).toJson();
    config.clients.append(ecJwk);
    SandboxClient rsaSet{QStringLiteral("rsa-jwks"), {}, redirect, {}};
    rsaSet.publicJwks =
        QJsonDocument(QJsonObject{{QStringLiteral("keys"),
                                   QJsonArray{publicJwk(m_rsaA, QStringLiteral("a")),
                                              publicJwk(m_rsaB, QStringLiteral("b"))}}})
            .toJson();
    config.clients.append(rsaSet);
    m_sandbox = new OperatorSandbox(config, this);
    QVERIFY(m_sandbox->listen());
    m_probe = new SandboxProbe(m_sandbox->baseUrl());
}

void TestSandboxJose::cleanup()
{
    delete m_probe;
    m_probe = nullptr;
    delete m_sandbox;
    m_sandbox = nullptr;
}

QByteArray TestSandboxJose::assertion(const QString &client, EVP_PKEY *key,
                                      const QJsonObject &overrides, const QString &kid)
{
    const qint64 now = m_sandbox->clock().epochSeconds();
    QJsonObject claims{{QStringLiteral("iss"), client},
                       {QStringLiteral("sub"), client},
                       {QStringLiteral("aud"), m_probe->url(TokenPath).toString()},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + 60},
                       {QStringLiteral("jti"), QStringLiteral("jti-%1").arg(++m_jti)}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        claims.insert(it.key(), it.value());
    QJsonObject header{{QStringLiteral("alg"), EVP_PKEY_is_a(key, "RSA") ? QStringLiteral("RS256")
                                                                         : QStringLiteral("ES256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
    if (!kid.isEmpty())
        header.insert(QStringLiteral("kid"), kid);
    return testjws::compactJws(header, claims, key);
}

ProbeReply TestSandboxJose::redeem(const QString &client, const QByteArray &jwt)
{
    const QString code = m_probe->obtainCode({{QStringLiteral("client_id"), client}});
    return m_probe->postForm(
        TokenPath,
        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
         {QStringLiteral("code"), code},
         {QStringLiteral("redirect_uri"), SandboxConfig::defaultRedirectUri().toString()},
         {QStringLiteral("client_assertion_type"), AssertionType},
         {QStringLiteral("client_assertion"), QString::fromLatin1(jwt)}});
}

void TestSandboxJose::es256WithPemKey()
{
    const ProbeReply reply =
        redeem(QStringLiteral("ec-pem"), assertion(QStringLiteral("ec-pem"), m_ec));
    QVERIFY2(reply.status == 200, reply.body);
    QVERIFY(m_probe->get(QStringLiteral("/.well-known/openid-configuration"))
                .json()
                .value(QStringLiteral("token_endpoint_auth_signing_alg_values_supported"))
                .toArray()
                .contains(QStringLiteral("ES256")));
}

void TestSandboxJose::es256WithJwk()
{
    const ProbeReply reply =
        redeem(QStringLiteral("ec-jwk"), assertion(QStringLiteral("ec-jwk"), m_ec));
    QVERIFY2(reply.status == 200, reply.body);
}

void TestSandboxJose::jwksPicksKeyByKid()
{
    const QString client = QStringLiteral("rsa-jwks");
    QVERIFY2(redeem(client, assertion(client, m_rsaB, {}, QStringLiteral("b"))).status == 200,
             "key b under kid b");
    QVERIFY2(redeem(client, assertion(client, m_rsaA)).status == 200, "no kid: any key may match");
    const ProbeReply wrongKid = redeem(client, assertion(client, m_rsaB, {}, QStringLiteral("a")));
    QCOMPARE(wrongKid.status, 401);
    QVERIFY(wrongKid.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .contains(QLatin1String("signature")));
}

void TestSandboxJose::refusals_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("why");
    QTest::addColumn<QString>("says");
    QTest::newRow("tampered signature") << "ec-pem"
                                        << "tampered signature"
                                        << "signature";
    QTest::newRow("another EC key") << "ec-jwk"
                                    << "another key"
                                    << "signature";
    QTest::newRow("expired on the sandbox clock") << "ec-pem"
                                                  << "expired"
                                                  << "expired";
    QTest::newRow("lives too long") << "ec-pem"
                                    << "long-lived"
                                    << "exp - iat";
    QTest::newRow("reused jti") << "ec-jwk"
                                << "replay"
                                << "jti";
    QTest::newRow("wrong aud") << "ec-pem"
                               << "aud"
                               << "aud";
    QTest::newRow("RS256 for an EC-only client") << "ec-pem"
                                                 << "rsa"
                                                 << "no registered RSA key";
    QTest::newRow("alg none") << "ec-pem"
                              << "none"
                              << "RS256 or ES256";
}

void TestSandboxJose::refusals()
{
    QFETCH(QString, client);
    QFETCH(QString, why);
    QFETCH(QString, says);
    const qint64 now = m_sandbox->clock().epochSeconds();
    QByteArray jwt = assertion(client, m_ec);
    if (why == QLatin1String("tampered signature")) {
        jwt[jwt.size() - 5] = jwt.at(jwt.size() - 5) == 'A' ? 'B' : 'A';
    } else if (why == QLatin1String("another key")) {
        jwt = assertion(client, m_otherEc);
    } else if (why == QLatin1String("expired")) {
        // Valid when made; dead once the sandbox clock has moved past exp and the skew.
        m_sandbox->clock().advance(std::chrono::seconds(60 + 31));
    } else if (why == QLatin1String("long-lived")) {
        jwt = assertion(client, m_ec,
                        {{QStringLiteral("iat"), now - 100}, {QStringLiteral("exp"), now + 250}});
    } else if (why == QLatin1String("replay")) {
        QCOMPARE(redeem(client, jwt).status, 200);
    } else if (why == QLatin1String("aud")) {
        jwt = assertion(client, m_ec,
                        {{QStringLiteral("aud"), QStringLiteral("https://other.invalid/token")}});
    } else if (why == QLatin1String("rsa")) {
        jwt = assertion(client, m_rsaA);
    } else if (why == QLatin1String("none")) {
        const QByteArray header = b64url(R"({"alg":"none","typ":"JWT"})");
        jwt = header + jwt.mid(jwt.indexOf('.'), jwt.lastIndexOf('.') - jwt.indexOf('.') + 1);
    }
    const ProbeReply reply = redeem(client, jwt);
    QVERIFY2(reply.status == 401, reply.body);
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_client"));
    QVERIFY2(reply.json().value(QStringLiteral("error_description")).toString().contains(says),
             reply.body);
}

void TestSandboxJose::privateKeyIsNotRegistered()
{
    QJsonObject jwk = publicJwk(m_ec);
    jwk.insert(
        QStringLiteral("d"),
        QString::fromLatin1(b64url(testjws::keyParameter(m_ec, OSSL_PKEY_PARAM_PRIV_KEY, 32))));
    QVERIFY(!nv::ClientAssertionVerifier::keyProblem({}, QJsonDocument(jwk).toJson()).isEmpty());
    QVERIFY(nv::ClientAssertionVerifier::keyProblem({}, QJsonDocument(publicJwk(m_ec)).toJson())
                .isEmpty());
    QVERIFY(nv::ClientAssertionVerifier::keyProblem(publicPem(m_ec), {}).isEmpty());
    QVERIFY(!nv::ClientAssertionVerifier::keyProblem("not a key", {}).isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxJose)
#include "tst_sandbox_jose.moc"
