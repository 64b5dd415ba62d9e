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
    // The call that was refused, set by whoever sent it: the scope that call needs and the
    // scope the token was granted (RFC 6749 5.1: the token response's scope, or the requested
    // one when the answer left it out). Empty when unknown; a PERMISSION_DENIED is then
    // explained without naming a scope.
    QString neededScope;
    QString grantedScope;

    // Records which call was refused and with which token scope (see neededScope).
    void setCall(const QString &scopeTheCallNeeds, const QString &scopeOfTheToken);
    // Whether the token carried the scope the call needs; nullopt when either is unknown.
    std::optional<bool> tokenHadNeededScope() const;

    // Parses a CAMARA error body; nullopt when the body is not one.
    static std::optional<ApiError> parse(int httpStatus, const QByteArray &body);

    QString explanation() const; // why the operator answered this
    QString advice() const;      // what the person can do next
};

} // namespace nv
