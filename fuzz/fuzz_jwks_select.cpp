// JwkSet::select: which key of an issuer's JWK Set checks a JWS, on its own (id_token_check
// reaches it only behind a well-formed token).
// Input: alg (RS256, ES256, …) \n kid (may be empty) \n JWKS (JSON).
#include "FuzzInput.h"
#include "jose/JwkSet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = nvfuzz::fields(nvfuzz::bytes(data, size), 3);
    const JwsAlgorithm alg =
        jwsAlgorithmFromName(QString::fromUtf8(f[0])).value_or(JwsAlgorithm::RS256);
    const QString kid = QString::fromUtf8(f[1]);
    const QJsonObject jwks = QJsonDocument::fromJson(f[2]).object();

    const JwkSet::Choice choice = JwkSet::select(jwks, alg, kid);
    nvfuzz::check(choice.key.isNull() != choice.problem.isEmpty(),
                  "a key comes without a problem, and no key always says why");
    if (choice.key.isNull())
        return 0;
    if (!kid.isEmpty())
        nvfuzz::check(choice.kid == kid, "a header's kid selects only the key with that kid");
    // The chosen key is one of the set's, fit for the algorithm and not marked for another use.
    const QJsonArray keys = jwks.value(QLatin1String("keys")).toArray();
    nvfuzz::check(keys.size() <= JwkSet::MaxKeys, "a set above the key cap is refused whole");
    bool found = false;
    for (const QJsonValue &value : keys) {
        const QJsonObject key = value.toObject();
        if (key.value(QLatin1String("kid")).toString() != choice.kid)
            continue;
        if (key.value(QLatin1String("kty")).toString() != jwsKeyType(alg))
            continue;
        const QString use = key.value(QLatin1String("use")).toString(QStringLiteral("sig"));
        const QString keyAlg = key.value(QLatin1String("alg")).toString(jwsAlgorithmName(alg));
        if (use == QLatin1String("sig") && keyAlg == jwsAlgorithmName(alg))
            found = true;
    }
    nvfuzz::check(found, "the chosen key is in the set, of the algorithm's type, for signing");
    return 0;
}
