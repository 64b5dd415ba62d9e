#pragma once

#include <QByteArray>
#include <QStringList>
#include <QUrl>

namespace nv {

// An operator's OpenID Provider metadata (OpenID Connect Discovery 1.0 §3, RFC 8414), read
// strictly and within bounds: the document comes from a server the person only typed the
// address of, so it is hostile until proven otherwise. The console fills a profile's
// authorize, token and JWKS URLs from it, and nothing else is trusted.
struct DiscoveryDocument
{
    static constexpr qsizetype MaxBytes = 64 * 1024; // real documents are 1–5 KiB
    static constexpr qsizetype MaxUrlLength = 2048;  // each endpoint
    static constexpr qsizetype MaxListItems = 256;   // each *_supported list
    static constexpr qsizetype MaxItemLength = 256;  // each entry of a list

    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    // Informative, shown next to the profile; empty when the document omits them.
    QStringList scopesSupported;
    QStringList tokenEndpointAuthMethodsSupported;
    QStringList codeChallengeMethodsSupported;

    QString problem; // why the document was refused, in words; empty when it was accepted

    bool ok() const { return problem.isEmpty() && issuer.isValid(); }

    // expectedIssuer: the issuer the person typed. The document's issuer must be the same URL
    // (OpenID Connect Discovery §4.3), a trailing slash aside. issuer, authorization_endpoint,
    // token_endpoint and jwks_uri are required, and each must be an absolute http or https URL
    // with a host and no fragment.
    static DiscoveryDocument parse(const QByteArray &body, const QUrl &expectedIssuer);

    // Whether a typed issuer can be asked for its document at all; the problem in words, or
    // empty. (http is allowed for loopback operators such as nv-sandbox and for test rigs;
    // Profile::problems() warns about plain http elsewhere.)
    static QString checkIssuer(const QUrl &issuer);
    // The issuer's document: the issuer with /.well-known/openid-configuration appended to its
    // path (§4: an issuer with a path keeps it).
    static QUrl wellKnownUrl(const QUrl &issuer);
    // The same issuer, compared the way parse() compares it.
    static bool sameIssuer(const QUrl &a, const QUrl &b);
};

} // namespace nv
