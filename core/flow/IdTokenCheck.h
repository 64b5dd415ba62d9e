#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nv {

// What the console can say about an id_token: its decoded parts, whether its signature holds
// against the issuer's JWKS, and whether iss, nonce, aud/azp, exp and iat are what this run
// expects (OpenID Connect Core §3.1.3.7). Each verdict is said plainly, with the reason; nothing
// is guessed when something is unknown. The JOSE work is core/jose's.
struct IdTokenCheck
{
    enum class Verdict
    {
        NotChecked, // nothing to check against (no JWKS, no expectation), or undecodable
        Valid,
        Invalid
    };

    // The difference tolerated between the operator's clock and this computer's, on exp and iat.
    static constexpr qint64 ClockSkewSeconds = 60;
    // The algorithms an id_token may be signed with: RS256, PS256, ES256. "none" and the HMAC
    // family are refused with the reason (an HMAC keyed with the public key is a known forgery).
    static QStringList allowedAlgorithms();

    struct Expected
    {
        QString nonce;      // the nonce the run sent; empty: none was sent
        QString issuer;     // the discovery document's issuer; empty when unknown
        QString clientId;   // aud must contain it, azp (when present) must be it
        qint64 nowSecs = 0; // seconds since the epoch; 0: this computer's clock
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
    Verdict audience = Verdict::NotChecked; // aud and azp
    QString audienceDetail;
    Verdict lifetime = Verdict::NotChecked; // exp and iat
    QString lifetimeDetail;

    // amr (OpenID Connect Core §2), as the operator sent it: how it says it authenticated the
    // subscriber, e.g. "nba" for network-based authentication. Shown, not judged: it is the
    // operator's evidence, and its absence is said in amrDetail.
    QStringList amr;
    QString amrDetail;

    // Every verdict Valid.
    bool allValid() const;

    // jwks: the issuer's key set ({"keys": [...]}); empty when none is known, and then
    // jwksProblem says why (shown as the reason the signature was not checked).
    static IdTokenCheck check(const QString &idToken, const Expected &expected,
                              const QJsonObject &jwks, const QString &jwksProblem = {});

    // The signature alone: the algorithm on the allow-list, the key the header's kid names (or
    // the only key for the algorithm), and the signature over the token as received.
    static Verdict verifySignature(const QByteArray &token, const QJsonObject &jwks,
                                   QString *detail);
};

} // namespace nv

#include <QMetaType>
Q_DECLARE_METATYPE(nv::IdTokenCheck)
