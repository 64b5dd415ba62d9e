#include "flow/IdTokenCheck.h"
#include "jose/Base64Url.h"
#include "jose/CompactJws.h"
#include "jose/JoseKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace nv;
using Verdict = IdTokenCheck::Verdict;

// The id_token rules one by one, with tokens made here: each negative case is the attack or
// mistake it names, and fails if the check it exercises is taken out of IdTokenCheck.
class TestIdTokenRules : public QObject
{
    Q_OBJECT
private:
    const qint64 m_now = 1'800'000'000;
    const QString m_client = QStringLiteral("client-1");
    const QString m_issuer = QStringLiteral("https://op.example");
    JoseKey m_rsa;
    JoseKey m_rsaOther;
    JoseKey m_ec;

    QJsonObject claims() const
    {
        return {{"iss", m_issuer},         {"sub", "pairwise-sub"}, {"aud", m_client},
                {"iat", m_now - 5},        {"exp", m_now + 300},    {"nonce", "n-1"},
                {"amr", QJsonArray{"nba"}}};
    }
    QString token(const JoseKey &key, JwsAlgorithm alg, const QJsonObject &payload,
                  bool withKid = true) const
    {
        QJsonObject header{{"typ", "JWT"}};
        if (withKid)
            header.insert("kid", key.thumbprint());
        QString error;
        return QString::fromLatin1(CompactJws::sign(
            header, QJsonDocument(payload).toJson(QJsonDocument::Compact), key, alg, &error));
    }
    QJsonObject jwks(const QList<JoseKey> &keys) const
    {
        QJsonArray array;
        for (const JoseKey &key : keys)
            array.append(key.publicJwk());
        return {{"keys", array}};
    }
    IdTokenCheck check(const QString &idToken, const QJsonObject &keySet) const
    {
        return IdTokenCheck::check(idToken, {QStringLiteral("n-1"), m_issuer, m_client, m_now},
                                   keySet);
    }
    QJsonObject allKeys() const { return jwks({m_rsa, m_rsaOther, m_ec}); }

private slots:
    void initTestCase()
    {
        QString error;
        m_rsa = JoseKey::generate(JwsAlgorithm::RS256, &error);
        m_rsaOther = JoseKey::generate(JwsAlgorithm::RS256, &error);
        m_ec = JoseKey::generate(JwsAlgorithm::ES256, &error);
        QVERIFY2(!m_rsa.isNull() && !m_rsaOther.isNull() && !m_ec.isNull(), qPrintable(error));
    }

    void allowedAlgorithmsVerify_data()
    {
        QTest::addColumn<int>("alg");
        QTest::newRow("RS256") << int(JwsAlgorithm::RS256);
        QTest::newRow("PS256") << int(JwsAlgorithm::PS256);
        QTest::newRow("ES256") << int(JwsAlgorithm::ES256);
    }
    void allowedAlgorithmsVerify()
    {
        QFETCH(int, alg);
        const JoseKey &key = JwsAlgorithm(alg) == JwsAlgorithm::ES256 ? m_ec : m_rsa;
        const IdTokenCheck result = check(token(key, JwsAlgorithm(alg), claims()), allKeys());
        QVERIFY2(result.allValid(), qPrintable(result.signatureDetail + result.audienceDetail +
                                               result.lifetimeDetail));
        QCOMPARE(result.amr, QStringList{"nba"});
    }

    void unsignedTokenIsRefused()
    {
        const QString none =
            QString::fromLatin1(Base64Url::encode(R"({"alg":"none"})") + '.' +
                                Base64Url::encode(QJsonDocument(claims()).toJson()) + '.');
        const IdTokenCheck result = check(none, allKeys());
        QCOMPARE(result.signature, Verdict::Invalid);
        QVERIFY2(result.signatureDetail.contains("not signed"), qPrintable(result.signatureDetail));
        // Refused even when no key set is known: no key is needed to see it is unsigned.
        QCOMPARE(IdTokenCheck::check(none, {}, {}).signature, Verdict::Invalid);
    }

    // The classic: HS256 with the operator's public key (which everybody has) as the secret.
    void hmacWithThePublicKeyIsRefused()
    {
        const QByteArray input =
            Base64Url::encode(
                QJsonDocument(QJsonObject{{"alg", "HS256"}, {"kid", m_rsa.thumbprint()}})
                    .toJson(QJsonDocument::Compact)) +
            '.' + Base64Url::encode(QJsonDocument(claims()).toJson(QJsonDocument::Compact));
        const QByteArray mac =
            QMessageAuthenticationCode::hash(input, m_rsa.publicPem(), QCryptographicHash::Sha256);
        const IdTokenCheck result =
            check(QString::fromLatin1(input + '.' + Base64Url::encode(mac)), allKeys());
        QCOMPARE(result.signature, Verdict::Invalid);
        QVERIFY2(result.signatureDetail.contains("HMAC"), qPrintable(result.signatureDetail));
    }

    void algorithmOffTheListIsRefused()
    {
        const IdTokenCheck result = check(token(m_rsa, JwsAlgorithm::RS512, claims()), allKeys());
        QCOMPARE(result.signature, Verdict::Invalid);
        QVERIFY2(result.signatureDetail.contains("not on the console's list"),
                 qPrintable(result.signatureDetail));
    }

