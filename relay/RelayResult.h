#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace nv {

// What came back on the callback for one sign-in: a code, or an OAuth error. Held in memory
// only, handed to the console once, then forgotten.
struct RelayResult
{
    QString state;
    QString code;
    QString error;
    QString errorDescription;
    QString issuer; // RFC 9207 "iss", when the operator sends it
    QDateTime receivedAt;

    bool isError() const { return !error.isEmpty(); }
    // {"state", "code" | "error" [+ "error_description"], ["iss"], "received_at"}
    QJsonObject toJson() const;
};

} // namespace nv
