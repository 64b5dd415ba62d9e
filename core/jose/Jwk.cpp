#include "Jwk.h"

#include "Base64Url.h"
#include "JoseKey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace nv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}

constexpr int P256Bytes = 32;

using Bignum = std::unique_ptr<BIGNUM, decltype(&BN_clear_free)>;
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)>;
using Params = std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)>;
using PkeyContext = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;

QByteArray bignumBytes(EVP_PKEY *key, const char *name, int padTo = 0)
{
    BIGNUM *value = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &value) != 1 || !value)
        return {};
    QByteArray bytes(padTo > 0 ? padTo : BN_num_bytes(value), '\0');
    const int written =
        padTo > 0 ? BN_bn2binpad(value, reinterpret_cast<unsigned char *>(bytes.data()), padTo)
                  : BN_bn2bin(value, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_clear_free(value);
    return written == bytes.size() ? bytes : QByteArray();
}

// One base64url member, decoded and bounded; *problem names it when it is unusable.
QByteArray member(const QJsonObject &jwk, const char *name, bool required, QString *problem)
{
    const QJsonValue value = jwk.value(QLatin1String(name));
    if (value.isUndefined()) {
        if (required && problem->isEmpty())
            *problem = tr("the JWK has no \"%1\"").arg(QLatin1String(name));
        return {};
    }
    const QByteArray text = value.toString().toLatin1();
    const auto decoded = value.isString() && text.size() <= Jwk::MaxMemberBytes * 4 / 3 + 4
                             ? Base64Url::decode(text)
                             : std::nullopt;
    if ((!decoded || decoded->isEmpty()) && problem->isEmpty())
        *problem = tr("the JWK's \"%1\" is not a base64url value").arg(QLatin1String(name));
    return decoded ? *decoded : QByteArray();
}

bool pushBignum(OSSL_PARAM_BLD *builder, const char *name, const QByteArray &bytes,
                std::vector<Bignum> *keep)
{
    keep->emplace_back(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                 int(bytes.size()), nullptr),
                       BN_clear_free);
    return keep->back() && OSSL_PARAM_BLD_push_BN(builder, name, keep->back().get()) == 1;
}

JoseKey fromParams(const char *type, OSSL_PARAM_BLD *builder, bool isPrivate, QString *error)
{
    const Params params(OSSL_PARAM_BLD_to_param(builder), OSSL_PARAM_free);
    const PkeyContext ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr), EVP_PKEY_CTX_free);
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, isPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                          params.get()) != 1) {
        ERR_clear_error();
        *error = tr("OpenSSL refused the JWK's members as a %1 key").arg(QLatin1String(type));
        return {};
    }
    return JoseKey::adopt(key, error);
}

// The private part must belong to the public one, or every signature would be refused.
bool consistent(const JoseKey &key)
{
    const PkeyContext ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key.handle(), nullptr),
                          EVP_PKEY_CTX_free);
    const bool ok = ctx && (key.isPrivate() ? EVP_PKEY_pairwise_check(ctx.get())
                                            : EVP_PKEY_public_check(ctx.get())) == 1;
    ERR_clear_error();
    return ok;
}

JoseKey rsaFromJwk(const QJsonObject &jwk, QString *error)
{
    QString problem;
    const QByteArray n = member(jwk, "n", true, &problem);
    const QByteArray e = member(jwk, "e", true, &problem);
    const QByteArray d = member(jwk, "d", false, &problem);
    const char *crtNames[] = {"p", "q", "dp", "dq", "qi"};
    const char *crtParams[] = {OSSL_PKEY_PARAM_RSA_FACTOR1, OSSL_PKEY_PARAM_RSA_FACTOR2,
                               OSSL_PKEY_PARAM_RSA_EXPONENT1, OSSL_PKEY_PARAM_RSA_EXPONENT2,
                               OSSL_PKEY_PARAM_RSA_COEFFICIENT1};
    QByteArray crt[5];
    int crtCount = 0;
    for (int i = 0; i < 5; ++i) {
        crt[i] = member(jwk, crtNames[i], false, &problem);
        crtCount += crt[i].isEmpty() ? 0 : 1;
    }
    if (problem.isEmpty() && e.size() > 8)
        problem = tr("the JWK's exponent \"e\" is longer than 8 bytes");
    if (problem.isEmpty() && crtCount != 0 && (crtCount != 5 || d.isEmpty()))
        problem = tr("the JWK has some of p, q, dp, dq, qi but not all, with d (RFC 7518 "
                     "§6.3.2)");
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    const ParamBuilder builder(OSSL_PARAM_BLD_new(), OSSL_PARAM_BLD_free);
    std::vector<Bignum> keep;
    bool ok = builder && pushBignum(builder.get(), OSSL_PKEY_PARAM_RSA_N, n, &keep) &&
              pushBignum(builder.get(), OSSL_PKEY_PARAM_RSA_E, e, &keep);
    if (ok && !d.isEmpty())
        ok = pushBignum(builder.get(), OSSL_PKEY_PARAM_RSA_D, d, &keep);
    for (int i = 0; ok && crtCount == 5 && i < 5; ++i)
        ok = pushBignum(builder.get(), crtParams[i], crt[i], &keep);
    if (!ok) {
        *error = tr("OpenSSL could not take the JWK's RSA members");
        return {};
    }
    JoseKey key = fromParams("RSA", builder.get(), !d.isEmpty(), error);
    // Without the CRT members OpenSSL has nothing to cross-check d against.
    if (!key.isNull() && crtCount == 5 && !consistent(key)) {
        *error = tr("the JWK's private members do not belong to its public key");
        return {};
    }
    return key;
}

