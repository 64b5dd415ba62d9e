#include "IdTokenCheck.h"

#include "log/JwtDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace nv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}

struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

QByteArray base64Url(const QString &text)
{
    return QByteArray::fromBase64(text.toLatin1(),
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An RSA public key from a JWK's modulus and exponent (OpenSSL 3 provider API).
Pkey rsaKey(const QJsonObject &jwk)
{
    const QByteArray n = base64Url(jwk.value(QLatin1String("n")).toString());
    const QByteArray e = base64Url(jwk.value(QLatin1String("e")).toString());
    if (n.isEmpty() || e.isEmpty())
        return {};
    BIGNUM *bn =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr);
    BIGNUM *be =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM *params = nullptr;
    EVP_PKEY *key = nullptr;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    if (bn && be && builder && ctx && OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, bn) &&
        OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, be) &&
        (params = OSSL_PARAM_BLD_to_param(builder)) && EVP_PKEY_fromdata_init(ctx) == 1)
        EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    EVP_PKEY_CTX_free(ctx);
    BN_free(bn);
    BN_free(be);
    return Pkey(key);
}

const EVP_MD *digestFor(const QString &alg)
{
    if (alg == QLatin1String("RS256"))
        return EVP_sha256();
    if (alg == QLatin1String("RS384"))
        return EVP_sha384();
    if (alg == QLatin1String("RS512"))
        return EVP_sha512();
    return nullptr;
}
} // namespace

IdTokenCheck::Verdict IdTokenCheck::verifySignature(const QByteArray &token,
                                                    const QJsonObject &jwks, QString *detail)
{
    const auto jwt = JwtDecoder::decode(token);
    if (!jwt) {
        *detail = tr("The id_token is not a readable JWT.");
        return Verdict::Invalid;
    }
    const QString alg = jwt->header.value(QLatin1String("alg")).toString();
    const QString kid = jwt->header.value(QLatin1String("kid")).toString();
    if (alg == QLatin1String("none") || !jwt->signed_) {
        *detail = tr("The id_token is not signed (alg \"%1\").").arg(alg);
        return Verdict::Invalid;
    }
    const EVP_MD *digest = digestFor(alg);
    if (!digest) {
        *detail = tr("Not checked: the console checks RS256, RS384 and RS512; this token uses "
                     "%1.")
                      .arg(alg);
        return Verdict::NotChecked;
    }
    QJsonObject chosen;
    int rsaKeys = 0;
    for (const QJsonValue &value : jwks.value(QLatin1String("keys")).toArray()) {
        const QJsonObject key = value.toObject();
        if (key.value(QLatin1String("kty")).toString() != QLatin1String("RSA"))
            continue;
        ++rsaKeys;
        if (!kid.isEmpty() && key.value(QLatin1String("kid")).toString() == kid)
            chosen = key;
        else if (kid.isEmpty() && rsaKeys == 1)
            chosen = key;
    }
    if (chosen.isEmpty()) {
        *detail = kid.isEmpty() ? tr("The issuer's key set has no single RSA key to check with.")
                                : tr("The issuer's key set has no key with kid \"%1\".").arg(kid);
        return Verdict::Invalid;
    }
    const Pkey key = rsaKey(chosen);
    if (!key) {
        *detail = tr("The key \"%1\" in the issuer's key set is not a usable RSA key.").arg(kid);
        return Verdict::Invalid;
    }
    const qsizetype lastDot = token.lastIndexOf('.');
    const QByteArray signingInput = token.left(lastDot);
    const QByteArray signature = QByteArray::fromBase64(
        token.mid(lastDot + 1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok =
        ctx && EVP_DigestVerifyInit(ctx, nullptr, digest, nullptr, key.get()) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(signingInput.constData()),
                         size_t(signingInput.size())) == 1;
    EVP_MD_CTX_free(ctx);
    *detail = ok ? tr("Valid: signed with %1 by the issuer's key \"%2\".").arg(alg, kid)
                 : tr("Invalid: the signature does not match the issuer's key \"%1\". The token "
                      "was altered or was not issued by this issuer.")
                       .arg(kid);
    return ok ? Verdict::Valid : Verdict::Invalid;
}

IdTokenCheck IdTokenCheck::check(const QString &idToken, const QString &expectedNonce,
                                 const QString &expectedIssuer, const QJsonObject &jwks,
                                 const QString &jwksProblem)
{
    IdTokenCheck result;
    const auto jwt = JwtDecoder::decode(idToken.toLatin1());
    if (!jwt) {
        result.signatureDetail = tr("Not checked: the id_token is not a readable JWT.");
        return result;
    }
    result.decoded = true;
    result.header = jwt->header;
    result.claims = jwt->payload;

    if (jwks.isEmpty())
        result.signatureDetail =
            tr("Not checked: %1")
                .arg(jwksProblem.isEmpty() ? tr("the issuer's key set (JWKS) is not known.")
                                           : jwksProblem);
    else
        result.signature = verifySignature(idToken.toLatin1(), jwks, &result.signatureDetail);

    const QString iss = jwt->payload.value(QLatin1String("iss")).toString();
    if (expectedIssuer.isEmpty()) {
        result.issuerDetail = tr("Not checked: the issuer is not known (no discovery document).");
    } else if (iss == expectedIssuer) {
        result.issuer = Verdict::Valid;
        result.issuerDetail = tr("iss is the operator's issuer, %1.").arg(iss);
    } else {
        result.issuer = Verdict::Invalid;
        result.issuerDetail =
            tr("iss is \"%1\", but the operator's issuer is \"%2\".").arg(iss, expectedIssuer);
    }

    const QJsonValue nonce = jwt->payload.value(QLatin1String("nonce"));
    if (expectedNonce.isEmpty()) {
        result.nonceDetail = tr("Not checked: this run sent no nonce.");
    } else if (!nonce.isString()) {
        result.nonce = Verdict::Invalid;
        result.nonceDetail = tr("The id_token carries no nonce, but the run sent one.");
    } else if (nonce.toString() == expectedNonce) {
        result.nonce = Verdict::Valid;
        result.nonceDetail = tr("nonce is the one this run sent.");
    } else {
        result.nonce = Verdict::Invalid;
        result.nonceDetail = tr("nonce differs from the one this run sent: the token may belong "
                                "to another login (replay).");
    }
    return result;
}

} // namespace nv
