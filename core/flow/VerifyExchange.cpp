#include "VerifyExchange.h"

#include "phone/PhoneNumberCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace nv {

HttpRequest buildVerifyRequest(const VerifyRequestInput &input)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = input.verifyUrl;
    request.setHeader("Content-Type", "application/json");
    request.setHeader("Accept", "application/json");
    request.setHeader("Authorization", "Bearer " + input.accessToken.toUtf8());
    if (!input.correlationHeader.isEmpty() && !input.correlationId.isEmpty())
        request.setHeader(input.correlationHeader.toLatin1(), input.correlationId.toUtf8());
    const QJsonObject body = input.hashed
                                 ? QJsonObject{{QStringLiteral("hashedPhoneNumber"),
                                                PhoneNumberCheck::sha256Hex(input.phoneNumber)}}
                                 : QJsonObject{{QStringLiteral("phoneNumber"), input.phoneNumber}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

VerifyResponse VerifyResponse::parse(int httpStatus, const QByteArray &body)
{
    VerifyResponse response;
    response.httpStatus = httpStatus;
    if (httpStatus != 200) {
        response.error = ApiError::parse(httpStatus, body);
        if (response.error) {
            response.error->neededScope = QString::fromLatin1(VerifyScope);
            response.kind = Kind::ApiError;
        } else {
            response.problem =
                QCoreApplication::translate(
                    "nv", "HTTP %1 without a CAMARA error body {status, code, message}.")
                    .arg(httpStatus);
        }
        return response;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        response.problem = QCoreApplication::translate("nv", "The body is not a JSON object (%1).")
                               .arg(parseError.error == QJsonParseError::NoError
                                        ? QCoreApplication::translate("nv", "wrong JSON type")
                                        : parseError.errorString());
        return response;
    }
    const QJsonObject o = document.object();
    const QJsonValue verified = o.value(QLatin1String("devicePhoneNumberVerified"));
    if (!verified.isBool()) {
        response.problem = QCoreApplication::translate(
            "nv", "devicePhoneNumberVerified is missing or not a boolean.");
        return response;
    }
    const QJsonValue assessed = o.value(QLatin1String("assessedAt"));
    if (assessed.isString()) {
        const QDateTime when = QDateTime::fromString(assessed.toString(), Qt::ISODateWithMs);
        if (!when.isValid()) {
            response.problem =
                QCoreApplication::translate("nv", "assessedAt \"%1\" is not an RFC 3339 date-time.")
                    .arg(assessed.toString().left(64));
            return response;
        }
        response.assessedAt = when;
    } else if (!assessed.isUndefined() && !assessed.isNull()) {
        response.problem = QCoreApplication::translate("nv", "assessedAt is not a string.");
        return response;
    }
    response.kind = verified.toBool() ? Kind::Verified : Kind::NotVerified;
    return response;
}

QString VerifyResponse::describe() const
{
    switch (kind) {
    case Kind::Verified:
        return QCoreApplication::translate("nv", "The number belongs to the SIM in the device.");
    case Kind::NotVerified:
        return QCoreApplication::translate("nv",
                                           "The number does not belong to the SIM in the device.");
    case Kind::ApiError:
        return QStringLiteral("%1 %2: %3")
            .arg(error->httpStatus)
            .arg(error->code, error->explanation());
    case Kind::Unreadable:
        break;
    }
    return QCoreApplication::translate("nv", "The verify answer could not be read: %1")
        .arg(problem);
}

} // namespace nv
