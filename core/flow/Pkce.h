#pragma once

#include <QString>

namespace nv {

// RFC 7636 proof key. The verifier stays in memory for the run; only the challenge travels
// on the front channel.
struct Pkce
{
    QString verifier;
    QString challenge; // S256
    QString method = QStringLiteral("S256");

    static Pkce generate();
    static QString s256Challenge(const QString &verifier);
};

// base64url without padding of cryptographically random bytes: state, nonce, verifier.
QString randomUrlSafeToken(int bytes);

} // namespace nv
