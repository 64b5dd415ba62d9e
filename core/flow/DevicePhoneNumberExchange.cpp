#include "DevicePhoneNumberExchange.h"

#include "phone/PhoneNumberCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace nv {

QUrl devicePhoneNumberUrl(const QUrl &verifyUrl)
{
    QUrl url = verifyUrl;
    QString path = url.path();
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    path = (slash >= 0 ? path.left(slash + 1) : QStringLiteral("/")) +
           QStringLiteral("device-phone-number");
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

HttpRequest buildDevicePhoneNumberRequest(const DevicePhoneNumberRequestInput &input)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = devicePhoneNumberUrl(input.verifyUrl);
    request.setHeader("Accept", "application/json");
    request.setHeader("Authorization", "Bearer " + input.accessToken.toUtf8());
    if (!input.correlationHeader.isEmpty() && !input.correlationId.isEmpty())
        request.setHeader(input.correlationHeader.toLatin1(), input.correlationId.toUtf8());
    return request;
}

DevicePhoneNumberResponse DevicePhoneNumberResponse::parse(int httpStatus, const QByteArray &body)
{
    DevicePhoneNumberResponse response;
    response.httpStatus = httpStatus;
    if (httpStatus != 200) {
        response.error = ApiError::parse(httpStatus, body);
        if (response.error) {
            response.error->neededScope = QString::fromLatin1(DevicePhoneNumberScope);
            response.kind = Kind::ApiError;
        } else {
            response.problem =
                QCoreApplication::translate(
                    "nv", "HTTP %1 without a CAMARA error body {status, code, message}.")
                    .arg(httpStatus);
        }
        return response;
    }
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        response.problem = QCoreApplication::translate("nv", "The body is not a JSON object.");
        return response;
    }
    const QJsonValue number = document.object().value(QLatin1String("devicePhoneNumber"));
    if (!number.isString()) {
        response.problem =
            QCoreApplication::translate("nv", "devicePhoneNumber is missing or not a string.");
        return response;
    }
    if (!PhoneNumberCheck::check(number.toString()).isE164) {
        response.problem =
            QCoreApplication::translate("nv", "devicePhoneNumber \"%1\" is not an E.164 number.")
                .arg(number.toString().left(32));
        return response;
    }
    response.devicePhoneNumber = number.toString();
    response.kind = Kind::Number;
    return response;
}

QString DevicePhoneNumberResponse::describe() const
{
    switch (kind) {
    case Kind::Number:
        return QCoreApplication::translate("nv", "The device's number is %1.")
            .arg(devicePhoneNumber);
    case Kind::ApiError:
        return QStringLiteral("%1 %2: %3").arg(httpStatus).arg(error->code, error->message);
    case Kind::Unreadable:
        break;
    }
    return problem;
}

} // namespace nv
