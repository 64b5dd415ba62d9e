#include "JoseKey.h"

#include "Jwk.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace nv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}

JoseKey failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    ERR_clear_error(); // nothing of this failure lingers on the thread's OpenSSL error queue
    return {};
}

// Never asks for a passphrase: a prompt on the terminal (or a hang in the window) is worse
// than a clear refusal.
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

bool hasPrivatePart(EVP_PKEY *key)
{
    BIGNUM *value = nullptr;
    const char *name = EVP_PKEY_is_a(key, "RSA") ? OSSL_PKEY_PARAM_RSA_D : OSSL_PKEY_PARAM_PRIV_KEY;
    const bool found = EVP_PKEY_get_bn_param(key, name, &value) == 1 && value;
    BN_clear_free(value);
    ERR_clear_error();
    return found;
}

bool isP256(EVP_PKEY *key)
{
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) != 1)
        return false;
    const QByteArray name(group, qsizetype(length));
    return name == "prime256v1" || name == "P-256" || name == "secp256r1";
}

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}
} // namespace

JoseKey JoseKey::adopt(evp_pkey_st *raw, QString *error)
{
    std::shared_ptr<EVP_PKEY> key(raw, EVP_PKEY_free);
    if (!key)
        return failWith(error, tr("no key"));
    JoseKey result;
    if (EVP_PKEY_is_a(key.get(), "RSA")) {
        const int bits = EVP_PKEY_get_bits(key.get());
        if (bits < MinRsaBits || bits > MaxRsaBits)
            return failWith(error, tr("an RSA key of %1 bits; JWS needs %2 to %3 bits")
                                       .arg(bits)
                                       .arg(MinRsaBits)
                                       .arg(MaxRsaBits));
        result.m_type = Type::Rsa;
    } else if (EVP_PKEY_is_a(key.get(), "EC") && isP256(key.get())) {
        result.m_type = Type::EcP256;
    } else {
        return failWith(error, tr("a %1 key; the console signs and verifies with RSA (RS256, "
                                  "PS256) and EC P-256 (ES256) keys")
                                   .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(key.get()))));
    }
    result.m_private = hasPrivatePart(key.get());
    result.m_key = std::move(key);
    return result;
}

JoseKey JoseKey::generate(JwsAlgorithm alg, QString *error)
{
    EVP_PKEY *key = jwsKeyType(alg) == QLatin1String("EC")
                        ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
                        : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048));
    if (!key)
        return failWith(error,
                        tr("OpenSSL could not generate a %1 key").arg(jwsAlgorithmName(alg)));
    return adopt(key, error);
}

JoseKey JoseKey::fromPem(const QByteArray &pem, QString *error)
{
    if (pem.size() > MaxPemBytes)
        return failWith(error, tr("larger than %1 KiB, which no key is").arg(MaxPemBytes / 1024));
    if (!pem.contains("-----BEGIN "))
        return failWith(error, tr("not a PEM key (no \"-----BEGIN\" line)"));
    if (pem.contains("ENCRYPTED"))
        return failWith(error, tr("an encrypted (passphrase-protected) key; the console reads "
                                  "unencrypted PEM only: keep it in the keychain instead, or "
                                  "decrypt it with: openssl pkey -in KEY -out PLAIN"));
    EVP_PKEY *key = nullptr;
    if (BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()))) {
        key = PEM_read_bio_PrivateKey_ex(bio, nullptr, refusePassphrase, nullptr, nullptr, nullptr);
        BIO_free(bio);
    }
    if (!key) {
        ERR_clear_error();
        if (BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()))) {
            key = PEM_read_bio_PUBKEY_ex(bio, nullptr, refusePassphrase, nullptr, nullptr, nullptr);
            BIO_free(bio);
        }
    }
    if (!key)
        return failWith(error, tr("no key OpenSSL can read (expected \"BEGIN PRIVATE KEY\", "
                                  "\"BEGIN RSA PRIVATE KEY\", \"BEGIN EC PRIVATE KEY\" or "
                                  "\"BEGIN PUBLIC KEY\")"));
    return adopt(key, error);
}

JoseKey JoseKey::fromJwk(const QJsonObject &jwk, QString *error)
{
    return Jwk::toKey(jwk, error);
}

int JoseKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

QString JoseKey::description() const
{
    switch (m_type) {
    case Type::Rsa:
        return tr("RSA %1-bit").arg(bits());
    case Type::EcP256:
        return tr("EC P-256");
    case Type::None:
        break;
    }
    return tr("no key");
}

bool JoseKey::suits(JwsAlgorithm alg) const
{
    return (m_type == Type::Rsa && jwsKeyType(alg) == QLatin1String("RSA")) ||
           (m_type == Type::EcP256 && alg == JwsAlgorithm::ES256);
}

std::optional<JwsAlgorithm> JoseKey::defaultAlgorithm() const
{
    switch (m_type) {
    case Type::Rsa:
        return JwsAlgorithm::RS256;
    case Type::EcP256:
        return JwsAlgorithm::ES256;
    case Type::None:
        break;
    }
    return std::nullopt;
}

QJsonObject JoseKey::publicJwk(std::optional<JwsAlgorithm> alg) const
{
    QJsonObject jwk = Jwk::publicMembers(*this);
    if (jwk.isEmpty())
        return jwk;
    const QString kid = Jwk::thumbprint(jwk);
    jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    if (alg)
        jwk.insert(QStringLiteral("alg"), jwsAlgorithmName(*alg));
    jwk.insert(QStringLiteral("kid"), kid);
    return jwk;
}

QJsonObject JoseKey::publicJwks(std::optional<JwsAlgorithm> alg) const
{
    return QJsonObject{{QStringLiteral("keys"), QJsonArray{publicJwk(alg)}}};
}

QString JoseKey::thumbprint() const
{
    return Jwk::thumbprint(Jwk::publicMembers(*this));
}

QByteArray JoseKey::privatePem() const
{
    if (!m_key || !m_private)
        return {};
    QByteArray pem;
    if (BIO *bio = BIO_new(BIO_s_mem())) {
        if (PEM_write_bio_PrivateKey(bio, m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1)
            pem = bioText(bio);
        BIO_free(bio); // OpenSSL clears a memory BIO's buffer as it frees it
    }
    return pem;
}

QByteArray JoseKey::publicPem() const
{
    if (!m_key)
        return {};
    QByteArray pem;
    if (BIO *bio = BIO_new(BIO_s_mem())) {
        if (PEM_write_bio_PUBKEY(bio, m_key.get()) == 1)
            pem = bioText(bio);
        BIO_free(bio);
    }
    return pem;
}

} // namespace nv
