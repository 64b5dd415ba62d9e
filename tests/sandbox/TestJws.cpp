#include "TestJws.h"

#include <QJsonDocument>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/pem.h>

namespace testjws {

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray publicPem(EVP_PKEY *key)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, size);
    BIO_free(bio);
    return pem;
}

QByteArray keyParameter(EVP_PKEY *key, const char *name, int width)
{
    BIGNUM *value = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &value) != 1)
        return {};
    const int size = qMax(width, BN_num_bytes(value));
    QByteArray bytes(size, '\0');
    BN_bn2binpad(value, reinterpret_cast<unsigned char *>(bytes.data()), size);
    BN_free(value);
    return bytes;
}

QJsonObject publicJwk(EVP_PKEY *key, const QString &kid)
{
    const auto part = [key](const char *name, int width = 0) {
        return QString::fromLatin1(b64url(keyParameter(key, name, width)));
    };
    QJsonObject jwk;
    if (EVP_PKEY_is_a(key, "RSA"))
        jwk = {{QStringLiteral("kty"), QStringLiteral("RSA")},
               {QStringLiteral("n"), part(OSSL_PKEY_PARAM_RSA_N)},
               {QStringLiteral("e"), part(OSSL_PKEY_PARAM_RSA_E)}};
    else
        jwk = {{QStringLiteral("kty"), QStringLiteral("EC")},
               {QStringLiteral("crv"), QStringLiteral("P-256")},
               {QStringLiteral("x"), part(OSSL_PKEY_PARAM_EC_PUB_X, 32)},
               {QStringLiteral("y"), part(OSSL_PKEY_PARAM_EC_PUB_Y, 32)}};
    if (!kid.isEmpty())
        jwk.insert(QStringLiteral("kid"), kid);
    return jwk;
}

namespace {
QByteArray derSignature(EVP_PKEY *key, const QByteArray &input)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length, data, size_t(input.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                           size_t(input.size())) == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    return signature;
}

QByteArray rawEcSignature(const QByteArray &der)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &bytes, long(der.size()));
    if (!sig)
        return {};
    QByteArray raw(64, '\0');
    auto *out = reinterpret_cast<unsigned char *>(raw.data());
    BN_bn2binpad(ECDSA_SIG_get0_r(sig), out, 32);
    BN_bn2binpad(ECDSA_SIG_get0_s(sig), out + 32, 32);
    ECDSA_SIG_free(sig);
    return raw;
}
} // namespace

QByteArray sign(EVP_PKEY *key, const QByteArray &input)
{
    const QByteArray signature = derSignature(key, input);
    return EVP_PKEY_is_a(key, "RSA") ? signature : rawEcSignature(signature);
}

QByteArray compactJws(const QJsonObject &header, const QJsonObject &claims, EVP_PKEY *key)
{
    const QByteArray input = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + b64url(sign(key, input));
}

} // namespace testjws
