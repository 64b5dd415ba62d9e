#include "JwkSet.h"

#include "Jwk.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}

// Why this JWK cannot check a signature made with alg; empty when it can.
QString unsuitable(const QJsonObject &jwk, JwsAlgorithm alg)
{
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    const QString name = jwsAlgorithmName(alg);
    if (kty != jwsKeyType(alg))
        return tr("it is a \"%1\" key and %2 needs an %3 key").arg(kty, name, jwsKeyType(alg));
    if (kty == QLatin1String("EC") &&
        jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256"))
        return tr("its curve is not P-256");
    const QJsonValue use = jwk.value(QLatin1String("use"));
    if (!use.isUndefined() && use.toString() != QLatin1String("sig"))
        return tr("it is published for \"%1\", not for signatures").arg(use.toString());
    const QJsonValue keyAlg = jwk.value(QLatin1String("alg"));
    if (!keyAlg.isUndefined() && keyAlg.toString() != name)
        return tr("it is published for %1, not %2").arg(keyAlg.toString(), name);
    return {};
}

JwkSet::Choice chosen(const QJsonObject &jwk)
{
    JwkSet::Choice choice;
    choice.kid = jwk.value(QLatin1String("kid")).toString();
    QString error;
    choice.key = Jwk::toKey(jwk, &error);
    if (choice.key.isNull())
        choice.problem = tr("The issuer's key \"%1\" is unusable: %2.").arg(choice.kid, error);
    return choice;
}
} // namespace

JwkSet::Choice JwkSet::select(const QJsonObject &jwks, JwsAlgorithm alg, const QString &kid)
{
    const QJsonArray keys = jwks.value(QLatin1String("keys")).toArray();
    if (keys.isEmpty())
        return {{}, {}, tr("The issuer's key set (JWKS) has no keys.")};
    if (keys.size() > MaxKeys)
        return {{},
                {},
                tr("The issuer's key set has %1 keys, more than the %2 the console "
                   "reads.")
                    .arg(keys.size())
                    .arg(MaxKeys)};
    QStringList kids;
    QList<QJsonObject> usable;
    for (const QJsonValue &value : keys) {
        const QJsonObject jwk = value.toObject();
        const QString keyId = jwk.value(QLatin1String("kid")).toString();
        kids << (keyId.isEmpty() ? tr("(no kid)") : keyId);
        if (!kid.isEmpty() && keyId == kid) {
            const QString why = unsuitable(jwk, alg);
            if (!why.isEmpty())
                return {{},
                        kid,
                        tr("The issuer's key \"%1\" cannot check this token: %2.").arg(kid, why)};
            return chosen(jwk);
        }
        if (kid.isEmpty() && unsuitable(jwk, alg).isEmpty())
            usable.append(jwk);
    }
    if (!kid.isEmpty())
        return {{},
                kid,
                tr("The issuer's key set has no key with kid \"%1\" (it has: %2). The "
                   "token was signed with a key the operator does not publish, or the "
                   "key set is out of date.")
                    .arg(kid, kids.join(QLatin1String(", ")))};
    if (usable.isEmpty())
        return {{}, {}, tr("The issuer's key set has no key for %1.").arg(jwsAlgorithmName(alg))};
    if (usable.size() > 1)
        return {{},
                {},
                tr("The token names no kid and the issuer's key set has %1 keys for %2: "
                   "the console cannot tell which one signed it (OpenID Connect Core "
                   "§10.1 asks for a kid when there are several).")
                    .arg(usable.size())
                    .arg(jwsAlgorithmName(alg))};
    return chosen(usable.first());
}

} // namespace nv
