#include "AuthorizationResponse.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrlQuery>

namespace nv {

bool AuthorizationResponse::matchesRedirectUri(const QUrl &candidate, const QUrl &redirectUri)
{
    if (!candidate.isValid() || !redirectUri.isValid())
        return false;
    // QUrl already lower-cases scheme and host; ports compare with the scheme's default.
    const int defaultPort = candidate.scheme() == QLatin1String("http") ? 80 : 443;
    return candidate.scheme() == redirectUri.scheme() && candidate.host() == redirectUri.host() &&
           candidate.port(defaultPort) == redirectUri.port(defaultPort) &&
           candidate.path(QUrl::FullyEncoded) == redirectUri.path(QUrl::FullyEncoded) &&
           candidate.userInfo().isEmpty() == redirectUri.userInfo().isEmpty();
}

namespace {
// The parameters an authorization response is made of. Each may come at most once: with two
// codes or two states, which one a server or a proxy acts on is anybody's guess.
constexpr const char *ResponseParameters[] = {"code", "state", "error", "error_description"};

QString repeatedParameter(const QUrlQuery &query)
{
    for (const char *name : ResponseParameters) {
        if (query.allQueryItemValues(QLatin1String(name)).size() > 1)
            return QLatin1String(name);
    }
    return QString();
}

bool carriesAResponse(const QUrlQuery &query)
{
    return query.hasQueryItem(QStringLiteral("code")) ||
           query.hasQueryItem(QStringLiteral("error")) ||
           query.hasQueryItem(QStringLiteral("state"));
}

AuthorizationResponse::Kind kindOf(const AuthorizationResponse &response, bool hasState,
                                   const QString &expectedState)
{
    using Kind = AuthorizationResponse::Kind;
    if (response.code.isEmpty() && response.error.isEmpty())
        return Kind::Malformed;
    if (!hasState)
        return Kind::StateMissing;
    if (response.state != expectedState)
        return Kind::StateMismatch;
    return response.error.isEmpty() ? Kind::Code : Kind::Error;
}
} // namespace

AuthorizationResponse AuthorizationResponse::parse(const QUrl &candidate, const QUrl &redirectUri,
                                                   const QString &expectedState)
{
    AuthorizationResponse response;
    response.url = candidate;
    if (!matchesRedirectUri(candidate, redirectUri))
        return response;

    const QUrlQuery query(candidate);
    // response_mode=fragment (or an implicit-flow server) puts the answer after '#'. The
    // code flow answers in the query; say so rather than calling it a missing code.
    if (!carriesAResponse(query) && candidate.hasFragment() &&
        carriesAResponse(QUrlQuery(candidate.fragment(QUrl::FullyEncoded)))) {
        response.kind = Kind::InFragment;
        return response;
    }
    response.repeated = repeatedParameter(query);
    if (!response.repeated.isEmpty()) {
        response.kind = Kind::RepeatedParameter;
        return response;
    }
    const auto value = [&query](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    response.code = value("code");
    response.state = value("state");
    response.error = value("error");
    response.errorDescription = value("error_description");
    response.kind = kindOf(response, query.hasQueryItem(QStringLiteral("state")), expectedState);
    return response;
}

QString AuthorizationResponse::describe() const
{
    switch (kind) {
    case Kind::Code:
        return QCoreApplication::translate("nv", "The operator returned an authorization code.");
    case Kind::Error: {
        QString text = QCoreApplication::translate("nv", "The operator refused: %1").arg(error);
        if (!errorDescription.isEmpty())
            text += QStringLiteral(" (%1)").arg(errorDescription);
        return text + QStringLiteral(". ") + explainOAuthError(error, errorDescription);
    }
    case Kind::StateMismatch:
        return QCoreApplication::translate(
            "nv", "The redirect carried a different state than this run sent, so it was refused: "
                  "it may belong to another run or be forged.");
    case Kind::StateMissing:
        return QCoreApplication::translate(
            "nv", "The redirect carried no state at all, so it was refused: this run sent one "
                  "and the operator must return it unchanged (RFC 6749 §4.1.2).");
    case Kind::InFragment:
        return QCoreApplication::translate(
            "nv", "The operator put its answer in the redirect's fragment (#…) instead of the "
                  "query, so it was refused: the code flow answers in the query (check the "
                  "operator's response_mode).");
    case Kind::RepeatedParameter:
        return QCoreApplication::translate(
                   "nv", "The redirect carried \"%1\" more than once, so it was refused: each "
                         "response parameter may appear only once (RFC 6749 §3.1).")
            .arg(repeated);
    case Kind::Malformed:
        return QCoreApplication::translate(
            "nv", "The redirect reached the redirect URI without a code or an error.");
    case Kind::NotRedirectUri:
        break;
    }
    return QCoreApplication::translate("nv", "Not the redirect URI.");
}

AccessDeniedCause accessDeniedCause(const QString &description)
{
    // Operators word it freely ("the user refused consent", "End-user denied the request",
    // "consent declined", "not on mobile network"): a refusal names the person or the consent
    // and a verb of refusing; a network failure names the network.
    static const QRegularExpression refused(
        QStringLiteral("\\b(user|end-user|person|subscriber|customer|resource owner|consent)\\b"
                       ".*\\b(refus|deni|declin|reject|cancel)|\\b(refus|deni|declin|reject|"
                       "cancel)\\w*\\b.*\\b(by the user|consent|by the person)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression network(
        QStringLiteral("mobile|cellular|wi-?fi|network|\\bsim\\b|\\bip\\b|carrier"),
        QRegularExpression::CaseInsensitiveOption);
    if (description.contains(network))
        return AccessDeniedCause::NotAuthenticatedByNetwork;
    if (description.contains(refused))
        return AccessDeniedCause::PersonRefused;
    return AccessDeniedCause::Unsaid;
}

namespace {
QString explainAccessDenied(const QString &description)
{
    switch (accessDeniedCause(description)) {
    case AccessDeniedCause::PersonRefused:
        return QCoreApplication::translate(
            "nv", "The person refused on the operator's page (for example Deny on the consent "
                  "page); nothing is wrong with the network or the profile. Run the flow again "
                  "and allow it to continue.");
    case AccessDeniedCause::NotAuthenticatedByNetwork:
        return QCoreApplication::translate(
            "nv", "The operator could not authenticate the subscriber by the network: for "
                  "network-based authentication the request must travel over the SIM's mobile "
                  "data, not Wi-Fi, a VPN or a fixed line.");
    case AccessDeniedCause::Unsaid:
        break;
    }
    return QCoreApplication::translate(
        "nv", "The operator refused the authorization without saying why: either the person "
              "refused on the operator's page, or the operator could not authenticate the "
              "subscriber (network-based authentication needs the SIM's mobile data, not "
              "Wi-Fi).");
}
} // namespace

QString explainOAuthError(const QString &error, const QString &description)
{
    if (error == QLatin1String("access_denied"))
        return explainAccessDenied(description);
    static const QHash<QString, const char *> explanations{
        {QStringLiteral("invalid_request"),
         "A required parameter is missing or malformed; check the authorize URL."},
        {QStringLiteral("unauthorized_client"),
         "This client is not allowed to use this flow; check its registration."},
        {QStringLiteral("unsupported_response_type"),
         "The operator only accepts response_type=code."},
        {QStringLiteral("invalid_scope"),
         "A scope was not recognised or not granted to this client; check the profile's scope."},
        {QStringLiteral("consent_required"),
         "The subscriber must consent first; run without prompt=none to show the consent page."},
        {QStringLiteral("login_required"),
         "The operator needs a login it cannot do silently (prompt=none)."},
        {QStringLiteral("interaction_required"),
         "The operator needs the person to interact; prompt=none forbids that."},
        {QStringLiteral("server_error"), "The operator failed internally; try again later."},
        {QStringLiteral("temporarily_unavailable"),
         "The operator is overloaded or in maintenance; try again later."},
        {QStringLiteral("invalid_grant"),
         "The code is unknown, expired or already used, or the redirect URI or PKCE verifier does "
         "not match the authorize request. Run the authorize step again."},
        {QStringLiteral("invalid_client"),
         "The client id or secret was not accepted; check the profile's credentials and the token "
         "authentication method."},
        {QStringLiteral("unsupported_grant_type"),
         "The token endpoint does not support this grant."},
    };
    const auto it = explanations.constFind(error);
    return it == explanations.constEnd()
               ? QCoreApplication::translate("nv", "This error code is not a standard one.")
               : QCoreApplication::translate("nv", it.value());
}

} // namespace nv
