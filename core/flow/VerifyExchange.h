#pragma once

#include "ApiError.h"
#include "CorrelatorEcho.h"
#include "http/HttpRequest.h"

#include <QDateTime>
#include <optional>

namespace nv {

// The scope a token needs for POST …/verify.
inline constexpr char VerifyScope[] = "number-verification:verify";

struct VerifyRequestInput
{
    QUrl verifyUrl;
    QString accessToken;
    QString phoneNumber; // sent as phoneNumber unless hashed
    bool hashed = false; // send hashedPhoneNumber = SHA-256 hex of phoneNumber
    QString correlationHeader;
    QString correlationId;
};

HttpRequest buildVerifyRequest(const VerifyRequestInput &input);

// The verify answer, read strictly: devicePhoneNumberVerified must be a boolean and assessedAt
// null, absent or an RFC 3339 date-time. Anything else is an error result with the reason.
struct VerifyResponse
{
    enum class Kind
    {
        Verified,
        NotVerified,
        ApiError,
        Unreadable
    };

    Kind kind = Kind::Unreadable;
    int httpStatus = 0;
    std::optional<QDateTime> assessedAt;
    std::optional<nv::ApiError> error;
    QString problem; // for Unreadable, in words
    // Whether the answer echoed the request's correlation id (set by FlowRun, which sent it).
    CorrelatorEcho correlatorEcho;

    static VerifyResponse parse(int httpStatus, const QByteArray &body);
    QString describe() const;
};

} // namespace nv

#include <QMetaType>
Q_DECLARE_METATYPE(nv::VerifyResponse)
