#include "OpenSslCli.h"
#include "jose/Base64Url.h"
#include "jose/CompactJws.h"
#include "jose/EcdsaSignature.h"
#include "jose/JoseKey.h"
#include "jose/Jwk.h"
#include "jose/JwkSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nv;

namespace {
// RFC 7638 §3.1 (the RSA key of RFC 7517 Appendix A.1).
const char *const Rfc7638N =
    "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPeb"
    "WKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368Q"
    "QMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-"
    "bFTWhAI4vMQFh6WeZu0fM4lFd2N"
    "cRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
const char *const Rfc7638Thumbprint = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs";

// RFC 7515 Appendix A.2 (RS256) and A.3 (ES256): the same payload, with CR LF inside.
const char *const Rfc7515Payload = "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGF"
                                   "tcGxlLmNvbS9pc19yb290Ijp0cnVlfQ";
const char *const A2N = "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-"
                        "4qPCJrcS2mJPMEzP1Pt0Bm4d4Q"
                        "lL-yRT-SFd2lZS-pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-"
                        "bSf63kpaSHSXndS5z5rexMdbBY"
                        "UsLA9e-KXBdQOS-UTo7WTBEMa2R2CapHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_"
                        "I5IhlJH7aGhyxXFvUK-DWNm"
                        "oudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h4FRWyuXpoQ";
const char *const A2Token = "eyJhbGciOiJSUzI1NiJ9."
                            "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLm"
                            "NvbS9pc19yb290Ijp0cnVlfQ."
                            "cC4hiUPoj9Eetdgtv3hF80EGrhuB__"
                            "dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5juj"
                            "Gbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_"
                            "nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe"
                            "7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-"
                            "eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8"
                            "np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw";
const char *const A3X = "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU";
const char *const A3Y = "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0";
const char *const A3D = "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI";
const char *const A3Token =
    "eyJhbGciOiJFUzI1NiJ9."
    "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
    "."
    "DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q";

QJsonObject a3Jwk(bool withPrivate)
{
    QJsonObject jwk{{"kty", "EC"}, {"crv", "P-256"}, {"x", A3X}, {"y", A3Y}};
    if (withPrivate)
        jwk.insert("d", A3D);
    return jwk;
}

QByteArray swapLastCharacter(QByteArray token)
{
    token[token.size() - 1] = token.endsWith('A') ? 'B' : 'A';
    return token;
}
} // namespace

class TestJose : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

