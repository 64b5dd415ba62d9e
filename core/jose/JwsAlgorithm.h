#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace nv {

// The JWS algorithms (RFC 7518 §3) the console signs and verifies. Anything else, "none" and the
// HMAC family included, has no value here: a token naming it cannot be checked, and the caller
// says why in its own words.
enum class JwsAlgorithm
{
    RS256,
    RS384,
    RS512,
    PS256,
    ES256,
};

QString jwsAlgorithmName(JwsAlgorithm alg);
std::optional<JwsAlgorithm> jwsAlgorithmFromName(const QString &name);
// The JWK key type the algorithm needs: "RSA" or "EC".
QString jwsKeyType(JwsAlgorithm alg);
// Every algorithm the console knows, by name, for messages and help texts.
QStringList jwsAlgorithmNames();

} // namespace nv