JoseKey ecFromJwk(const QJsonObject &jwk, QString *error)
{
    const QString crv = jwk.value(QLatin1String("crv")).toString();
    if (crv != QLatin1String("P-256")) {
        *error = tr("the JWK's curve is \"%1\"; the console uses P-256 (ES256)").arg(crv);
        return {};
    }
    QString problem;
    const QByteArray x = member(jwk, "x", true, &problem);
    const QByteArray y = member(jwk, "y", true, &problem);
    const QByteArray d = member(jwk, "d", false, &problem);
    if (problem.isEmpty() &&
        (x.size() != P256Bytes || y.size() != P256Bytes || (!d.isEmpty() && d.size() != P256Bytes)))
        problem = tr("the JWK's x, y and d must be 32 bytes each for P-256 (RFC 7518 §6.2.1)");
    if (!problem.isEmpty()) {
        *error = problem;
        return {};
    }
    const QByteArray point = QByteArray(1, '\x04') + x + y; // uncompressed (SEC 1 §2.3.3)
    const ParamBuilder builder(OSSL_PARAM_BLD_new(), OSSL_PARAM_BLD_free);
    std::vector<Bignum> keep;
    bool ok = builder &&
              OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME,
                                              "prime256v1", 0) == 1 &&
              OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                               point.constData(), size_t(point.size())) == 1;
    if (ok && !d.isEmpty())
        ok = pushBignum(builder.get(), OSSL_PKEY_PARAM_PRIV_KEY, d, &keep);
    if (!ok) {
        *error = tr("OpenSSL could not take the JWK's EC members");
        return {};
    }
    JoseKey key = fromParams("EC", builder.get(), !d.isEmpty(), error);
    if (key.isNull()) {
        // OpenSSL checks the point as it takes it; that is what it refuses here.
        *error = tr("the JWK's x and y are not a point on P-256");
        return {};
    }
    if (!consistent(key)) {
        *error = key.isPrivate() ? tr("the JWK's d does not belong to its x and y")
                                 : tr("the JWK's x and y are not a point on P-256");
        return {};
    }
    return key;
}
} // namespace

QJsonObject Jwk::publicMembers(const JoseKey &key)
{
    const auto b64 = [](const QByteArray &bytes) {
        return QString::fromLatin1(Base64Url::encode(bytes));
    };
    switch (key.type()) {
    case JoseKey::Type::Rsa: {
        const QByteArray n = bignumBytes(key.handle(), OSSL_PKEY_PARAM_RSA_N);
        const QByteArray e = bignumBytes(key.handle(), OSSL_PKEY_PARAM_RSA_E);
        if (n.isEmpty() || e.isEmpty())
            return {};
        return {{QStringLiteral("kty"), QStringLiteral("RSA")},
                {QStringLiteral("n"), b64(n)},
                {QStringLiteral("e"), b64(e)}};
    }
    case JoseKey::Type::EcP256: {
        const QByteArray x = bignumBytes(key.handle(), OSSL_PKEY_PARAM_EC_PUB_X, P256Bytes);
        const QByteArray y = bignumBytes(key.handle(), OSSL_PKEY_PARAM_EC_PUB_Y, P256Bytes);
        if (x.isEmpty() || y.isEmpty())
            return {};
        return {{QStringLiteral("kty"), QStringLiteral("EC")},
                {QStringLiteral("crv"), QStringLiteral("P-256")},
                {QStringLiteral("x"), b64(x)},
                {QStringLiteral("y"), b64(y)}};
    }
    case JoseKey::Type::None:
        break;
    }
    return {};
}

QString Jwk::thumbprint(const QJsonObject &jwk)
{
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    QStringList required;
    if (kty == QLatin1String("RSA"))
        required = {QStringLiteral("e"), QStringLiteral("kty"), QStringLiteral("n")};
    else if (kty == QLatin1String("EC"))
        required = {QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x"),
                    QStringLiteral("y")};
    else
        return {};
    QJsonObject canonical;
    for (const QString &name : std::as_const(required)) {
        const QJsonValue value = jwk.value(name);
        if (!value.isString() || value.toString().size() > MaxMemberBytes * 2)
            return {};
        canonical.insert(name, value);
    }
    // QJsonObject keeps its members sorted by name, and the compact form has no whitespace:
    // exactly RFC 7638 §3's serialisation for these base64url and ASCII values.
    const QByteArray json = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash(json, QCryptographicHash::Sha256)));
}

JoseKey Jwk::toKey(const QJsonObject &jwk, QString *error)
{
    QString problem;
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    JoseKey key;
    if (kty == QLatin1String("RSA"))
        key = rsaFromJwk(jwk, &problem);
    else if (kty == QLatin1String("EC"))
        key = ecFromJwk(jwk, &problem);
    else if (kty == QLatin1String("oct"))
        problem = tr("a symmetric (\"oct\") JWK; client assertions and id_tokens are checked "
                     "with RSA or EC keys only");
    else
        problem = tr("a JWK whose kty is \"%1\", not RSA or EC").arg(kty);
    if (key.isNull() && error)
        *error = problem;
    return key;
}

} // namespace nv
