#pragma once

#include "JoseKey.h"
#include "JwsAlgorithm.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace nv {

// A JWS in compact serialisation (RFC 7515 §7.1): header.payload.signature. parse() reads one
// strictly and boundedly; sign() makes one; verify() checks the signature with one key under
// one algorithm. Which key and which algorithm to accept is the caller's decision (an
// allow-list, a key set); nothing here trusts the header's "alg", "jwk", "jku" or "x5u".
struct CompactJws
{
    static constexpr qsizetype MaxBytes = 64 * 1024;

    QByteArray headerPart; // base64url, exactly as received: the signature covers these bytes
    QByteArray payloadPart;
    QJsonObject header;
    QByteArray payload; // decoded
    QByteArray signature;

    QString alg() const { return header.value(QLatin1String("alg")).toString(); }
    QString kid() const { return header.value(QLatin1String("kid")).toString(); }
    QByteArray signingInput() const { return headerPart + '.' + payloadPart; }
    // The payload as a JSON object (JWT claims); empty when it is not one.
    QJsonObject claims() const;

    static std::optional<CompactJws> parse(const QByteArray &compact, QString *error);

    // header gets "alg" set from alg; the rest of it (typ, kid) is the caller's.
    static QByteArray sign(QJsonObject header, const QByteArray &payload, const JoseKey &key,
                           JwsAlgorithm alg, QString *error);
    bool verify(const JoseKey &key, JwsAlgorithm alg, QString *error) const;

    // The bare signature operations over a signing input (ES256 in JOSE's R || S form).
    static QByteArray signBytes(const QByteArray &input, const JoseKey &key, JwsAlgorithm alg,
                                QString *error);
    static bool verifyBytes(const QByteArray &input, const QByteArray &signature,
                            const JoseKey &key, JwsAlgorithm alg, QString *error);
};

} // namespace nv
