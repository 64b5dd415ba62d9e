#pragma once

#include <QString>
#include <optional>

namespace nv {

// A CAMARA error answer {status, code, message}, with what it means and what to do, in words.
struct ApiError
{
    int httpStatus = 0;
    int status = 0; // as written in the body
    QString code;
    QString message;
    QString retryAfter; // the Retry-After header of a 429/503, when present

    // Parses a CAMARA error body; nullopt when the body is not one.
    static std::optional<ApiError> parse(int httpStatus, const QByteArray &body);

    QString explanation() const; // why the operator answered this
    QString advice() const;      // what the person can do next
};

} // namespace nv
