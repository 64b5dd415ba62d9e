#pragma once

#include "ApiError.h"
#include "CorrelatorEcho.h"
#include "http/HttpRequest.h"

#include <optional>

namespace nv {

// The scope a token needs for GET …/device-phone-number.
inline constexpr char DevicePhoneNumberScope[] = "number-verification:device-phone-number:read";

// GET <verify URL's base>/device-phone-number: the operator says which number the device's SIM
// has, instead of confirming one. Needs the scope number-verification:device-phone-number:read.
struct DevicePhoneNumberRequestInput
{
    QUrl verifyUrl; // the endpoint is its sibling under the same API prefix
    QString accessToken;
    QString correlationHeader;
    QString correlationId;
};

// The verify URL with its last path segment replaced by "device-phone-number".
QUrl devicePhoneNumberUrl(const QUrl &verifyUrl);
HttpRequest buildDevicePhoneNumberRequest(const DevicePhoneNumberRequestInput &input);

// The answer, read strictly: 200 with {"devicePhoneNumber": "+<E.164>"}, or a CAMARA error.
struct DevicePhoneNumberResponse
{
    enum class Kind
    {
        Number,
        ApiError,
        Unreadable
    };

    Kind kind = Kind::Unreadable;
    int httpStatus = 0;
    QString devicePhoneNumber;
    std::optional<nv::ApiError> error;
    QString problem; // for Unreadable, in words
    // Whether the answer echoed the request's correlation id (set by FlowRun, which sent it).
    CorrelatorEcho correlatorEcho;

    static DevicePhoneNumberResponse parse(int httpStatus, const QByteArray &body);
    QString describe() const;
};

} // namespace nv

#include <QMetaType>
Q_DECLARE_METATYPE(nv::DevicePhoneNumberResponse)
