#pragma once

#include <QString>
#include <QStringList>

// The sandbox's URL layout mirrors the production operator's, so that the console's built-in
// sandbox profile differs from a real one only in its host.
namespace nv::sandboxpaths {

inline QString authorize()
{
    return QStringLiteral("/camara/api/auth/v1/authorize");
}
inline QString networkLogin()
{
    return QStringLiteral("/camara/api/auth/v1/network-login");
}
// The consent page of the "consent" scenario: GET shows the form, POST answers it.
inline QString consent()
{
    return QStringLiteral("/camara/api/auth/v1/consent");
}
inline QString token()
{
    return QStringLiteral("/camara/api/auth/v1/token");
}
inline QString jwks()
{
    return QStringLiteral("/camara/api/auth/v1/jwks");
}
inline QString discovery()
{
    return QStringLiteral("/.well-known/openid-configuration");
}
// The operator's portal shows all three spellings; a console user may have copied any of them.
inline QStringList verify()
{
    return {QStringLiteral("/camara/api/number-verification/v1/verify"),
            QStringLiteral("/camara/number-verification/v1/verify"),
            QStringLiteral("/camara/number-verification/v2/verify")};
}
inline QStringList devicePhoneNumber()
{
    return {QStringLiteral("/camara/api/number-verification/v1/device-phone-number"),
            QStringLiteral("/camara/number-verification/v1/device-phone-number"),
            QStringLiteral("/camara/number-verification/v2/device-phone-number")};
}

// Test only (nv-sandbox --test-clock-endpoint): advances the sandbox clock.
inline QString testClock()
{
    return QStringLiteral("/nv-sandbox/test/clock");
}

} // namespace nv::sandboxpaths
