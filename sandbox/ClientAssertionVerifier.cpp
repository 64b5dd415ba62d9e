#include "ClientAssertionVerifier.h"

#include "SandboxClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cjose/cjose.h>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <variant>

namespace nv {

namespace {
// Clock skew tolerated between the client and the sandbox.
constexpr qint64 SkewSeconds = 30;
constexpr qsizetype MaxSpentIds = 20000;
constexpr qsizetype MaxKeysPerClient = 16;

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

Pkey readPem(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return nullptr;
    Pkey key(PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    return key;
}

QByteArray bigNum(EVP_PKEY *key, const char *name, int width = 0)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &bn) != 1 || !bn)
        return QByteArray();
    // JWK EC coordinates are fixed-width (RFC 7518 6.2.1.2): pad with leading zeros.
    const int size = qMax(width, BN_num_bytes(bn));
    QByteArray bytes(size, Qt::Uninitialized);
    BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(bytes.data()), size);
    BN_free(bn);
    return bytes;
}

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The PEM key as a public JWK, so PEM, JWK and JWKS registrations go through one path.
std::optional<QJsonObject> pemToJwk(const QByteArray &pem)
{
    const Pkey key = readPem(pem);
    if (!key)
        return std::nullopt;
    if (EVP_PKEY_is_a(key.get(), "RSA"))
        return QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                           {QStringLiteral("n"), b64(bigNum(key.get(), OSSL_PKEY_PARAM_RSA_N))},
                           {QStringLiteral("e"), b64(bigNum(key.get(), OSSL_PKEY_PARAM_RSA_E))}};
    char group[64] = {};
    if (EVP_PKEY_is_a(key.get(), "EC") &&
        EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                       nullptr) == 1 &&
        qstrcmp(group, "prime256v1") == 0)
        return QJsonObject{
            {QStringLiteral("kty"), QStringLiteral("EC")},
            {QStringLiteral("crv"), QStringLiteral("P-256")},
            {QStringLiteral("x"), b64(bigNum(key.get(), OSSL_PKEY_PARAM_EC_PUB_X, 32))},
            {QStringLiteral("y"), b64(bigNum(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32))}};
    return std::nullopt;
}

