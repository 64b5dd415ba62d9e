#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace nv {

namespace {
struct Meaning
{
    const char *explanation;
    const char *advice;
};

struct CodeMeaning
{
    const char *code;
    Meaning meaning;
};

// Sources: CAMARA Number Verification v1.0.0 / v2.1.0 and the CAMARA commonalities. Every code
// the API may answer with has its meaning (the explanation) and what the person at the console
// can do about it (the advice); an unknown code falls back to its HTTP status.
const CodeMeaning CodeMeanings[] = {
    {"INVALID_ARGUMENT",
     {"The request body was rejected: it is missing or empty, has an unknown property, has "
      "both or neither of phoneNumber and hashedPhoneNumber, the number is not in E.164 "
      "format (+, country code, 5 to 15 digits), or the correlator header is malformed.",
      "Send exactly one of phoneNumber or hashedPhoneNumber, with the number as +<country "
      "code><number>, e.g. +34666666666."}},
    {"OUT_OF_RANGE",
     {"A value in the request is well-formed but outside what the operator accepts (for "
      "example a number from a country or range it does not serve).",
      "Check the number and the other request values against the operator's documentation; "
      "the message says which value it refused."}},
    {"UNAUTHENTICATED",
     {"The access token is missing, invalid, expired or was already used.",
      "Run the flow again to get a fresh token (authorize → token)."}},
    {"AUTHENTICATION_REQUIRED",
     {"The operator wants a new authentication of the subscriber before it answers (a "
      "CAMARA v1.0.0 code): the token's authentication is too old or not strong enough.",
      "Run the whole flow again from the authorize step, over the SIM's mobile data, and "
      "verify with the new token."}},
    // PERMISSION_DENIED: explained per call (explainPermissionDenied), not by this table.
    {"NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK",
     {"The token was not obtained through network-based authentication: the authorize step "
      "did not travel over the SIM's mobile data (Wi-Fi, VPN, fixed line or some tethering "
      "hide the SIM from the operator).",
      "Run the authorize step on the device itself with Wi-Fi off and mobile data on, then "
      "verify again."}},
    {"INVALID_TOKEN_CONTEXT",
     {"The operator cannot tell which phone number the token belongs to (a CAMARA v1.0.0 "
      "code): the authorize step did not identify a subscription, for example because it "
      "did not come over a mobile network the operator serves.",
      "Run the flow again from the authorize step on the device, over the SIM's mobile "
      "data; a token from another flow or operator cannot be used here."}},
    {"NOT_FOUND",
     {"The operator has no such resource: the verify URL is probably wrong.",
      "Check the profile's verify URL (with or without /api/, v1 or v2)."}},
    {"TOO_MANY_REQUESTS",
     {"The operator's rate limit for this client was reached: too many calls in a short "
      "time.",
      "Wait before the next call (the operator's Retry-After, when it sends one, says how "
      "long) and try again; slow down scripts that loop."}},
    {"QUOTA_EXCEEDED",
     {"The client's quota with the operator is used up for the current period.",
      "Wait for the quota period to reset, or ask the operator (its partner portal) for a "
      "larger quota."}},
    {"INTERNAL",
     {"The operator failed internally (HTTP 500): the request may have been fine.",
      "Try again later; if it keeps failing, report it to the operator with the correlation "
      "id of this run."}},
    {"UNAVAILABLE",
     {"The operator's service is unavailable for now (HTTP 503: overloaded or in "
      "maintenance).",
      "Try again later (after the Retry-After, when the operator sends one); report it with "
      "the correlation id if it lasts."}},
    {"TIMEOUT",
     {"The operator's own back end did not answer it in time (HTTP 504); the request "
      "itself may have been fine.",
      "Try again; if it keeps happening, report it to the operator with the correlation id "
      "of this run."}},
    {"METHOD_NOT_ALLOWED",
     {"The endpoint does not accept this HTTP method.",
      "Verify is a POST: check that the profile's verify URL is the verify endpoint."}},
    {"NOT_ACCEPTABLE",
     {"The operator cannot answer in a format the request accepts.",
      "Accept application/json, the format of the Number Verification API."}},
    {"UNSUPPORTED_MEDIA_TYPE",
     {"The body's content type was refused.", "Send Content-Type: application/json."}},
    {"PAYLOAD_TOO_LARGE",
     {"The request body is larger than the operator accepts.",
      "Send only the number: {\"phoneNumber\": \"+…\"} or {\"hashedPhoneNumber\": \"…\"}."}},
    {"URI_TOO_LONG",
     {"The request URL is longer than the operator accepts.",
      "Check the profile's URLs for stray parameters."}},
    {"REQUEST_HEADER_FIELDS_TOO_LARGE",
     {"The request headers are too large or too many for the operator.",
      "Check the correlation header and any extra headers for oversized values."}},
    {"NOT_IMPLEMENTED",
     {"The operator does not offer this API or this version of it (HTTP 501).",
      "Check the verify URL's version (v1 or v2) and whether the operator has enabled the "
      "API for this client."}},
    {"BAD_GATEWAY",
     {"A gateway in front of the operator's API got no valid answer from it (HTTP 502).",
      "Try again later; report it with the correlation id if it lasts."}},
};

const QHash<QString, Meaning> &meanings()
{
    static const QHash<QString, Meaning> table = [] {
        QHash<QString, Meaning> byCode;
        for (const CodeMeaning &entry : CodeMeanings)
            byCode.insert(QLatin1String(entry.code), entry.meaning);
        return byCode;
    }();
    return table;
}
} // namespace

