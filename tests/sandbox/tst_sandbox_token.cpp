// The token endpoint: client authentication, code redemption, PKCE, ID token, refresh.

#include "OperatorSandbox.h"
#include "SandboxProbe.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

using nv::OperatorSandbox;
using nv::SandboxConfig;

namespace {
const QString TokenPath = QStringLiteral("/camara/api/auth/v1/token");
const QString Verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

QString s256(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray b64urlDecode(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
}

QByteArray basic(const QString &id, const QString &secret)
{
    return "Basic " +
           (QUrl::toPercentEncoding(id) + ':' + QUrl::toPercentEncoding(secret)).toBase64();
}

// Checks an RS256 compact JWS against an RSA JWK with OpenSSL: independent of the sandbox code.
bool rs256Verifies(const QString &jws, const QJsonObject &jwk)
{
    const QStringList parts = jws.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    const QByteArray n = b64urlDecode(jwk.value(QStringLiteral("n")).toString());
    const QByteArray e = b64urlDecode(jwk.value(QStringLiteral("e")).toString());
    BIGNUM *bn =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *be =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, bn);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, be);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX *fromData = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *pkey = nullptr;
    bool ok = EVP_PKEY_fromdata_init(fromData) == 1 &&
              EVP_PKEY_fromdata(fromData, &pkey, EVP_PKEY_PUBLIC_KEY, params) == 1;
    if (ok) {
        const QByteArray input = (parts[0] + QLatin1Char('.') + parts[1]).toLatin1();
        const QByteArray signature = b64urlDecode(parts[2]);
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, pkey) == 1 &&
             EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.data()),
                              size_t(signature.size()),
                              reinterpret_cast<const unsigned char *>(input.data()),
                              size_t(input.size())) == 1;
        EVP_MD_CTX_free(ctx);
    }
    EVP_PKEY_free(pkey);
    EVP_PKEY_CTX_free(fromData);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(bn);
    BN_free(be);
    return ok;
}
} // namespace

class TestSandboxToken : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void clientSecretPostHappyPath();
    void idTokenIsSignedAndCarriesClaims();
    void noIdTokenWithoutOpenid();
    void refreshTokenOnlyWithOfflineAccess();
    void refreshGrantRotatesAndNarrows();
    void clientSecretBasicWorks();
    void basicCredentialsAreFormDecoded();

    void basicWrongSecretIs401WithChallenge();
    void clientErrors_data();
    void clientErrors();
    void bothAuthMethodsIsInvalidRequest();
    void wrongContentTypeIsInvalidRequest();
    void missingParameters_data();
    void missingParameters();
    void repeatedParameterIsInvalidRequest();
    void unsupportedGrantType_data();
    void unsupportedGrantType();

    void codeReuseIsRefusedAndRevokes();
    void unknownCodeIsInvalidGrant();
    void redirectUriMismatchIsInvalidGrant();
    void codeOfAnotherClientIsInvalidGrant();
    void expiredCodeIsInvalidGrant();

    void pkceS256Right();
    void pkcePlainRight();
    void pkceWrongOrMissingVerifier_data();
    void pkceWrongOrMissingVerifier();
    void verifierWithoutChallengeIsRefused();

    void wrongMethodIs405();

private:
    static void verifyOAuthError(const ProbeReply &reply, int status, const QString &error);

    OperatorSandbox *m_sandbox = nullptr;
    SandboxProbe *m_probe = nullptr;
};

void TestSandboxToken::init()
{
    SandboxConfig config = SandboxConfig::defaults();
    config.clients.append(nv::SandboxClient{QStringLiteral("second-client"),
                                            QStringLiteral("second-secret"),
                                            {SandboxConfig::defaultRedirectUri()}});
    m_sandbox = new OperatorSandbox(config);
    QVERIFY(m_sandbox->listen());
    m_probe = new SandboxProbe(m_sandbox->baseUrl());
}

void TestSandboxToken::cleanup()
{
    delete m_probe;
    delete m_sandbox;
}

void TestSandboxToken::verifyOAuthError(const ProbeReply &reply, int status, const QString &error)
{
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.header("content-type").startsWith("application/json"),
             reply.header("content-type"));
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), error);
    QVERIFY(!reply.json().value(QStringLiteral("error_description")).toString().isEmpty());
    QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
}

