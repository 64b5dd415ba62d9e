#include "IdTokenCheck.h"

#include "jose/CompactJws.h"
#include "jose/JwkSet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace nv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}

using Verdict = IdTokenCheck::Verdict;

QString utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// The refusals that need no key: unsigned, HMAC, or off the allow-list. Empty when alg is fine.
QString refusedAlgorithm(const CompactJws &jws)
{
    const QString alg = jws.alg();
    if (alg == QLatin1String("none") || jws.signature.isEmpty())
        return tr("Invalid: the id_token is not signed (alg \"%1\"); anyone could have written "
                  "it.")
            .arg(alg);
    if (alg.startsWith(QLatin1String("HS")))
        return tr("Invalid: the id_token uses %1, an HMAC with a shared secret. An operator signs "
                  "id_tokens with its private key; an HMAC keyed with the operator's public key "
                  "is a known forgery, so the console refuses it.")
            .arg(alg);
    if (!IdTokenCheck::allowedAlgorithms().contains(alg))
        return tr("Invalid: the id_token uses %1, which is not on the console's list (%2).")
            .arg(alg, IdTokenCheck::allowedAlgorithms().join(QLatin1String(", ")));
    return {};
}

void checkAudience(const QJsonObject &claims, const QString &clientId, IdTokenCheck *result)
{
    if (clientId.isEmpty()) {
        result->audienceDetail = tr("Not checked: the client id is not known.");
        return;
    }
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    QStringList audiences;
    if (aud.isString())
        audiences << aud.toString();
    for (const QJsonValue &value : aud.toArray())
        audiences << value.toString();
    const QJsonValue azp = claims.value(QLatin1String("azp"));
    result->audience = Verdict::Invalid;
    if (audiences.isEmpty()) {
        result->audienceDetail = tr("The id_token names no audience (aud).");
    } else if (!audiences.contains(clientId)) {
        result->audienceDetail = tr("aud is \"%1\", not this client (%2): the token was issued "
                                    "to another client.")
                                     .arg(audiences.join(QLatin1String("\", \"")), clientId);
    } else if (!azp.isUndefined() && azp.toString() != clientId) {
        result->audienceDetail = tr("azp is \"%1\", not this client (%2): the token was "
                                    "obtained by another client.")
                                     .arg(azp.toString(), clientId);
    } else {
        result->audience = Verdict::Valid;
        result->audienceDetail =
            audiences.size() == 1 ? tr("aud is this client, %1.").arg(clientId)
            : azp.isUndefined()
                ? tr("aud includes this client among %1 audiences, without azp (OpenID Connect "
                     "Core §3.1.3.7 recommends one).")
                      .arg(audiences.size())
                : tr("aud includes this client among %1 audiences, and azp is this client.")
                      .arg(audiences.size());
    }
}

void checkLifetime(const QJsonObject &claims, qint64 now, IdTokenCheck *result)
{
    const qint64 skew = IdTokenCheck::ClockSkewSeconds;
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    const QJsonValue iat = claims.value(QLatin1String("iat"));
    result->lifetime = Verdict::Invalid;
    if (!exp.isDouble() || !iat.isDouble()) {
        result->lifetimeDetail =
            tr("The id_token lacks a numeric %1, which OpenID Connect "
               "requires.")
                .arg(exp.isDouble() ? QStringLiteral("iat") : QStringLiteral("exp"));
        return;
    }
    const qint64 expiry = exp.toInteger();
    const qint64 issued = iat.toInteger();
    if (now >= expiry + skew) {
        result->lifetimeDetail = tr("The id_token expired at %1, %2 s ago (%3 s of clock "
                                    "difference tolerated).")
                                     .arg(utc(expiry))
                                     .arg(now - expiry)
                                     .arg(skew);
    } else if (issued > now + skew) {
        result->lifetimeDetail = tr("The id_token was issued at %1, %2 s in the future: the "
                                    "operator's clock or this computer's is off (%3 s "
                                    "tolerated).")
                                     .arg(utc(issued))
                                     .arg(issued - now)
                                     .arg(skew);
    } else {
        result->lifetime = Verdict::Valid;
        result->lifetimeDetail = tr("Issued at %1, valid until %2 (%3 s of clock difference "
                                    "tolerated).")
                                     .arg(utc(issued), utc(expiry))
                                     .arg(skew);
    }
}

void readAmr(const QJsonObject &claims, IdTokenCheck *result)
{
    const QJsonValue amr = claims.value(QLatin1String("amr"));
    if (amr.isUndefined()) {
        result->amrDetail = tr("The id_token carries no amr: the operator states no "
                               "authentication method.");
        return;
    }
    for (const QJsonValue &value : amr.toArray()) {
        if (value.isString())
            result->amr << value.toString();
    }
    if (!amr.isArray() || result->amr.size() != amr.toArray().size()) {
        result->amrDetail = tr("amr is not a list of strings (OpenID Connect Core §2).");
        return;
    }
    QStringList described;
    for (const QString &method : std::as_const(result->amr))
        described << (method == QLatin1String("nba") ? tr("nba (network-based authentication)")
                                                     : method);
    result->amrDetail = tr("Authentication methods (amr): %1.").arg(described.join(", "));
}

