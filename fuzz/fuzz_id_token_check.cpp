// IdTokenCheck::check: an id_token against the issuer's JWKS, iss and nonce.
// Input: id_token \n expected nonce \n expected issuer \n JWKS (JSON).
#include "FuzzInput.h"
#include "flow/IdTokenCheck.h"

#include <QJsonDocument>

using namespace nv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = nvfuzz::fields(nvfuzz::bytes(data, size), 4);
    const QString nonce = QString::fromUtf8(f[1]);
    const QJsonObject jwks = QJsonDocument::fromJson(f[3]).object();
    const IdTokenCheck r =
        IdTokenCheck::check(QString::fromUtf8(f[0]), nonce, QString::fromUtf8(f[2]), jwks,
                            jwks.isEmpty() ? QStringLiteral("none") : QString());
    if (r.signature == IdTokenCheck::Verdict::Valid) {
        nvfuzz::check(r.decoded, "a valid signature belongs to a decoded token");
        const QString alg = r.header.value(QLatin1String("alg")).toString();
        nvfuzz::check(alg == QLatin1String("RS256") || alg == QLatin1String("RS384") ||
                          alg == QLatin1String("RS512"),
                      "only RSA signatures are ever valid");
    }
    if (r.nonce == IdTokenCheck::Verdict::Valid)
        nvfuzz::check(r.claims.value(QLatin1String("nonce")).toString() == nonce,
                      "a valid nonce is the expected one");
    nvfuzz::check(r.decoded || r.signature == IdTokenCheck::Verdict::NotChecked,
                  "an undecodable token is not judged");
    return 0;
}
