#pragma once

#include <QByteArray>

namespace nv {

// ECDSA signatures in the two forms that meet here: OpenSSL makes and checks DER
// (ECDSA-Sig-Value, RFC 3279), JOSE carries the raw R || S, each zero-padded to the curve's size
// (RFC 7518 §3.4: 64 bytes for ES256). A DER signature in a JWS is a classic interop bug, so the
// conversion is its own small, tested piece.
class EcdsaSignature
{
public:
    // Empty when der is not one DER signature or R or S does not fit in fieldBytes.
    static QByteArray derToRaw(const QByteArray &der, int fieldBytes);
    // Empty unless raw is exactly 2 * fieldBytes long.
    static QByteArray rawToDer(const QByteArray &raw, int fieldBytes);
};

} // namespace nv