void TestSandboxToken::clientSecretPostHappyPath()
{
    const QString code = m_probe->obtainCode();
    QVERIFY(!code.isEmpty());
    const ProbeReply reply = m_probe->exchange(code);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(reply.header("pragma"), QByteArray("no-cache"));
    const QJsonObject body = reply.json();
    const QString accessToken = body.value(QStringLiteral("access_token")).toString();
    QVERIFY(
        QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43,}$")).match(accessToken).hasMatch());
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(body.value(QStringLiteral("scope")).toString(),
             QStringLiteral("openid dpv:FraudPreventionAndDetection number-verification:verify"));
    QVERIFY(body.contains(QStringLiteral("id_token")));
    QVERIFY(!body.contains(QStringLiteral("refresh_token")));
}

void TestSandboxToken::idTokenIsSignedAndCarriesClaims()
{
    const ProbeReply reply = m_probe->exchange(m_probe->obtainCode());
    QCOMPARE(reply.status, 200);
    const QString idToken = reply.json().value(QStringLiteral("id_token")).toString();
    const QStringList parts = idToken.split(QLatin1Char('.'));
    QCOMPARE(parts.size(), 3);
    const QJsonObject header = QJsonDocument::fromJson(b64urlDecode(parts[0])).object();
    const QJsonObject claims = QJsonDocument::fromJson(b64urlDecode(parts[1])).object();
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));

    const QJsonObject jwk = m_probe->get(QStringLiteral("/camara/api/auth/v1/jwks"))
                                .json()
                                .value(QStringLiteral("keys"))
                                .toArray()
                                .first()
                                .toObject();
    QCOMPARE(header.value(QStringLiteral("kid")).toString(),
             jwk.value(QStringLiteral("kid")).toString());
    QVERIFY(rs256Verifies(idToken, jwk));
    QString tampered = idToken;
    tampered[parts[0].size() + 5] =
        tampered[parts[0].size() + 5] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    QVERIFY(!rs256Verifies(tampered, jwk));

    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_sandbox->baseUrl().toString());
    QCOMPARE(claims.value(QStringLiteral("aud")).toString(), SandboxConfig::defaultClientId());
    QCOMPARE(claims.value(QStringLiteral("nonce")).toString(), QStringLiteral("n-0S6_WzA2Mj"));
    QCOMPARE(claims.value(QStringLiteral("amr")).toArray(), QJsonArray{QStringLiteral("nba")});
    const QString sub = claims.value(QStringLiteral("sub")).toString();
    QVERIFY(!sub.isEmpty());
    QVERIFY(!sub.contains(QStringLiteral("666666")));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 iat = claims.value(QStringLiteral("iat")).toInteger();
    QVERIFY(qAbs(iat - now) < 60);
    QCOMPARE(claims.value(QStringLiteral("exp")).toInteger(), iat + 3600);

    // The subject is stable for one client and subscriber.
    const ProbeReply again = m_probe->exchange(m_probe->obtainCode());
    const QJsonObject claims2 =
        QJsonDocument::fromJson(b64urlDecode(again.json()
                                                 .value(QStringLiteral("id_token"))
                                                 .toString()
                                                 .split(QLatin1Char('.'))
                                                 .at(1)))
            .object();
    QCOMPARE(claims2.value(QStringLiteral("sub")).toString(), sub);
}

void TestSandboxToken::noIdTokenWithoutOpenid()
{
    const ProbeReply reply = m_probe->exchange(m_probe->obtainCode(
        {{QStringLiteral("scope"), QStringLiteral("number-verification:verify")}}));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().contains(QStringLiteral("id_token")));
    QCOMPARE(reply.json().value(QStringLiteral("scope")).toString(),
             QStringLiteral("number-verification:verify"));
}

void TestSandboxToken::refreshTokenOnlyWithOfflineAccess()
{
    const ProbeReply reply = m_probe->exchange(m_probe->obtainCode(
        {{QStringLiteral("scope"),
          QStringLiteral("openid number-verification:verify offline_access")}}));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value(QStringLiteral("refresh_token")).toString().size() >= 43);
}

