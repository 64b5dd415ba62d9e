#include "ClientAssertion.h"

#include "Base64Url.h"
#include "CompactJws.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <openssl/err.h>
#include <openssl/rand.h>

namespace nv {

QString ClientAssertion::assertionType()
{
    return QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
}

ClientAssertion ClientAssertion::create(const JoseKey &key, JwsAlgorithm alg,
                                        const QString &clientId, const QString &audience,
                                        qint64 issuedAt, int lifetimeSeconds)
{
    ClientAssertion assertion;
    QByteArray random(JtiBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), JtiBytes) != 1) {
        ERR_clear_error();
        assertion.error = QCoreApplication::translate("nv", "the system's random generator failed");
        return assertion;
    }
    const int lifetime = qBound(1, lifetimeSeconds, MaxLifetimeSeconds);
    assertion.header = QJsonObject{{QStringLiteral("alg"), jwsAlgorithmName(alg)},
                                   {QStringLiteral("typ"), QStringLiteral("JWT")},
                                   {QStringLiteral("kid"), key.thumbprint()}};
    assertion.claims = QJsonObject{
        {QStringLiteral("iss"), clientId},
        {QStringLiteral("sub"), clientId},
        {QStringLiteral("aud"), audience},
        {QStringLiteral("jti"), QString::fromLatin1(Base64Url::encode(random))},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), issuedAt + lifetime},
    };
    assertion.compact = CompactJws::sign(
        assertion.header, QJsonDocument(assertion.claims).toJson(QJsonDocument::Compact), key, alg,
        &assertion.error);
    return assertion;
}

} // namespace nv