    void unknownKidIsSaidPlainly()
    {
        const IdTokenCheck result =
            check(token(m_rsaOther, JwsAlgorithm::RS256, claims()), jwks({m_rsa, m_ec}));
        QCOMPARE(result.signature, Verdict::Invalid);
        QVERIFY2(result.signatureDetail.contains(
                     QStringLiteral("no key with kid \"%1\"").arg(m_rsaOther.thumbprint())),
                 qPrintable(result.signatureDetail));
    }

    void severalKeysAndNoKid()
    {
        const QString noKid = token(m_rsa, JwsAlgorithm::RS256, claims(), false);
        const IdTokenCheck ambiguous = check(noKid, jwks({m_rsa, m_rsaOther}));
        QCOMPARE(ambiguous.signature, Verdict::Invalid);
        QVERIFY2(ambiguous.signatureDetail.contains("names no kid"),
                 qPrintable(ambiguous.signatureDetail));
        // One key for the algorithm (the EC key does not count for RS256): unambiguous.
        QCOMPARE(check(noKid, jwks({m_rsa, m_ec})).signature, Verdict::Valid);
        // ...but if that one key is not the signer, the signature says so.
        QCOMPARE(check(noKid, jwks({m_rsaOther, m_ec})).signature, Verdict::Invalid);
    }

    void tamperedPayloadIsRefused()
    {
        QStringList parts = token(m_ec, JwsAlgorithm::ES256, claims()).split('.');
        QJsonObject changed = claims();
        changed.insert("sub", "somebody-else");
        parts[1] = QString::fromLatin1(
            Base64Url::encode(QJsonDocument(changed).toJson(QJsonDocument::Compact)));
        const IdTokenCheck result = check(parts.join('.'), allKeys());
        QCOMPARE(result.signature, Verdict::Invalid);
        QVERIFY2(result.signatureDetail.contains("does not match"),
                 qPrintable(result.signatureDetail));
        QCOMPARE(result.claims.value("sub").toString(), QStringLiteral("somebody-else"));
    }

    void expiryWithClockSkew()
    {
        QJsonObject payload = claims();
        payload.insert("exp", m_now - IdTokenCheck::ClockSkewSeconds - 1);
        const IdTokenCheck expired = check(token(m_rsa, JwsAlgorithm::RS256, payload), allKeys());
        QCOMPARE(expired.signature, Verdict::Valid);
        QCOMPARE(expired.lifetime, Verdict::Invalid);
        QVERIFY2(expired.lifetimeDetail.contains("expired"), qPrintable(expired.lifetimeDetail));
        // Within the tolerated skew it still counts.
        payload.insert("exp", m_now - IdTokenCheck::ClockSkewSeconds + 1);
        QCOMPARE(check(token(m_rsa, JwsAlgorithm::RS256, payload), allKeys()).lifetime,
                 Verdict::Valid);
        // Issued in the future beyond the skew: a clock is off.
        payload = claims();
        payload.insert("iat", m_now + IdTokenCheck::ClockSkewSeconds + 1);
        const IdTokenCheck future = check(token(m_rsa, JwsAlgorithm::RS256, payload), allKeys());
        QCOMPARE(future.lifetime, Verdict::Invalid);
        QVERIFY2(future.lifetimeDetail.contains("future"), qPrintable(future.lifetimeDetail));
        payload.remove("exp");
        QCOMPARE(check(token(m_rsa, JwsAlgorithm::RS256, payload), allKeys()).lifetime,
                 Verdict::Invalid);
    }

    void wrongAudienceAndAzp()
    {
        QJsonObject payload = claims();
        payload.insert("aud", "another-client");
        const IdTokenCheck wrong = check(token(m_rsa, JwsAlgorithm::RS256, payload), allKeys());
        QCOMPARE(wrong.signature, Verdict::Valid);
        QCOMPARE(wrong.audience, Verdict::Invalid);
        QVERIFY2(wrong.audienceDetail.contains("another-client"), qPrintable(wrong.audienceDetail));
        payload.insert("aud", QJsonArray{"another-client", m_client});
        QCOMPARE(check(token(m_rsa, JwsAlgorithm::RS256, payload), allKeys()).audience,
                 Verdict::Valid);
        payload.insert("azp", "another-client");
        const IdTokenCheck azp = check(token(m_rsa, JwsAlgorithm::RS256, payload), allKeys());
        QCOMPARE(azp.audience, Verdict::Invalid);
        QVERIFY2(azp.audienceDetail.contains("azp"), qPrintable(azp.audienceDetail));
        payload.remove("aud");
        QCOMPARE(check(token(m_rsa, JwsAlgorithm::RS256, payload), allKeys()).audience,
                 Verdict::Invalid);
    }

    void amrIsShownAsSent()
    {
        QJsonObject payload = claims();
        payload.remove("amr");
        const IdTokenCheck none = check(token(m_rsa, JwsAlgorithm::RS256, payload), allKeys());
        QVERIFY(none.amr.isEmpty());
        QVERIFY2(none.amrDetail.contains("no amr"), qPrintable(none.amrDetail));
        payload.insert("amr", QJsonArray{"nba", "otp"});
        const IdTokenCheck two = check(token(m_rsa, JwsAlgorithm::RS256, payload), allKeys());
        QCOMPARE(two.amr, (QStringList{"nba", "otp"}));
        payload.insert("amr", "nba");
        QVERIFY(check(token(m_rsa, JwsAlgorithm::RS256, payload), allKeys())
                    .amrDetail.contains("not a list"));
    }
};

QTEST_GUILESS_MAIN(TestIdTokenRules)
#include "tst_idtokenrules.moc"