void TestSandboxToken::refreshGrantRotatesAndNarrows()
{
    const ProbeReply first = m_probe->exchange(m_probe->obtainCode(
        {{QStringLiteral("scope"), QStringLiteral("number-verification:verify offline_access")}}));
    const QString refresh = first.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refresh.isEmpty());
    const Params base{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), refresh},
                      {QStringLiteral("client_id"), SandboxConfig::defaultClientId()},
                      {QStringLiteral("client_secret"), SandboxConfig::defaultClientSecret()}};
    const ProbeReply widened = m_probe->postForm(
        TokenPath, merged(base, {{QStringLiteral("scope"), QStringLiteral("openid")}}));
    verifyOAuthError(widened, 400, QStringLiteral("invalid_scope"));

    // Refresh tokens are single-use: even the refused attempt above consumed it.
    const ProbeReply reused = m_probe->postForm(TokenPath, base);
    verifyOAuthError(reused, 400, QStringLiteral("invalid_grant"));

    const ProbeReply second = m_probe->exchange(m_probe->obtainCode(
        {{QStringLiteral("scope"), QStringLiteral("number-verification:verify offline_access")}}));
    const Params next =
        merged(base, {{QStringLiteral("refresh_token"),
                       second.json().value(QStringLiteral("refresh_token")).toString()},
                      {QStringLiteral("scope"), QStringLiteral("number-verification:verify")}});
    const ProbeReply refreshed = m_probe->postForm(TokenPath, next);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshed.json().value(QStringLiteral("scope")).toString(),
             QStringLiteral("number-verification:verify"));
    QVERIFY(!refreshed.json().value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!refreshed.json().contains(QStringLiteral("refresh_token")));
}

void TestSandboxToken::clientSecretBasicWorks()
{
    const QString code = m_probe->obtainCode();
    Params params = m_probe->tokenParams(code);
    params.removeIf([](const auto &p) { return p.first == QLatin1String("client_secret"); });
    const ProbeReply reply =
        m_probe->postForm(TokenPath, params,
                          {{"Authorization", basic(SandboxConfig::defaultClientId(),
                                                   SandboxConfig::defaultClientSecret())}});
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.json().value(QStringLiteral("access_token")).toString().isEmpty());
}

void TestSandboxToken::basicCredentialsAreFormDecoded()
{
    const QString id = QStringLiteral("client:with space");
    const QString secret = QStringLiteral("s3cr%t+:/x");
    SandboxConfig config = SandboxConfig::defaults();
    config.clients = {nv::SandboxClient{id, secret, {SandboxConfig::defaultRedirectUri()}}};
    OperatorSandbox sandbox(config);
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString code = probe.obtainCode({{QStringLiteral("client_id"), id}});
    QVERIFY(!code.isEmpty());
    Params params{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("redirect_uri"), SandboxConfig::defaultRedirectUri().toString()}};
    const ProbeReply reply =
        probe.postForm(TokenPath, params, {{"Authorization", basic(id, secret)}});
    QCOMPARE(reply.status, 200);
}

void TestSandboxToken::basicWrongSecretIs401WithChallenge()
{
    Params params = m_probe->tokenParams(m_probe->obtainCode());
    params.removeIf([](const auto &p) { return p.first == QLatin1String("client_secret"); });
    const ProbeReply reply = m_probe->postForm(
        TokenPath, params,
        {{"Authorization", basic(SandboxConfig::defaultClientId(), QStringLiteral("wrong"))}});
    verifyOAuthError(reply, 401, QStringLiteral("invalid_client"));
    QVERIFY2(reply.header("www-authenticate").startsWith("Basic"),
             reply.header("www-authenticate"));
}

void TestSandboxToken::clientErrors_data()
{
    QTest::addColumn<Params>("overrides");
    QTest::addColumn<QString>("drop");
    QTest::newRow("wrong secret") << Params{{QStringLiteral("client_secret"), "nope"}} << QString();
    QTest::newRow("unknown client") << Params{{QStringLiteral("client_id"), "nobody"}} << QString();
    QTest::newRow("no secret") << Params{} << QStringLiteral("client_secret");
    QTest::newRow("no client_id") << Params{} << QStringLiteral("client_id");
}

