#include "ClientKey.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace nv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}

JoseKey parse(const QByteArray &text, QString *error)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{')) {
        if (trimmed.size() > JoseKey::MaxPemBytes) {
            *error = tr("larger than %1 KiB, which no key is").arg(JoseKey::MaxPemBytes / 1024);
            return {};
        }
        const QJsonDocument document = QJsonDocument::fromJson(trimmed);
        if (!document.isObject()) {
            *error = tr("neither PEM nor a JSON Web Key");
            return {};
        }
        return JoseKey::fromJwk(document.object(), error);
    }
    return JoseKey::fromPem(text, error);
}
} // namespace

QStringList ClientKey::assertionAlgorithms()
{
    return {QStringLiteral("RS256"), QStringLiteral("ES256")};
}

QString ClientKey::secretName(const QString &kid)
{
    // Its own name in the keychain, apart from every profile's client secret; keyed by the
    // thumbprint, so profiles that share one registered key share one entry.
    return QStringLiteral("private-key:") + kid;
}

ClientKey ClientKey::load(const QByteArray &text, const QString &expectedAlg,
                          const QString &expectedKid)
{
    ClientKey result;
    QString error;
    if (text.trimmed().isEmpty()) {
        result.problem = tr("The private key is empty.");
        return result;
    }
    result.key = parse(text, &error);
    if (result.key.isNull()) {
        result.problem = tr("Not a usable private key: %1.").arg(error);
        return result;
    }
    if (!result.key.isPrivate()) {
        result.problem = tr("This is a public key. private_key_jwt signs with the private key "
                            "(the operator keeps the public one): give the private key instead.");
        return result;
    }
    result.kid = result.key.thumbprint();
    result.alg = *result.key.defaultAlgorithm();
    if (!expectedAlg.isEmpty()) {
        const auto alg = jwsAlgorithmFromName(expectedAlg);
        if (!alg || !assertionAlgorithms().contains(expectedAlg)) {
            result.problem =
                tr("Unknown client assertion algorithm \"%1\": use %2.")
                    .arg(expectedAlg, assertionAlgorithms().join(QLatin1String(" or ")));
            return result;
        }
        if (!result.key.suits(*alg)) {
            result.problem = tr("The key is %1, but the algorithm asked for is %2, which needs "
                                "an %3 key.")
                                 .arg(result.key.description(), expectedAlg, jwsKeyType(*alg));
            return result;
        }
        result.alg = *alg;
    }
    if (!expectedKid.isEmpty() && expectedKid != result.kid) {
        result.problem = tr("This key's kid (its RFC 7638 thumbprint) is %1, but the profile "
                            "names %2: it is not the key registered for this profile.")
                             .arg(result.kid, expectedKid);
    }
    return result;
}

} // namespace nv
