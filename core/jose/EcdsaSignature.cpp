#include "EcdsaSignature.h"

#include <openssl/bn.h>
#include <openssl/ecdsa.h>
#include <openssl/err.h>

namespace nv {

QByteArray EcdsaSignature::derToRaw(const QByteArray &der, int fieldBytes)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &cursor, long(der.size()));
    QByteArray raw;
    // Exactly one DER value, nothing after it.
    if (sig && cursor == reinterpret_cast<const unsigned char *>(der.constData()) + der.size()) {
        const BIGNUM *r = nullptr;
        const BIGNUM *s = nullptr;
        ECDSA_SIG_get0(sig, &r, &s);
        raw.resize(2 * fieldBytes);
        auto *out = reinterpret_cast<unsigned char *>(raw.data());
        if (BN_bn2binpad(r, out, fieldBytes) != fieldBytes ||
            BN_bn2binpad(s, out + fieldBytes, fieldBytes) != fieldBytes)
            raw.clear();
    }
    ECDSA_SIG_free(sig);
    ERR_clear_error();
    return raw;
}

QByteArray EcdsaSignature::rawToDer(const QByteArray &raw, int fieldBytes)
{
    if (fieldBytes <= 0 || raw.size() != 2 * fieldBytes)
        return {};
    const auto *in = reinterpret_cast<const unsigned char *>(raw.constData());
    BIGNUM *r = BN_bin2bn(in, fieldBytes, nullptr);
    BIGNUM *s = BN_bin2bn(in + fieldBytes, fieldBytes, nullptr);
    ECDSA_SIG *sig = ECDSA_SIG_new();
    QByteArray der;
    if (r && s && sig && ECDSA_SIG_set0(sig, r, s) == 1) {
        r = s = nullptr; // owned by sig now
        const int length = i2d_ECDSA_SIG(sig, nullptr);
        if (length > 0) {
            der.resize(length);
            auto *out = reinterpret_cast<unsigned char *>(der.data());
            if (i2d_ECDSA_SIG(sig, &out) != length)
                der.clear();
        }
    }
    BN_free(r);
    BN_free(s);
    ECDSA_SIG_free(sig);
    ERR_clear_error();
    return der;
}

} // namespace nv
