#pragma once

#include <QJsonObject>
#include <QString>

namespace nv {

// What the console can say about an id_token: its decoded parts, whether its signature holds
// against the issuer's JWKS, and whether iss and nonce are the ones this run expects. Each
// verdict is said plainly, with the reason; nothing is guessed when something is unknown.
struct IdTokenCheck
{
    enum class Verdict
    {
        NotChecked, // nothing to check against (no JWKS, no expectation), or undecodable
        Valid,
        Invalid
    };

    bool decoded = false;
    QJsonObject header;
    QJsonObject claims;

    Verdict signature = Verdict::NotChecked;
    QString signatureDetail;
    Verdict issuer = Verdict::NotChecked;
    QString issuerDetail;
    Verdict nonce = Verdict::NotChecked;
    QString nonceDetail;

    // jwks: the issuer's key set ({"keys": [...]}); empty when none is known, and then
    // jwksProblem says why (shown as the reason the signature was not checked).
    // expectedIssuer: the discovery document's issuer; empty when unknown.
    static IdTokenCheck check(const QString &idToken, const QString &expectedNonce,
                              const QString &expectedIssuer, const QJsonObject &jwks,
                              const QString &jwksProblem = {});

    // RS256 / RS384 / RS512 against the key the header's kid names (or the only RSA key).
    static Verdict verifySignature(const QByteArray &token, const QJsonObject &jwks,
                                   QString *detail);
};

} // namespace nv

#include <QMetaType>
Q_DECLARE_METATYPE(nv::IdTokenCheck)
