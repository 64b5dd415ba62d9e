#include "VerifyApi.h"

#include "SandboxConfig.h"
#include "SandboxHttp.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace nv {

using namespace sandboxhttp;

namespace {
const QString PhoneNumberKey = QStringLiteral("phoneNumber");
const QString HashedPhoneNumberKey = QStringLiteral("hashedPhoneNumber");

QHttpServerResponse invalidArgument(const QString &message)
{
    return camaraError(Status::BadRequest, QStringLiteral("INVALID_ARGUMENT"), message);
}

QHttpServerResponse unauthenticated(const QByteArray &detail)
{
    QHttpServerResponse response = camaraError(
        Status::Unauthorized, QStringLiteral("UNAUTHENTICATED"),
        QStringLiteral(
            "Request not authenticated due to missing, invalid, or expired credentials."));
    // RFC 6750 3: tell a generic OAuth client what went wrong without a body parser.
    response.setHeader("WWW-Authenticate", "Bearer realm=\"nv-sandbox\"" + detail);
    return response;
}

QString shown(const QString &value)
{
    // Echo enough of a bad value to recognise it, never a whole 64 KiB body.
    return value.size() > 40 ? value.left(40) + QStringLiteral("…") : value;
}
} // namespace

VerifyApi::VerifyApi(const SandboxConfig &config, const GrantRegistry &registry)
    : m_config(config)
    , m_registry(registry)
{}

QString VerifyApi::verifyScope()
{
    return QStringLiteral("number-verification:verify");
}

QString VerifyApi::devicePhoneNumberScope()
{
    return QStringLiteral("number-verification:device-phone-number:read");
}

std::optional<QHttpServerResponse> VerifyApi::checkAccess(const QHttpServerRequest &request,
                                                          const QString &scope,
                                                          GrantRegistry::Grant *grant) const
{
    const QByteArray correlator = header(request, "x-correlator");
    if (!correlator.isEmpty() && !isValidCorrelator(correlator))
        return invalidArgument(QStringLiteral("x-correlator must match "
                                              "^[a-zA-Z0-9-_:;.\\/<>{}]{0,256}$"));
    const QByteArray correlationId = header(request, "x-correlation-id");
    if (!correlationId.isEmpty() && !isValidCorrelator(correlationId))
        return invalidArgument(QStringLiteral("x-correlation-id must match "
                                              "^[a-zA-Z0-9-_:;.\\/<>{}]{0,256}$"));

    const QByteArray authorization = header(request, "authorization");
    if (authorization.isEmpty())
        return unauthenticated(QByteArray());
    if (authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return unauthenticated(", error=\"invalid_request\"");
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    switch (m_registry.findAccessToken(token, grant)) {
    case GrantRegistry::Lookup::Valid:
        break;
    case GrantRegistry::Lookup::Expired:
        return unauthenticated(", error=\"invalid_token\", error_description=\"token expired\"");
    default:
        return unauthenticated(", error=\"invalid_token\"");
    }
    if (!grant->scopes.contains(scope)) {
        QHttpServerResponse response = camaraError(
            Status::Forbidden, QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("Client does not have sufficient permissions to perform this action."));
        response.setHeader("WWW-Authenticate", "Bearer realm=\"nv-sandbox\", "
                                               "error=\"insufficient_scope\", scope=\"" +
                                                   scope.toLatin1() + '"');
        return response;
    }
    return std::nullopt;
}

QHttpServerResponse VerifyApi::verify(const QHttpServerRequest &request)
{
    GrantRegistry::Grant grant;
    if (auto refused = checkAccess(request, verifyScope(), &grant))
        return std::move(*refused);

    const QByteArray body = request.body();
    if (body.trimmed().isEmpty())
        return invalidArgument(QStringLiteral("The request body is missing: send a JSON object "
                                              "with phoneNumber or hashedPhoneNumber."));
    const QByteArray type = mediaType(request);
    if (type != "application/json" && !type.endsWith("+json"))
        return camaraError(Status::UnsupportedMediaType, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"),
                           QStringLiteral("Content-Type must be application/json, not \"%1\".")
                               .arg(QString::fromLatin1(type)));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidArgument(QStringLiteral("The request body is not valid JSON: %1 at offset "
                                              "%2.")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    if (!document.isObject())
        return invalidArgument(QStringLiteral("The request body must be a JSON object."));
    const QJsonObject object = document.object();

    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() != PhoneNumberKey && it.key() != HashedPhoneNumberKey)
            return invalidArgument(QStringLiteral("Unknown property \"%1\": the body takes "
                                                  "exactly one of phoneNumber or "
                                                  "hashedPhoneNumber.")
                                       .arg(shown(it.key())));
    }
    const bool hasPlain = object.contains(PhoneNumberKey);
    const bool hasHashed = object.contains(HashedPhoneNumberKey);
    if (hasPlain && hasHashed)
        return invalidArgument(QStringLiteral("Send exactly one of phoneNumber or "
                                              "hashedPhoneNumber, not both."));
    if (!hasPlain && !hasHashed)
        return invalidArgument(QStringLiteral("One of phoneNumber or hashedPhoneNumber is "
                                              "required."));

    bool verified = false;
    if (hasPlain) {
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{4,14}$"));
        const QJsonValue value = object.value(PhoneNumberKey);
        if (!value.isString())
            return invalidArgument(QStringLiteral("phoneNumber must be a string."));
        const QString number = value.toString();
        if (!e164.match(number).hasMatch())
            return invalidArgument(
                QStringLiteral("phoneNumber \"%1\" is not in E.164 format: expected '+' then 5 "
                               "to 15 digits, the first not 0 (^\\+[1-9][0-9]{4,14}$), e.g. "
                               "+34666666666.")
                    .arg(shown(number)));
        verified = number == grant.msisdn;
    } else {
        static const QRegularExpression sha256Hex(QStringLiteral("^[a-fA-F0-9]{64}$"));
        const QJsonValue value = object.value(HashedPhoneNumberKey);
        if (!value.isString() || !sha256Hex.match(value.toString()).hasMatch())
            return invalidArgument(QStringLiteral("hashedPhoneNumber must be the SHA-256 of the "
                                                  "E.164 number (with its '+') as 64 hex "
                                                  "characters."));
        const QByteArray expected =
            QCryptographicHash::hash(grant.msisdn.toUtf8(), QCryptographicHash::Sha256).toHex();
        verified = value.toString().toLatin1().toLower() == expected;
    }
    return json(QJsonObject{
        {QStringLiteral("devicePhoneNumberVerified"), verified},
        {QStringLiteral("assessedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    });
}

QHttpServerResponse VerifyApi::devicePhoneNumber(const QHttpServerRequest &request)
{
    GrantRegistry::Grant grant;
    if (auto refused = checkAccess(request, devicePhoneNumberScope(), &grant))
        return std::move(*refused);
    return json(QJsonObject{{QStringLiteral("devicePhoneNumber"), grant.msisdn}});
}

} // namespace nv
