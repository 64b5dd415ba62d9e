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

// Sources: CAMARA Number Verification v1.0.0 / v2.1.0 and the CAMARA commonalities.
const QHash<QString, Meaning> &meanings()
{
    static const QHash<QString, Meaning> table{
        {QStringLiteral("INVALID_ARGUMENT"),
         {"The request body was rejected: it is missing or empty, has an unknown property, has "
          "both or neither of phoneNumber and hashedPhoneNumber, the number is not in E.164 "
          "format (+, country code, 5 to 15 digits), or the correlator header is malformed.",
          "Send exactly one of phoneNumber or hashedPhoneNumber, with the number as +<country "
          "code><number>, e.g. +34666666666."}},
        {QStringLiteral("OUT_OF_RANGE"),
         {"A value in the request is outside the accepted range.", "Check the request values."}},
        {QStringLiteral("UNAUTHENTICATED"),
         {"The access token is missing, invalid, expired or was already used.",
          "Run the flow again to get a fresh token (authorize → token)."}},
        {QStringLiteral("AUTHENTICATION_REQUIRED"),
         {"The operator needs a new authentication for this request.",
          "Run the authorize step again."}},
        {QStringLiteral("PERMISSION_DENIED"),
         {"The token does not carry the number-verification:verify scope, or the client is not "
          "allowed to use this API.",
          "Add number-verification:verify to the profile's scope and run the flow again."}},
        {QStringLiteral("NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK"),
         {"The token was not obtained through network-based authentication: the authorize step "
          "did not travel over the SIM's mobile data (Wi-Fi, VPN, fixed line or some tethering "
          "hide the SIM from the operator).",
          "Run the authorize step on the device itself with Wi-Fi off and mobile data on, then "
          "verify again."}},
        {QStringLiteral("INVALID_TOKEN_CONTEXT"),
         {"The operator cannot derive a phone number from this token.",
          "Run the flow again over the SIM's mobile data."}},
        {QStringLiteral("NOT_FOUND"),
         {"The operator has no such resource: the verify URL is probably wrong.",
          "Check the profile's verify URL (with or without /api/, v1 or v2)."}},
        {QStringLiteral("TOO_MANY_REQUESTS"),
         {"The operator's rate limit was reached.",
          "Wait (see Retry-After when present) and try again."}},
        {QStringLiteral("QUOTA_EXCEEDED"),
         {"The client's quota with the operator is used up.",
          "Wait for the quota period to reset or ask the operator for more."}},
        {QStringLiteral("INTERNAL"),
         {"The operator failed internally.", "Try again later; quote the correlation id."}},
        {QStringLiteral("UNAVAILABLE"),
         {"The operator's service is unavailable.", "Try again later."}},
        {QStringLiteral("TIMEOUT"),
         {"The operator timed out while answering.", "Try again later."}},
        {QStringLiteral("METHOD_NOT_ALLOWED"),
         {"The endpoint does not accept this HTTP method.", "Verify is a POST."}},
        {QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
         {"The body's content type was refused.", "Send Content-Type: application/json."}},
    };
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

QString ApiError::explanation() const
{
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
    QString text =
        it != meanings().constEnd() ? QCoreApplication::translate("nv", it->advice) : QString();
    if (!retryAfter.isEmpty())
        text += QCoreApplication::translate("nv", " The operator asks to retry after %1 s.")
                    .arg(retryAfter);
    return text.trimmed();
}

} // namespace nv
