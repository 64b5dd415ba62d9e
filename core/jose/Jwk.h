#pragma once

#include <QJsonObject>
#include <QString>

namespace nv {

class JoseKey;

// JSON Web Keys (RFC 7517, RFC 7518 §6) to and from OpenSSL keys, and RFC 7638 thumbprints.
class Jwk
{
public:
    // Bounds: a JWK member is at most an 8192-bit RSA modulus.
    static constexpr qsizetype MaxMemberBytes = 1024;

    // kty and the public members only (RSA: n, e; EC: crv, x, y); empty for a null key.
    static QJsonObject publicMembers(const JoseKey &key);
    // RFC 7638: SHA-256 over the required members in lexicographic order without whitespace,
    // base64url. Empty when the JWK lacks one of them or its kty is not RSA or EC.
    static QString thumbprint(const QJsonObject &jwk);
    // An RSA or EC P-256 key from its JWK, private when it has "d". A symmetric ("oct") key, a
    // member that is not strict base64url, a wrong length or a point off the curve is refused.
    static JoseKey toKey(const QJsonObject &jwk, QString *error);
};

} // namespace nv