private slots:
    void base64UrlIsStrict()
    {
        QCOMPARE(Base64Url::encode("\xfb\xff"), QByteArray("-_8"));
        QCOMPARE(Base64Url::decode("-_8"), std::optional<QByteArray>("\xfb\xff"));
        QCOMPARE(Base64Url::decode(""), std::optional<QByteArray>(""));
        for (const QByteArray &bad : {QByteArray("-_8="), QByteArray("+/8"), QByteArray("-_ 8"),
                                      QByteArray("A"), QByteArray("-_9") /* stray low bits */})
            QVERIFY2(!Base64Url::decode(bad), bad.constData());
    }

    void rfc7638Thumbprint()
    {
        const QJsonObject jwk{{"kty", "RSA"},
                              {"n", Rfc7638N},
                              {"e", "AQAB"},
                              {"alg", "RS256"},
                              {"kid", "2011-04-29"}};
        QCOMPARE(Jwk::thumbprint(jwk), QString::fromLatin1(Rfc7638Thumbprint));
        // The same through a key: the public members come back byte for byte.
        QString error;
        const JoseKey key = JoseKey::fromJwk(jwk, &error);
        QVERIFY2(!key.isNull(), qPrintable(error));
        QVERIFY(!key.isPrivate());
        QCOMPARE(key.bits(), 2048);
        QCOMPARE(key.thumbprint(), QString::fromLatin1(Rfc7638Thumbprint));
        QCOMPARE(key.publicJwk().value("n").toString(), QString::fromLatin1(Rfc7638N));
        QCOMPARE(key.publicJwk().value("kid").toString(), QString::fromLatin1(Rfc7638Thumbprint));
        // Optional members do not count; a missing required one gives no thumbprint.
        QCOMPARE(Jwk::thumbprint(QJsonObject{{"kty", "RSA"}, {"n", Rfc7638N}}), QString());
    }

    void rfc7515RsaExampleVerifies()
    {
        QString error;
        const JoseKey key = JoseKey::fromJwk({{"kty", "RSA"}, {"n", A2N}, {"e", "AQAB"}}, &error);
        QVERIFY2(!key.isNull(), qPrintable(error));
        const auto jws = CompactJws::parse(A2Token, &error);
        QVERIFY2(jws, qPrintable(error));
        QCOMPARE(jws->alg(), QStringLiteral("RS256"));
        QCOMPARE(jws->payload, QByteArray("{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n "
                                          "\"http://example.com/is_root\":true}"));
        QVERIFY2(jws->verify(key, JwsAlgorithm::RS256, &error), qPrintable(error));
        // Another hash, another padding, or one changed character: refused.
        QVERIFY(!jws->verify(key, JwsAlgorithm::RS384, &error));
        QVERIFY(!jws->verify(key, JwsAlgorithm::PS256, &error));
        const auto altered = CompactJws::parse(swapLastCharacter(A2Token), &error);
        QVERIFY(altered);
        QVERIFY(!altered->verify(key, JwsAlgorithm::RS256, &error));
        QVERIFY(!jws->verify(key, JwsAlgorithm::ES256, &error)); // wrong key type
        QVERIFY2(error.contains("EC"), qPrintable(error));
    }

    void rfc7515EcExampleVerifies()
    {
        QString error;
        const JoseKey key = JoseKey::fromJwk(a3Jwk(false), &error);
        QVERIFY2(!key.isNull(), qPrintable(error));
        QCOMPARE(key.type(), JoseKey::Type::EcP256);
        const auto jws = CompactJws::parse(A3Token, &error);
        QVERIFY(jws);
        QVERIFY2(jws->verify(key, JwsAlgorithm::ES256, &error), qPrintable(error));
        // The same signature in DER (as OpenSSL makes it) is not a JOSE ES256 signature.
        const QByteArray der = nvtest::derFromRaw(jws->signature);
        QString derError;
        QVERIFY(!CompactJws::verifyBytes(jws->signingInput(), der, key, JwsAlgorithm::ES256,
                                         &derError));
        QVERIFY2(derError.contains("64 bytes"), qPrintable(derError));
        // The private JWK imports and signs; what it signs verifies with the public one.
        const JoseKey signer = JoseKey::fromJwk(a3Jwk(true), &error);
        QVERIFY2(signer.isPrivate(), qPrintable(error));
        const QByteArray mine =
            CompactJws::sign({}, "payload", signer, JwsAlgorithm::ES256, &error);
        QVERIFY2(CompactJws::parse(mine, &error)->verify(key, JwsAlgorithm::ES256, &error),
                 qPrintable(error));
    }

    void ecdsaConversionRoundTrips()
    {
        const QByteArray raw = *Base64Url::decode(QByteArray(A3Token).split('.').at(2));
        const QByteArray der = nvtest::derFromRaw(raw);
        QCOMPARE(EcdsaSignature::rawToDer(raw, 32), der);
        QCOMPARE(EcdsaSignature::derToRaw(der, 32), raw);
        // R with a high bit and a short S (leading zeros dropped in DER) still give 64 bytes.
        QByteArray padded(64, '\0');
        padded[0] = '\x80';
        padded[63] = '\x01';
        QCOMPARE(EcdsaSignature::derToRaw(EcdsaSignature::rawToDer(padded, 32), 32), padded);
        QVERIFY(EcdsaSignature::rawToDer(raw.left(63), 32).isEmpty());
        QVERIFY(EcdsaSignature::derToRaw(der + '\0', 32).isEmpty()); // trailing garbage
        QVERIFY(EcdsaSignature::derToRaw("not der", 32).isEmpty());
    }

    void jwkImportRefusesBadKeys_data()
    {
        QTest::addColumn<QJsonObject>("jwk");
        QTest::addColumn<QString>("reason");
        QJsonObject offCurve = a3Jwk(false);
        offCurve.insert("y", A3X);
        QJsonObject wrongD = a3Jwk(true);
        wrongD.insert("d", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE");
        QJsonObject shortX = a3Jwk(false);
        shortX.insert("x", "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVQ");
        QTest::newRow("oct") << QJsonObject{{"kty", "oct"}, {"k", "c2VjcmV0"}} << "symmetric";
        QTest::newRow("P-384")
            << QJsonObject{{"kty", "EC"}, {"crv", "P-384"}, {"x", A3X}, {"y", A3Y}} << "P-256";
        QTest::newRow("off the curve") << offCurve << "not a point";
        QTest::newRow("d of another key") << wrongD << "does not belong";
        QTest::newRow("short x") << shortX << "32 bytes";
        QTest::newRow("padded base64")
            << QJsonObject{{"kty", "RSA"}, {"n", Rfc7638N}, {"e", "AQAB="}} << "base64url";
        QTest::newRow("no n") << QJsonObject{{"kty", "RSA"}, {"e", "AQAB"}} << "\"n\"";
        QTest::newRow("small RSA")
            << QJsonObject{{"kty", "RSA"}, {"n", QString(Rfc7638N).left(172)}, {"e", "AQAB"}}
            << "bits";
        QTest::newRow("partial CRT") << QJsonObject{{"kty", "RSA"},
                                                    {"n", Rfc7638N},
                                                    {"e", "AQAB"},
                                                    {"d", "AQAB"},
                                                    {"p", "AQAB"}}
                                     << "p, q";
    }
    void jwkImportRefusesBadKeys()
    {
        QFETCH(QJsonObject, jwk);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(JoseKey::fromJwk(jwk, &error).isNull());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void generatedKeysSignAndRoundTrip_data()
    {
        QTest::addColumn<int>("alg");
        QTest::newRow("RS256") << int(JwsAlgorithm::RS256);
        QTest::newRow("ES256") << int(JwsAlgorithm::ES256);
    }
    void generatedKeysSignAndRoundTrip()
    {
        QFETCH(int, alg);
        const auto algorithm = JwsAlgorithm(alg);
        QString error;
        const JoseKey key = JoseKey::generate(algorithm, &error);
        QVERIFY2(key.isPrivate(), qPrintable(error));
        QCOMPARE(key.defaultAlgorithm(), std::optional(algorithm));
        if (algorithm == JwsAlgorithm::RS256)
            QCOMPARE(key.bits(), 2048);
        const QByteArray pem = key.privatePem();
        QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
        const JoseKey again = JoseKey::fromPem(pem, &error);
        QVERIFY2(again.isPrivate(), qPrintable(error));
        QCOMPARE(again.thumbprint(), key.thumbprint());
        const JoseKey publicOnly = JoseKey::fromPem(key.publicPem(), &error);
        QVERIFY(!publicOnly.isNull() && !publicOnly.isPrivate());
        QVERIFY(publicOnly.privatePem().isEmpty());
        // JWK round trip of the public key: same thumbprint, and kid is the thumbprint.
        const QJsonObject jwk = key.publicJwk(algorithm);
        QCOMPARE(jwk.value("kid").toString(), key.thumbprint());
        QCOMPARE(jwk.value("alg").toString(), jwsAlgorithmName(algorithm));
        QVERIFY(!jwk.contains("d"));
        QCOMPARE(JoseKey::fromJwk(jwk, &error).thumbprint(), key.thumbprint());

        const QByteArray token =
            CompactJws::sign({{"kid", key.thumbprint()}}, "{\"a\":1}", key, algorithm, &error);
        QVERIFY2(!token.isEmpty(), qPrintable(error));
        const auto jws = CompactJws::parse(token, &error);
        QVERIFY(jws);
        QCOMPARE(jws->alg(), jwsAlgorithmName(algorithm));
        QCOMPARE(jws->kid(), key.thumbprint());
        QVERIFY2(jws->verify(publicOnly, algorithm, &error), qPrintable(error));
        if (algorithm == JwsAlgorithm::ES256)
            QCOMPARE(jws->signature.size(), 64);
        // A public key cannot sign.
        QVERIFY(CompactJws::sign({}, "x", publicOnly, algorithm, &error).isEmpty());
    }

    // ES256 signatures checked by the openssl command line after converting R || S to DER by
    // hand, and openssl's signatures checked by the console: interoperability both ways.
    void es256InteroperatesWithOpenSsl()
    {
        QString error;
        const JoseKey key = JoseKey::generate(JwsAlgorithm::ES256, &error);
        const QString publicPem = write("ec-public.pem", key.publicPem());
        const QString privatePem = write("ec-private.pem", key.privatePem());
        const QByteArray input = "header.payload";
        const QString inputFile = write("input.txt", input);
        const QByteArray raw = CompactJws::signBytes(input, key, JwsAlgorithm::ES256, &error);
        QCOMPARE(raw.size(), 64);
        const QString der = write("sig.der", nvtest::derFromRaw(raw));
        auto verified = nvtest::openssl(
            {"dgst", "-sha256", "-verify", publicPem, "-signature", der, inputFile});
        QVERIFY2(verified.exitCode == 0 && verified.out.contains("Verified OK"),
                 verified.out + verified.err);
        // The raw form itself is no DER signature: openssl refuses it (the classic mix-up).
        const QString rawFile = write("sig.raw", raw);
        verified = nvtest::openssl(
            {"dgst", "-sha256", "-verify", publicPem, "-signature", rawFile, inputFile});
        QVERIFY(verified.exitCode != 0);

        const auto signature = nvtest::openssl({"dgst", "-sha256", "-sign", privatePem, inputFile});
        QCOMPARE(signature.exitCode, 0);
        const QByteArray converted = EcdsaSignature::derToRaw(signature.out, 32);
        QCOMPARE(converted.size(), 64);
        QVERIFY2(CompactJws::verifyBytes(input, converted, key, JwsAlgorithm::ES256, &error),
                 qPrintable(error));
    }

    void rsaInteroperatesWithOpenSsl()
    {
        QString error;
        const JoseKey key = JoseKey::generate(JwsAlgorithm::RS256, &error);
        const QString privatePem = write("rsa-private.pem", key.privatePem());
        const QString publicPem = write("rsa-public.pem", key.publicPem());
        const QByteArray input = "header.payload";
        const QString inputFile = write("rsa-input.txt", input);
        // RS256 (PKCS #1 v1.5) is deterministic: the same bytes as openssl's.
        const auto openSslSignature =
            nvtest::openssl({"dgst", "-sha256", "-sign", privatePem, inputFile});
        QCOMPARE(openSslSignature.exitCode, 0);
        QCOMPARE(CompactJws::signBytes(input, key, JwsAlgorithm::RS256, &error),
                 openSslSignature.out);
        // PS256: salt as long as the hash, MGF1 with SHA-256, as RFC 7518 §3.5 says.
        const QString pss =
            write("sig.pss", CompactJws::signBytes(input, key, JwsAlgorithm::PS256, &error));
        const auto verified =
            nvtest::openssl({"dgst", "-sha256", "-sigopt", "rsa_padding_mode:pss", "-sigopt",
                             "rsa_pss_saltlen:digest", "-sigopt", "rsa_mgf1_md:sha256", "-verify",
                             publicPem, "-signature", pss, inputFile});
        QVERIFY2(verified.out.contains("Verified OK"), verified.out + verified.err);
        // RS384 and RS512 from openssl verify here.
        for (const auto &[digest, alg] : {std::pair{"-sha384", JwsAlgorithm::RS384},
                                          std::pair{"-sha512", JwsAlgorithm::RS512}}) {
            const auto made = nvtest::openssl({"dgst", digest, "-sign", privatePem, inputFile});
            QVERIFY2(CompactJws::verifyBytes(input, made.out, key, alg, &error), qPrintable(error));
        }
        // The public JWK's modulus is the one openssl prints.
        const auto modulus =
            nvtest::openssl({"rsa", "-pubin", "-in", publicPem, "-noout", "-modulus"});
        const QByteArray n = *Base64Url::decode(key.publicJwk().value("n").toString().toLatin1());
        QCOMPARE(modulus.out.trimmed(), "Modulus=" + n.toHex().toUpper());
    }

    void compactParsingIsStrictAndBounded()
    {
        QString error;
        QVERIFY(!CompactJws::parse("a.b", &error));
        QVERIFY(!CompactJws::parse("a.b.c.d", &error));
        QVERIFY(!CompactJws::parse(QByteArray(CompactJws::MaxBytes + 1, 'a'), &error));
        QVERIFY2(error.contains("KiB"), qPrintable(error));
        const QByteArray critical =
            Base64Url::encode(R"({"alg":"RS256","crit":["exp"],"exp":1})") + ".e30.";
        QVERIFY(!CompactJws::parse(critical, &error));
        QVERIFY2(error.contains("crit"), qPrintable(error));
        QVERIFY(!CompactJws::parse(Base64Url::encode("[1]") + ".e30.", &error));
        QVERIFY(!CompactJws::parse(Base64Url::encode("{}") + "=.e30.", &error));
        const auto unsigned_ =
            CompactJws::parse(Base64Url::encode(R"({"alg":"none"})") + ".e30.", &error);
        QVERIFY(unsigned_);
        QVERIFY(unsigned_->signature.isEmpty());
        QCOMPARE(unsigned_->claims(), QJsonObject());
    }

    void keySelectionFromASet()
    {
        QString error;
        const JoseKey rsaA = JoseKey::generate(JwsAlgorithm::RS256, &error);
        const JoseKey rsaB = JoseKey::generate(JwsAlgorithm::RS256, &error);
        const JoseKey ec = JoseKey::generate(JwsAlgorithm::ES256, &error);
        QJsonObject encryption = rsaB.publicJwk();
        encryption.insert("use", "enc");
        const QJsonObject set{{"keys", QJsonArray{rsaA.publicJwk(), ec.publicJwk(), encryption}}};

        auto choice = JwkSet::select(set, JwsAlgorithm::RS256, rsaA.thumbprint());
        QCOMPARE(choice.key.thumbprint(), rsaA.thumbprint());
        choice = JwkSet::select(set, JwsAlgorithm::ES256, {}); // the one EC key
        QCOMPARE(choice.key.thumbprint(), ec.thumbprint());
        choice = JwkSet::select(set, JwsAlgorithm::RS256, {}); // the enc key does not count
        QCOMPARE(choice.key.thumbprint(), rsaA.thumbprint());
        choice = JwkSet::select(set, JwsAlgorithm::RS256, QStringLiteral("nope"));
        QVERIFY(choice.key.isNull());
        QVERIFY2(choice.problem.contains("no key with kid \"nope\"") &&
                     choice.problem.contains(rsaA.thumbprint()),
                 qPrintable(choice.problem));
        choice = JwkSet::select(set, JwsAlgorithm::RS256, rsaB.thumbprint());
        QVERIFY2(choice.problem.contains("\"enc\""), qPrintable(choice.problem));
        choice = JwkSet::select(set, JwsAlgorithm::ES256, rsaA.thumbprint());
        QVERIFY2(choice.problem.contains("needs an EC key"), qPrintable(choice.problem));

        const QJsonObject two{{"keys", QJsonArray{rsaA.publicJwk(), rsaB.publicJwk()}}};
        choice = JwkSet::select(two, JwsAlgorithm::RS256, {});
        QVERIFY(choice.key.isNull());
        QVERIFY2(choice.problem.contains("names no kid"), qPrintable(choice.problem));
        QJsonObject pinned = rsaA.publicJwk(JwsAlgorithm::PS256);
        choice = JwkSet::select({{"keys", QJsonArray{pinned}}}, JwsAlgorithm::RS256, {});
        QVERIFY2(choice.problem.contains("no key for RS256"), qPrintable(choice.problem));

        QJsonArray many;
        for (int i = 0; i <= JwkSet::MaxKeys; ++i)
            many.append(rsaA.publicJwk());
        choice = JwkSet::select({{"keys", many}}, JwsAlgorithm::RS256, rsaA.thumbprint());
        QVERIFY2(choice.problem.contains("more than"), qPrintable(choice.problem));
    }
};

QTEST_GUILESS_MAIN(TestJose)
#include "tst_jose.moc"