// The JWKs of a registration's JSON text: a JWKS {"keys":[...]} or a single JWK.
QList<QJsonObject> jwksEntries(const QByteArray &jwks)
{
    QList<QJsonObject> entries;
    const QJsonObject document = QJsonDocument::fromJson(jwks).object();
    if (document.contains(QStringLiteral("keys"))) {
        for (const QJsonValue &key : document.value(QStringLiteral("keys")).toArray())
            entries.append(key.toObject());
    } else if (!document.isEmpty()) {
        entries.append(document);
    }
    return entries.mid(0, MaxKeysPerClient);
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

struct ClientAssertionVerifier::Key
{
    cjose_jwk_t *jwk = nullptr;
    QString kty; // "RSA" or "EC"
    QString kid;
    ~Key() { cjose_jwk_release(jwk); }

    // A usable public key, or why not.
    static std::variant<std::shared_ptr<Key>, QString> from(const QJsonObject &jwk)
    {
        const QString kty = jwk.value(QStringLiteral("kty")).toString();
        if (jwk.contains(QStringLiteral("d")))
            return QStringLiteral("a private key was registered where a public key belongs");
        if (kty != QLatin1String("RSA") &&
            !(kty == QLatin1String("EC") &&
              jwk.value(QStringLiteral("crv")).toString() == QLatin1String("P-256")))
            return QStringLiteral("only RSA and EC P-256 keys are supported, not \"%1\"").arg(kty);
        const QByteArray text = QJsonDocument(jwk).toJson(QJsonDocument::Compact);
        cjose_err error{};
        cjose_jwk_t *imported = cjose_jwk_import(text.constData(), size_t(text.size()), &error);
        if (!imported)
            return QStringLiteral("the key is not a valid JWK (%1)")
                .arg(QString::fromUtf8(error.message ? error.message : "unknown error"));
        auto key = std::make_shared<Key>();
        key->jwk = imported;
        key->kty = kty;
        key->kid = jwk.value(QStringLiteral("kid")).toString();
        return key;
    }
};

ClientAssertionVerifier::ClientAssertionVerifier(std::shared_ptr<const SandboxClock> clock)
    : m_clock(clock ? std::move(clock) : std::make_shared<SandboxClock>())
{}

ClientAssertionVerifier::~ClientAssertionVerifier() = default;

QString ClientAssertionVerifier::assertionType()
{
    return QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
}

bool ClientAssertionVerifier::isUsablePublicKey(const QByteArray &pem)
{
    return keyProblem(pem, QByteArray()).isEmpty();
}

QString ClientAssertionVerifier::keyProblem(const QByteArray &pem, const QByteArray &jwks)
{
    QList<QJsonObject> entries;
    if (!pem.isEmpty()) {
        const std::optional<QJsonObject> jwk = pemToJwk(pem);
        if (!jwk)
            return QStringLiteral("not a PEM RSA or EC P-256 public key (-----BEGIN PUBLIC "
                                  "KEY-----)");
        entries.append(*jwk);
    }
    if (!jwks.isEmpty()) {
        const QList<QJsonObject> listed = jwksEntries(jwks);
        if (listed.isEmpty())
            return QStringLiteral("not a JWK or a JWKS ({\"keys\":[...]})");
        entries += listed;
    }
    if (entries.isEmpty())
        return QStringLiteral("no public key");
    for (const QJsonObject &entry : entries) {
        const auto key = Key::from(entry);
        if (const QString *problem = std::get_if<QString>(&key))
            return *problem;
    }
    return QString();
}

const ClientAssertionVerifier::KeySet &ClientAssertionVerifier::keysOf(const SandboxClient &client)
{
    const auto cached = m_keys.constFind(client.id);
    if (cached != m_keys.constEnd())
        return *cached;
    QList<QJsonObject> entries = jwksEntries(client.publicJwks);
    if (const std::optional<QJsonObject> jwk = pemToJwk(client.publicKeyPem))
        entries.prepend(*jwk);
    KeySet keys;
    for (const QJsonObject &entry : entries) {
        auto key = Key::from(entry);
        if (auto *usable = std::get_if<std::shared_ptr<Key>>(&key))
            keys.push_back(std::move(*usable));
    }
    return *m_keys.insert(client.id, keys);
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
    if (!header || !claims || !b64url(parts.at(2)))
        return QStringLiteral("client_assertion is not valid base64url JSON");
    const QString alg = header->value(QStringLiteral("alg")).toString();
    if (alg != QLatin1String("RS256") && alg != QLatin1String("ES256"))
        return QStringLiteral("client_assertion must be signed with RS256 or ES256, not \"%1\"")
            .arg(alg);
    if (client.publicKeyPem.isEmpty() && client.publicJwks.isEmpty())
        return QStringLiteral("client \"%1\" has no public key registered for private_key_jwt")
            .arg(client.id);
    if (auto problem =
            checkSignature(assertion, alg, header->value(QStringLiteral("kid")).toString(), client))
        return problem;
    qint64 expiry = 0;
    if (auto problem = checkClaims(*claims, client, audiences, &expiry))
        return problem;
    return spendJti(client.id, claims->value(QStringLiteral("jti")).toString(), expiry);
}

std::optional<QString> ClientAssertionVerifier::checkSignature(const QByteArray &assertion,
                                                               const QString &alg,
                                                               const QString &kid,
                                                               const SandboxClient &client)
{
    const QString kty =
        alg == QLatin1String("ES256") ? QStringLiteral("EC") : QStringLiteral("RSA");
    std::vector<const Key *> candidates;
    for (const std::shared_ptr<Key> &key : keysOf(client)) {
        if (key->kty == kty && (kid.isEmpty() || key->kid.isEmpty() || key->kid == kid))
            candidates.push_back(key.get());
    }
    if (candidates.empty())
        return QStringLiteral("client \"%1\" has no registered %2 key%3 for a %4 "
                              "client_assertion")
            .arg(client.id, kty,
                 kid.isEmpty() ? QString() : QStringLiteral(" with kid \"%1\"").arg(kid), alg);
    cjose_err error{};
    cjose_jws_t *jws = cjose_jws_import(assertion.constData(), size_t(assertion.size()), &error);
    if (!jws)
        return QStringLiteral("client_assertion is not a valid JWS (%1)")
            .arg(QString::fromUtf8(error.message ? error.message : "unknown error"));
    bool verified = false;
    for (const Key *key : candidates) {
        if (cjose_jws_verify(jws, key->jwk, &error)) {
            verified = true;
            break;
        }
    }
    cjose_jws_release(jws);
    if (!verified)
        return QStringLiteral("client_assertion signature does not verify with the client's "
                              "registered public key (signature check failed)");
    return std::nullopt;
}

std::optional<QString> ClientAssertionVerifier::checkClaims(const QJsonObject &claims,
                                                            const SandboxClient &client,
                                                            const QStringList &audiences,
                                                            qint64 *expiry) const
{
    if (claims.value(QStringLiteral("iss")).toString() != client.id ||
        claims.value(QStringLiteral("sub")).toString() != client.id)
        return QStringLiteral("client_assertion iss and sub must both be the client_id");
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    QStringList presented;
    if (aud.isString())
        presented.append(aud.toString());
    for (const QJsonValue &value : aud.toArray())
        presented.append(value.toString());
    if (std::none_of(presented.cbegin(), presented.cend(),
                     [&](const QString &a) { return audiences.contains(a); }))
        return QStringLiteral("client_assertion aud check failed: aud must be the token endpoint "
                              "URL or the issuer (%1)")
            .arg(audiences.join(QLatin1String(" or ")));
    const qint64 now = m_clock->epochSeconds();
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isDouble())
        return QStringLiteral("client_assertion has no numeric exp");
    *expiry = qint64(exp.toDouble());
    if (*expiry + SkewSeconds < now)
        return QStringLiteral("client_assertion has expired (exp is %1 s in the past)")
            .arg(now - *expiry);
    const QJsonValue iat = claims.value(QStringLiteral("iat"));
    if (iat.isDouble() && *expiry - qint64(iat.toDouble()) > MaxLifetimeSeconds)
        return QStringLiteral("client_assertion lives too long: exp - iat is %1 s, at most %2 s "
                              "are allowed")
            .arg(*expiry - qint64(iat.toDouble()))
            .arg(MaxLifetimeSeconds);
    if (*expiry > now + MaxLifetimeSeconds + SkewSeconds)
        return QStringLiteral("client_assertion exp is more than %1 s ahead")
            .arg(MaxLifetimeSeconds);
    const QJsonValue nbf = claims.value(QStringLiteral("nbf"));
    if (nbf.isDouble() && qint64(nbf.toDouble()) > now + SkewSeconds)
        return QStringLiteral("client_assertion is not valid yet (nbf)");
    if (iat.isDouble() && qint64(iat.toDouble()) > now + SkewSeconds)
        return QStringLiteral("client_assertion iat is in the future");
    if (claims.value(QStringLiteral("jti")).toString().isEmpty())
        return QStringLiteral("client_assertion has no jti");
    return std::nullopt;
}

std::optional<QString> ClientAssertionVerifier::spendJti(const QString &clientId,
                                                         const QString &jti, qint64 expiry)
{
    forgetSpent();
    const QString spentKey = clientId + QLatin1Char('\n') + jti;
    if (m_spentIds.contains(spentKey))
        return QStringLiteral("client_assertion jti has already been used (replay)");
    if (m_spentIds.size() >= MaxSpentIds)
        m_spentIds.erase(m_spentIds.begin());
    m_spentIds.insert(spentKey, expiry + SkewSeconds + 1);
    return std::nullopt;
}

void ClientAssertionVerifier::forgetSpent()
{
    const qint64 now = m_clock->epochSeconds();
    for (auto it = m_spentIds.begin(); it != m_spentIds.end();) {
        if (*it < now)
            it = m_spentIds.erase(it);
        else
            ++it;
    }
}

} // namespace nv
