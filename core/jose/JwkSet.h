#pragma once

#include "JoseKey.h"
#include "JwsAlgorithm.h"

#include <QJsonObject>
#include <QString>

namespace nv {

// Which key of a JWK Set checks a given JWS, said plainly when none does. A header's kid must
// name a key of the set; without a kid, only a set with exactly one key usable for the
// algorithm is unambiguous (OpenID Connect Core §10.1 asks for a kid when there are several).
// Keys marked for encryption ("use": "enc") or for another algorithm ("alg") are never used.
class JwkSet
{
public:
    static constexpr qsizetype MaxKeys = 64;

    struct Choice
    {
        JoseKey key;     // null when none fits; problem says why
        QString kid;     // of the chosen key (may be empty when the set has no kids)
        QString problem; // in words, for the person
    };

    static Choice select(const QJsonObject &jwks, JwsAlgorithm alg, const QString &kid);
};

} // namespace nv
