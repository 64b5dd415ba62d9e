#include "ClientAssertionVerifier.h"

#include "SandboxClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace nv {

namespace {
// Clock skew tolerated between the client and the sandbox.
constexpr qint64 SkewSeconds = 30;
constexpr qsizetype MaxSpentIds = 20000;

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

Pkey loadPublicKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return nullptr;
    Pkey key(PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    if (key && !EVP_PKEY_is_a(key.get(), "RSA"))
        key.reset();
    return key;
}

std::optional<QByteArray> b64url(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QJsonObject> jsonPart(const QByteArray &part)
{
    const auto raw = b64url(part);
    if (!raw)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*raw, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}
} // namespace

QString ClientAssertionVerifier::assertionType()
{
    return QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
}

bool ClientAssertionVerifier::isUsablePublicKey(const QByteArray &pem)
{
    return loadPublicKey(pem) != nullptr;
}

QString ClientAssertionVerifier::unverifiedIssuer(const QByteArray &assertion)
{
    const QByteArrayList parts = assertion.split('.');
    if (parts.size() != 3)
        return QString();
    const auto claims = jsonPart(parts.at(1));
    return claims ? claims->value(QStringLiteral("iss")).toString() : QString();
}

std::optional<QString> ClientAssertionVerifier::verify(const QByteArray &assertion,
                                                       const SandboxClient &client,
                                                       const QStringList &audiences)
{
    const QByteArrayList parts = assertion.split('.');
    if (parts.size() != 3)
        return QStringLiteral("client_assertion is not a compact JWS (three dot-separated parts)");
    const auto header = jsonPart(parts.at(0));
    const auto claims = jsonPart(parts.at(1));
    const auto signature = b64url(parts.at(2));
    if (!header || !claims || !signature)
        return QStringLiteral("client_assertion is not valid base64url JSON");
    if (header->value(QStringLiteral("alg")).toString() != QLatin1String("RS256"))
        return QStringLiteral("client_assertion must be signed with RS256, not \"%1\"")
            .arg(header->value(QStringLiteral("alg")).toString());
    if (client.publicKeyPem.isEmpty())
        return QStringLiteral("client \"%1\" has no public key registered for private_key_jwt")
            .arg(client.id);
    const Pkey key = loadPublicKey(client.publicKeyPem);
    if (!key)
        return QStringLiteral("the public key registered for client \"%1\" is unusable")
            .arg(client.id);

    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool signatureOk =
        ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature->constData()),
                         size_t(signature->size()),
                         reinterpret_cast<const unsigned char *>(signingInput.constData()),
                         size_t(signingInput.size())) == 1;
    EVP_MD_CTX_free(ctx);
    if (!signatureOk)
        return QStringLiteral("client_assertion signature does not verify with the client's "
                              "registered public key");

    if (claims->value(QStringLiteral("iss")).toString() != client.id ||
        claims->value(QStringLiteral("sub")).toString() != client.id)
        return QStringLiteral("client_assertion iss and sub must both be the client_id");
    const QJsonValue aud = claims->value(QStringLiteral("aud"));
    QStringList presented;
    if (aud.isString())
        presented.append(aud.toString());
    for (const QJsonValue &value : aud.toArray())
        presented.append(value.toString());
    const bool audienceOk = std::any_of(presented.cbegin(), presented.cend(),
                                        [&](const QString &a) { return audiences.contains(a); });
    if (!audienceOk)
        return QStringLiteral("client_assertion aud must be the token endpoint URL or the "
                              "issuer (%1)")
            .arg(audiences.join(QLatin1String(" or ")));

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonValue exp = claims->value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return QStringLiteral("client_assertion has no numeric exp");
    const qint64 expiry = qint64(exp.toDouble());
    if (expiry + SkewSeconds < now)
        return QStringLiteral("client_assertion has expired");
    if (expiry > now + MaxLifetimeSeconds + SkewSeconds)
        return QStringLiteral("client_assertion exp is more than %1 s ahead")
            .arg(MaxLifetimeSeconds);
    const QJsonValue nbf = claims->value(QStringLiteral("nbf"));
    if (nbf.isDouble() && qint64(nbf.toDouble()) > now + SkewSeconds)
        return QStringLiteral("client_assertion is not valid yet (nbf)");
    const QJsonValue iat = claims->value(QStringLiteral("iat"));
    if (iat.isDouble() && qint64(iat.toDouble()) > now + SkewSeconds)
        return QStringLiteral("client_assertion iat is in the future");
    const QString jti = claims->value(QStringLiteral("jti")).toString();
    if (jti.isEmpty())
        return QStringLiteral("client_assertion has no jti");

    forgetSpent();
    const QString spentKey = client.id + QLatin1Char('\n') + jti;
    if (m_spentIds.contains(spentKey))
        return QStringLiteral("client_assertion jti has already been used");
    if (m_spentIds.size() >= MaxSpentIds)
        m_spentIds.erase(m_spentIds.begin());
    m_spentIds.insert(spentKey,
                      QDeadlineTimer((expiry - now + SkewSeconds + 1) * 1000, Qt::CoarseTimer));
    return std::nullopt;
}

void ClientAssertionVerifier::forgetSpent()
{
    for (auto it = m_spentIds.begin(); it != m_spentIds.end();) {
        if (it->hasExpired())
            it = m_spentIds.erase(it);
        else
            ++it;
    }
}

} // namespace nv
