#pragma once

#include <QString>
#include <QUrl>

namespace nv {

// The parameters the operator put on the redirect, however they reached the console (the relay,
// or pasted back by the person). The run parses the URL made from them exactly like a redirect
// it caught itself, so the cross-device mode has no second code path for checking state or
// reading errors.
struct RedirectResult
{
    QString code;
    QString state;
    QString error;
    QString errorDescription;
    QString issuer; // RFC 9207 "iss", when present

    bool isError() const { return !error.isEmpty(); }
    // redirectUri with these parameters appended to its query, each value percent-encoded, so
    // that AuthorizationResponse::parse() reads back exactly these values.
    QUrl toRedirectUrl(const QUrl &redirectUri) const;
};

} // namespace nv
