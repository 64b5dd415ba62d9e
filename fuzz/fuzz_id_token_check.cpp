// IdTokenCheck::check: an id_token against the issuer's JWKS, iss, nonce, aud/azp and lifetime.
// Input: id_token \n expected nonce \n expected issuer \n JWKS (JSON). The client id and the
// clock are fixed (nv-console, a time inside the seeds' iat..exp), so a run is repeatable.
#include "FuzzInput.h"
#include "flow/IdTokenCheck.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace nv;

namespace {
const QString ClientId = QStringLiteral("nv-console");
constexpr qint64 NowSecs = 1893454000; // between the seeds' iat and exp
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayList f = nvfuzz::fields(nvfuzz::bytes(data, size), 4);
    IdTokenCheck::Expected expected;
    expected.nonce = QString::fromUtf8(f[1]);
    expected.issuer = QString::fromUtf8(f[2]);
    expected.clientId = ClientId;
    expected.nowSecs = NowSecs;
    const QString &nonce = expected.nonce;
    const QJsonObject jwks = QJsonDocument::fromJson(f[3]).object();
    const IdTokenCheck r = IdTokenCheck::check(QString::fromUtf8(f[0]), expected, jwks,
                                               jwks.isEmpty() ? QStringLiteral("none") : QString());
    if (r.signature == IdTokenCheck::Verdict::Valid) {
        nvfuzz::check(r.decoded, "a valid signature belongs to a decoded token");
        const QString alg = r.header.value(QLatin1String("alg")).toString();
        nvfuzz::check(IdTokenCheck::allowedAlgorithms().contains(alg),
                      "only an allowed algorithm's signature is ever valid", alg.toUtf8());
    }
    if (r.audience == IdTokenCheck::Verdict::Valid) {
        const QJsonValue aud = r.claims.value(QLatin1String("aud"));
        nvfuzz::check(aud.toString() == ClientId || aud.toArray().contains(ClientId),
                      "a valid audience names the client");
    }
    if (r.nonce == IdTokenCheck::Verdict::Valid)
        nvfuzz::check(r.claims.value(QLatin1String("nonce")).toString() == nonce,
                      "a valid nonce is the expected one");
    nvfuzz::check(r.decoded || r.signature == IdTokenCheck::Verdict::NotChecked,
                  "an undecodable token is not judged");
    return 0;
}