std::optional<ApiError> ApiError::parse(int httpStatus, const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    const QJsonValue code = o.value(QLatin1String("code"));
    if (!code.isString())
        return std::nullopt;
    ApiError error;
    error.httpStatus = httpStatus;
    error.status = o.value(QLatin1String("status")).toInt(httpStatus);
    error.code = code.toString();
    error.message = o.value(QLatin1String("message")).toString();
    return error;
}

void ApiError::setCall(const QString &scopeTheCallNeeds, const QString &scopeOfTheToken)
{
    neededScope = scopeTheCallNeeds;
    grantedScope = scopeOfTheToken.simplified();
}

std::optional<bool> ApiError::tokenHadNeededScope() const
{
    if (neededScope.isEmpty() || grantedScope.isEmpty())
        return std::nullopt;
    return grantedScope.split(QLatin1Char(' ')).contains(neededScope);
}

namespace {
// PERMISSION_DENIED depends on the call: each endpoint needs its own scope, and whether the
// token had it decides between "ask for the scope" and "the operator does not allow it".
QString explainPermissionDenied(const ApiError &error)
{
    const std::optional<bool> had = error.tokenHadNeededScope();
    if (!had)
        return QCoreApplication::translate(
                   "nv", "The operator refused this call: the token lacks the scope it needs "
                         "(%1), or the client is not allowed to use it.")
            .arg(error.neededScope.isEmpty() ? QCoreApplication::translate("nv", "unknown")
                                             : error.neededScope);
    if (*had)
        return QCoreApplication::translate(
                   "nv", "The operator refused this call although the token carries the scope "
                         "it needs (%1): the client is not allowed to use it, or the subscriber "
                         "did not consent to it.")
            .arg(error.neededScope);
    return QCoreApplication::translate("nv", "This call needs the scope %1, and the token does "
                                             "not carry it (the token's scope: %2).")
        .arg(error.neededScope, error.grantedScope);
}

QString advisePermissionDenied(const ApiError &error)
{
    const std::optional<bool> had = error.tokenHadNeededScope();
    if (had && *had)
        return QCoreApplication::translate(
            "nv", "Ask the operator (its partner portal) to enable this API for the client, "
                  "then run the flow again.");
    return QCoreApplication::translate("nv", "Add %1 to the profile's scope and run the flow "
                                             "again (the operator must also allow it for the "
                                             "client).")
        .arg(error.neededScope.isEmpty() ? QStringLiteral("the scope") : error.neededScope);
}
} // namespace

QString ApiError::explanation() const
{
    if (code == QLatin1String("PERMISSION_DENIED"))
        return explainPermissionDenied(*this);
    const auto it = meanings().constFind(code);
    if (it != meanings().constEnd())
        return QCoreApplication::translate("nv", it->explanation);
    if (httpStatus >= 500)
        return QCoreApplication::translate("nv", "The operator failed (HTTP %1).").arg(httpStatus);
    return QCoreApplication::translate("nv", "The operator refused the request with %1 (HTTP %2).")
        .arg(code)
        .arg(httpStatus);
}

QString ApiError::advice() const
{
    const auto it = meanings().constFind(code);
    QString text = code == QLatin1String("PERMISSION_DENIED") ? advisePermissionDenied(*this)
                   : it != meanings().constEnd() ? QCoreApplication::translate("nv", it->advice)
                                                 : QString();
    if (!retryAfter.isEmpty())
        text += QCoreApplication::translate("nv", " The operator asks to retry after %1 s.")
                    .arg(retryAfter);
    return text.trimmed();
}

} // namespace nv
