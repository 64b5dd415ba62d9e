#include "CompactJws.h"

#include "Base64Url.h"
#include "EcdsaSignature.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <memory>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace nv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}

constexpr int P256Bytes = 32;

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

const EVP_MD *digestFor(JwsAlgorithm alg)
{
    switch (alg) {
    case JwsAlgorithm::RS384:
        return EVP_sha384();
    case JwsAlgorithm::RS512:
        return EVP_sha512();
    case JwsAlgorithm::RS256:
    case JwsAlgorithm::PS256:
    case JwsAlgorithm::ES256:
        break;
    }
    return EVP_sha256();
}

// PS256 (RFC 7518 §3.5): RSASSA-PSS, MGF1 with SHA-256, salt as long as the hash.
bool configure(EVP_PKEY_CTX *pctx, JwsAlgorithm alg)
{
    if (alg != JwsAlgorithm::PS256)
        return true;
    return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1 &&
           EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) == 1 &&
           EVP_PKEY_CTX_set_rsa_mgf1_md(pctx, EVP_sha256()) == 1;
}

bool keyFits(const JoseKey &key, JwsAlgorithm alg, QString *error)
{
    if (key.isNull()) {
        *error = tr("no key");
        return false;
    }
    if (!key.suits(alg)) {
        *error = tr("%1 needs an %2 key, not %3")
                     .arg(jwsAlgorithmName(alg), jwsKeyType(alg), key.description());
        return false;
    }
    return true;
}

std::optional<QJsonObject> jsonObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}
} // namespace

QJsonObject CompactJws::claims() const
{
    return jsonObject(payload).value_or(QJsonObject());
}

std::optional<CompactJws> CompactJws::parse(const QByteArray &compact, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (compact.size() > MaxBytes)
        return fail(tr("longer than %1 KiB").arg(MaxBytes / 1024));
    const QByteArrayList parts = compact.split('.');
    if (parts.size() != 3)
        return fail(tr("not a compact JWS (three parts separated by dots)"));
    CompactJws jws;
    jws.headerPart = parts.at(0);
    jws.payloadPart = parts.at(1);
    const auto header = Base64Url::decode(jws.headerPart);
    const auto payload = Base64Url::decode(jws.payloadPart);
    const auto signature = Base64Url::decode(parts.at(2));
    if (!header || !payload || !signature)
        return fail(tr("a part is not strict base64url"));
    const auto headerObject = jsonObject(*header);
    if (!headerObject)
        return fail(tr("the header is not a JSON object"));
    // RFC 7515 §4.1.11: extensions marked critical that the reader does not know must fail.
    if (headerObject->contains(QLatin1String("crit")))
        return fail(tr("the header lists critical extensions (crit) the console does not "
                       "implement"));
    jws.header = *headerObject;
    jws.payload = *payload;
    jws.signature = *signature;
    return jws;
}

QByteArray CompactJws::signBytes(const QByteArray &input, const JoseKey &key, JwsAlgorithm alg,
                                 QString *error)
{
    QString sink;
    if (!error)
        error = &sink;
    if (!keyFits(key, alg, error))
        return {};
    if (!key.isPrivate()) {
        *error = tr("a public key cannot sign");
        return {};
    }
    const DigestContext ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    EVP_PKEY_CTX *pctx = nullptr;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    size_t length = 0;
    QByteArray signature;
    if (ctx && EVP_DigestSignInit(ctx.get(), &pctx, digestFor(alg), nullptr, key.handle()) == 1 &&
        configure(pctx, alg) &&
        EVP_DigestSign(ctx.get(), nullptr, &length, data, size_t(input.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                           data, size_t(input.size())) == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    ERR_clear_error();
    if (!signature.isEmpty() && alg == JwsAlgorithm::ES256)
        signature = EcdsaSignature::derToRaw(signature, P256Bytes);
    if (signature.isEmpty())
        *error = tr("OpenSSL could not sign with the %1 key").arg(key.description());
    return signature;
}

bool CompactJws::verifyBytes(const QByteArray &input, const QByteArray &signature,
                             const JoseKey &key, JwsAlgorithm alg, QString *error)
{
    QString sink;
    if (!error)
        error = &sink;
    if (!keyFits(key, alg, error))
        return false;
    QByteArray checked = signature;
    if (alg == JwsAlgorithm::ES256) {
        checked = EcdsaSignature::rawToDer(signature, P256Bytes);
        if (checked.isEmpty()) {
            *error = tr("an ES256 signature is 64 bytes (R || S, RFC 7518 §3.4); this one is "
                        "%1 bytes")
                         .arg(signature.size());
            return false;
        }
    }
    const DigestContext ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    EVP_PKEY_CTX *pctx = nullptr;
    const bool ok =
        ctx && EVP_DigestVerifyInit(ctx.get(), &pctx, digestFor(alg), nullptr, key.handle()) == 1 &&
        configure(pctx, alg) &&
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(checked.constData()),
                         size_t(checked.size()),
                         reinterpret_cast<const unsigned char *>(input.constData()),
                         size_t(input.size())) == 1;
    ERR_clear_error();
    if (!ok)
        *error = tr("the %1 signature does not match the key").arg(jwsAlgorithmName(alg));
    return ok;
}

QByteArray CompactJws::sign(QJsonObject header, const QByteArray &payload, const JoseKey &key,
                            JwsAlgorithm alg, QString *error)
{
    header.insert(QStringLiteral("alg"), jwsAlgorithmName(alg));
    const QByteArray input =
        Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
        Base64Url::encode(payload);
    const QByteArray signature = signBytes(input, key, alg, error);
    if (signature.isEmpty())
        return {};
    return input + '.' + Base64Url::encode(signature);
}

bool CompactJws::verify(const JoseKey &key, JwsAlgorithm alg, QString *error) const
{
    return verifyBytes(signingInput(), signature, key, alg, error);
}

} // namespace nv