void checkIssuer(const QJsonObject &claims, const QString &expected, IdTokenCheck *result)
{
    const QString iss = claims.value(QLatin1String("iss")).toString();
    if (expected.isEmpty()) {
        result->issuerDetail = tr("Not checked: the issuer is not known (no discovery document).");
    } else if (iss == expected) {
        result->issuer = Verdict::Valid;
        result->issuerDetail = tr("iss is the operator's issuer, %1.").arg(iss);
    } else {
        result->issuer = Verdict::Invalid;
        result->issuerDetail =
            tr("iss is \"%1\", but the operator's issuer is \"%2\".").arg(iss, expected);
    }
}

void checkNonce(const QJsonObject &claims, const QString &expected, IdTokenCheck *result)
{
    const QJsonValue nonce = claims.value(QLatin1String("nonce"));
    if (expected.isEmpty()) {
        result->nonceDetail = tr("Not checked: this run sent no nonce.");
    } else if (!nonce.isString()) {
        result->nonce = Verdict::Invalid;
        result->nonceDetail = tr("The id_token carries no nonce, but the run sent one.");
    } else if (nonce.toString() == expected) {
        result->nonce = Verdict::Valid;
        result->nonceDetail = tr("nonce is the one this run sent.");
    } else {
        result->nonce = Verdict::Invalid;
        result->nonceDetail = tr("nonce differs from the one this run sent: the token may belong "
                                 "to another login (replay).");
    }
}
} // namespace

QStringList IdTokenCheck::allowedAlgorithms()
{
    return {QStringLiteral("RS256"), QStringLiteral("PS256"), QStringLiteral("ES256")};
}

bool IdTokenCheck::allValid() const
{
    return signature == Verdict::Valid && issuer == Verdict::Valid && nonce == Verdict::Valid &&
           audience == Verdict::Valid && lifetime == Verdict::Valid;
}

IdTokenCheck::Verdict IdTokenCheck::verifySignature(const QByteArray &token,
                                                    const QJsonObject &jwks, QString *detail)
{
    QString error;
    const auto jws = CompactJws::parse(token, &error);
    if (!jws) {
        *detail = tr("Invalid: the id_token is not a readable JWS: %1.").arg(error);
        return Verdict::Invalid;
    }
    if (const QString refused = refusedAlgorithm(*jws); !refused.isEmpty()) {
        *detail = refused;
        return Verdict::Invalid;
    }
    const auto known = jwsAlgorithmFromName(jws->alg()); // on the allow-list, hence known
    if (!known) {
        *detail = tr("Invalid: the console cannot check %1.").arg(jws->alg());
        return Verdict::Invalid;
    }
    const JwsAlgorithm alg = *known;
    const JwkSet::Choice choice = JwkSet::select(jwks, alg, jws->kid());
    if (choice.key.isNull()) {
        *detail = tr("Invalid: %1").arg(choice.problem);
        return Verdict::Invalid;
    }
    if (!jws->verify(choice.key, alg, &error)) {
        *detail = tr("Invalid: the signature does not match the issuer's key \"%1\" (%2). The "
                     "token was altered or was not issued by this issuer.")
                      .arg(choice.kid, error);
        return Verdict::Invalid;
    }
    *detail = tr("Valid: signed with %1 by the issuer's key \"%2\".").arg(jws->alg(), choice.kid);
    return Verdict::Valid;
}

IdTokenCheck IdTokenCheck::check(const QString &idToken, const Expected &expected,
                                 const QJsonObject &jwks, const QString &jwksProblem)
{
    IdTokenCheck result;
    QString error;
    const QByteArray token = idToken.toLatin1();
    const auto jws = CompactJws::parse(token, &error);
    const QJsonObject claims = jws ? jws->claims() : QJsonObject();
    if (!jws || claims.isEmpty()) {
        result.signatureDetail = tr("Not checked: the id_token is not a readable JWT (%1).")
                                     .arg(jws ? tr("its payload is not a JSON object") : error);
        return result;
    }
    result.decoded = true;
    result.header = jws->header;
    result.claims = claims;

    const QString refused = refusedAlgorithm(*jws);
    if (!refused.isEmpty()) {
        result.signature = Verdict::Invalid; // whether or not the keys are known
        result.signatureDetail = refused;
    } else if (jwks.isEmpty()) {
        result.signatureDetail =
            tr("Not checked: %1")
                .arg(jwksProblem.isEmpty() ? tr("the issuer's key set (JWKS) is not known.")
                                           : jwksProblem);
    } else {
        result.signature = verifySignature(token, jwks, &result.signatureDetail);
    }
    checkIssuer(claims, expected.issuer, &result);
    checkNonce(claims, expected.nonce, &result);
    checkAudience(claims, expected.clientId, &result);
    checkLifetime(claims,
                  expected.nowSecs > 0 ? expected.nowSecs : QDateTime::currentSecsSinceEpoch(),
                  &result);
    readAmr(claims, &result);
    return result;
}

} // namespace nv
