#pragma once

#include <QLatin1String>

// The error codes of RFC 6749 (4.1.2.1, 5.2) and OpenID Connect Core (3.1.2.6) the sandbox
// answers with, spelled once.
namespace nv::oauth {

inline constexpr QLatin1String InvalidRequest{"invalid_request"};
inline constexpr QLatin1String InvalidClient{"invalid_client"};
inline constexpr QLatin1String InvalidGrant{"invalid_grant"};
inline constexpr QLatin1String InvalidScope{"invalid_scope"};
inline constexpr QLatin1String UnsupportedGrantType{"unsupported_grant_type"};
inline constexpr QLatin1String UnsupportedResponseType{"unsupported_response_type"};
inline constexpr QLatin1String AccessDenied{"access_denied"};
inline constexpr QLatin1String ServerError{"server_error"};

} // namespace nv::oauth
