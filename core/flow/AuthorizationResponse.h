#pragma once

#include <QString>
#include <QUrl>

namespace nv {

// What came back on the redirect URI: a code, an OAuth error, or something to refuse.
struct AuthorizationResponse
{
    enum class Kind
    {
        NotRedirectUri, // the URL is not the registered redirect URI: keep navigating
        Code,
        Error,             // error= on the redirect (access_denied, login_required…)
        StateMismatch,     // possible CSRF or a stale tab: never accepted
        StateMissing,      // a code or an error without any state: never accepted
        InFragment,        // the answer came in the fragment (#code=…), not the query
        RepeatedParameter, // code, state or error more than once (RFC 6749 §3.1)
        Malformed,         // neither code nor error
    };

    Kind kind = Kind::NotRedirectUri;
    QUrl url;
    QString code;
    QString state;
    QString error;
    QString errorDescription;
    QString repeated; // the parameter that came more than once (RepeatedParameter)

    // Exact on scheme, host, port and path. Query and fragment are ignored: the operator adds
    // its own parameters. Prefixes, sub-domains, user-info tricks and other ports do not match.
    static bool matchesRedirectUri(const QUrl &candidate, const QUrl &redirectUri);
    static AuthorizationResponse parse(const QUrl &candidate, const QUrl &redirectUri,
                                       const QString &expectedState);
    // One line for a person: what happened and what to do about it.
    QString describe() const;
};

// Plain-words meaning of the RFC 6749 / OIDC error codes seen on authorize and token answers.
// The operator's error_description, when given, tells the causes of an access_denied apart.
QString explainOAuthError(const QString &error, const QString &description = {});

// Why an access_denied came back, as far as the operator's error_description says: the person
// refused on the operator's page, the operator could not authenticate the subscriber over the
// mobile network, or it did not say.
enum class AccessDeniedCause
{
    PersonRefused,
    NotAuthenticatedByNetwork,
    Unsaid
};
AccessDeniedCause accessDeniedCause(const QString &description);

} // namespace nv

#include <QMetaType>
Q_DECLARE_METATYPE(nv::AuthorizationResponse)
