#pragma once

#include "JoseKey.h"
#include "JwsAlgorithm.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace nv {

// The private_key_jwt client assertion (RFC 7523 §3, OpenID Connect Core §9): a JWT signed with
// the client's private key, iss = sub = the client id, aud = the token endpoint (or the issuer),
// a fresh random jti, iat and a short exp. The compact form is a credential; header and claims
// are what the console shows.
struct ClientAssertion
{
    // Short on purpose: it is made right before the token request. CAMARA's ICM profile
    // allows at most 300 s.
    static constexpr int LifetimeSeconds = 60;
    static constexpr int MaxLifetimeSeconds = 300;
    static constexpr int JtiBytes = 32; // 256 random bits

    static QString assertionType(); // urn:ietf:params:oauth:client-assertion-type:jwt-bearer

    QByteArray compact;
    QJsonObject header; // alg, typ, kid
    QJsonObject claims; // iss, sub, aud, jti, iat, exp
    QString error;      // why none could be made

    bool isNull() const { return compact.isEmpty(); }

    // issuedAt: seconds since the epoch (the caller's clock, so tests and a deliberate skew can
    // set it). lifetimeSeconds is clamped to 1..MaxLifetimeSeconds.
    static ClientAssertion create(const JoseKey &key, JwsAlgorithm alg, const QString &clientId,
                                  const QString &audience, qint64 issuedAt,
                                  int lifetimeSeconds = LifetimeSeconds);
};

} // namespace nv