void TestSandboxToken::clientErrors()
{
    QFETCH(Params, overrides);
    QFETCH(QString, drop);
    Params params = m_probe->tokenParams(m_probe->obtainCode(), overrides);
    params.removeIf([&](const auto &p) { return p.first == drop; });
    const ProbeReply reply = m_probe->postForm(TokenPath, params);
    verifyOAuthError(reply, 401, QStringLiteral("invalid_client"));
    QVERIFY(!reply.hasHeader("www-authenticate"));
}

void TestSandboxToken::bothAuthMethodsIsInvalidRequest()
{
    const ProbeReply reply =
        m_probe->postForm(TokenPath, m_probe->tokenParams(m_probe->obtainCode()),
                          {{"Authorization", basic(SandboxConfig::defaultClientId(),
                                                   SandboxConfig::defaultClientSecret())}});
    verifyOAuthError(reply, 400, QStringLiteral("invalid_request"));
}

void TestSandboxToken::wrongContentTypeIsInvalidRequest()
{
    const QString code = m_probe->obtainCode();
    const QJsonObject asJson{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                             {QStringLiteral("code"), code}};
    const ProbeReply reply =
        m_probe->postJson(TokenPath, QJsonDocument(asJson).toJson(QJsonDocument::Compact));
    verifyOAuthError(reply, 400, QStringLiteral("invalid_request"));
    // The code was not touched by the malformed request.
    QCOMPARE(m_probe->exchange(code).status, 200);
}

void TestSandboxToken::missingParameters_data()
{
    QTest::addColumn<QString>("drop");
    QTest::newRow("grant_type") << QStringLiteral("grant_type");
    QTest::newRow("code") << QStringLiteral("code");
    QTest::newRow("redirect_uri") << QStringLiteral("redirect_uri");
}

void TestSandboxToken::missingParameters()
{
    QFETCH(QString, drop);
    Params params = m_probe->tokenParams(m_probe->obtainCode());
    params.removeIf([&](const auto &p) { return p.first == drop; });
    verifyOAuthError(m_probe->postForm(TokenPath, params), 400, QStringLiteral("invalid_request"));
}

void TestSandboxToken::repeatedParameterIsInvalidRequest()
{
    Params params = m_probe->tokenParams(m_probe->obtainCode());
    params.append({QStringLiteral("code"), QStringLiteral("another")});
    verifyOAuthError(m_probe->postForm(TokenPath, params), 400, QStringLiteral("invalid_request"));
}

void TestSandboxToken::unsupportedGrantType_data()
{
    QTest::addColumn<QString>("grantType");
    QTest::newRow("password") << QStringLiteral("password");
    QTest::newRow("client_credentials") << QStringLiteral("client_credentials");
    QTest::newRow("implicit") << QStringLiteral("implicit");
}

void TestSandboxToken::unsupportedGrantType()
{
    QFETCH(QString, grantType);
    const ProbeReply reply =
        m_probe->exchange(m_probe->obtainCode(), {{QStringLiteral("grant_type"), grantType}});
    verifyOAuthError(reply, 400, QStringLiteral("unsupported_grant_type"));
}

void TestSandboxToken::codeReuseIsRefusedAndRevokes()
{
    const QString code = m_probe->obtainCode();
    const ProbeReply first = m_probe->exchange(code);
    QCOMPARE(first.status, 200);
    const QString token = first.json().value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_probe->verify(token, R"({"phoneNumber":"+34666666666"})").status, 200);

    const ProbeReply second = m_probe->exchange(code);
    verifyOAuthError(second, 400, QStringLiteral("invalid_grant"));
    QVERIFY(second.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .contains(QStringLiteral("already been used")));
    // RFC 6749 4.1.2: a replayed code revokes what it produced.
    QCOMPARE(m_probe->verify(token, R"({"phoneNumber":"+34666666666"})").status, 401);
}

void TestSandboxToken::unknownCodeIsInvalidGrant()
{
    verifyOAuthError(m_probe->exchange(QStringLiteral("not-a-code")), 400,
                     QStringLiteral("invalid_grant"));
}

void TestSandboxToken::redirectUriMismatchIsInvalidGrant()
{
    const ProbeReply reply = m_probe->exchange(
        m_probe->obtainCode(),
        {{QStringLiteral("redirect_uri"), QStringLiteral("https://nv-console.invalid/callback/")}});
    verifyOAuthError(reply, 400, QStringLiteral("invalid_grant"));
}

