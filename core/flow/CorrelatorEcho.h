#pragma once

#include "http/HttpExchange.h"

#include <QJsonObject>
#include <QString>

namespace nv {

// Whether an answer carried back the correlation id its request sent. CAMARA: a request's
// x-correlator must be echoed on the response, errors included. The console compares on every
// answer to a request that carried the profile's correlation header (token, verify,
// device-phone-number): an operator that drops or rewrites it breaks the partner's tracing,
// which is worth showing even when the call itself succeeded.
struct CorrelatorEcho
{
    enum class Kind
    {
        NotSent,   // the request carried no correlation header: nothing to compare
        NoAnswer,  // the request got no HTTP answer (network, TLS, timeout)
        Echoed,    // the same value came back
        Missing,   // the answer has no header of that name
        Different, // the answer has the header with another value
    };

    Kind kind = Kind::NotSent;
    QString header;   // the header name as the profile spells it
    QString sent;     // the value the request carried
    QString received; // the value the answer carried (at most 256 characters kept)

    // Compares the exchange's answer with what its request sent under headerName (any case).
    static CorrelatorEcho compare(const HttpExchange &exchange, const QString &headerName);

    bool isProblem() const { return kind == Kind::Missing || kind == Kind::Different; }
    // "echoed", "missing", "different", "not-sent", "no-answer": --json and the log.
    QString kindName() const;
    // In words, e.g. "The operator did not echo x-correlator (sent demo-1)."; empty for NotSent.
    QString describe() const;
    QJsonObject toJson() const;

    bool operator==(const CorrelatorEcho &other) const = default;
};

} // namespace nv

#include <QMetaType>
Q_DECLARE_METATYPE(nv::CorrelatorEcho)