void TestSandboxToken::codeOfAnotherClientIsInvalidGrant()
{
    const ProbeReply reply =
        m_probe->exchange(m_probe->obtainCode(),
                          {{QStringLiteral("client_id"), QStringLiteral("second-client")},
                           {QStringLiteral("client_secret"), QStringLiteral("second-secret")}});
    verifyOAuthError(reply, 400, QStringLiteral("invalid_grant"));
}

void TestSandboxToken::expiredCodeIsInvalidGrant()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString code = probe.obtainCode();
    QVERIFY(!code.isEmpty());
    // Past the code's lifetime on the sandbox clock (no redemption attempt before it).
    sandbox.clock().advance(std::chrono::seconds(sandbox.config().codeTtlSeconds + 1));
    const ProbeReply reply = probe.exchange(code);
    verifyOAuthError(reply, 400, QStringLiteral("invalid_grant"));
    QVERIFY(reply.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .contains(QStringLiteral("expired")));
    // A fresh code from the same sandbox still works: only the old one expired.
    QCOMPARE(probe.exchange(probe.obtainCode()).status, 200);
}

void TestSandboxToken::pkceS256Right()
{
    const QString code =
        m_probe->obtainCode({{QStringLiteral("code_challenge"), s256(Verifier)},
                             {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}});
    QVERIFY(!code.isEmpty());
    const ProbeReply reply = m_probe->exchange(code, {{QStringLiteral("code_verifier"), Verifier}});
    QCOMPARE(reply.status, 200);
}

void TestSandboxToken::pkcePlainRight()
{
    const QString code =
        m_probe->obtainCode({{QStringLiteral("code_challenge"), Verifier},
                             {QStringLiteral("code_challenge_method"), QStringLiteral("plain")}});
    QCOMPARE(m_probe->exchange(code, {{QStringLiteral("code_verifier"), Verifier}}).status, 200);
}

void TestSandboxToken::pkceWrongOrMissingVerifier_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("verifier");
    const QString other = QStringLiteral("Zzzzz_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz");
    QTest::newRow("S256 wrong") << QStringLiteral("S256") << other;
    QTest::newRow("S256 missing") << QStringLiteral("S256") << QString();
    QTest::newRow("S256 challenge as verifier") << QStringLiteral("S256") << s256(Verifier);
    QTest::newRow("S256 too short") << QStringLiteral("S256") << QStringLiteral("abc");
    QTest::newRow("plain wrong") << QStringLiteral("plain") << other;
    QTest::newRow("plain missing") << QStringLiteral("plain") << QString();
}

void TestSandboxToken::pkceWrongOrMissingVerifier()
{
    QFETCH(QString, method);
    QFETCH(QString, verifier);
    const QString challenge = method == QLatin1String("S256") ? s256(Verifier) : Verifier;
    const QString code = m_probe->obtainCode({{QStringLiteral("code_challenge"), challenge},
                                              {QStringLiteral("code_challenge_method"), method}});
    QVERIFY(!code.isEmpty());
    const ProbeReply reply = m_probe->exchange(
        code, verifier.isNull() ? Params{} : Params{{QStringLiteral("code_verifier"), verifier}});
    verifyOAuthError(reply, 400, QStringLiteral("invalid_grant"));
    QVERIFY(reply.json()
                .value(QStringLiteral("error_description"))
                .toString()
                .contains(QStringLiteral("code_verifier")));
}

void TestSandboxToken::verifierWithoutChallengeIsRefused()
{
    const ProbeReply reply =
        m_probe->exchange(m_probe->obtainCode(), {{QStringLiteral("code_verifier"), Verifier}});
    verifyOAuthError(reply, 400, QStringLiteral("invalid_grant"));
}

void TestSandboxToken::wrongMethodIs405()
{
    const ProbeReply reply = m_probe->get(TokenPath);
    QCOMPARE(reply.status, 405);
    QCOMPARE(reply.header("allow"), QByteArray("POST"));
    QCOMPARE(reply.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_request"));
}

QTEST_GUILESS_MAIN(TestSandboxToken)
#include "tst_sandbox_token.moc"
