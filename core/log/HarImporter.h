#pragma once

#include "http/HttpExchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace nv {

// Reads a HAR file (ours, or one saved from browser devtools) back into exchanges, so a
// partner's log can be read in the same viewer. Our "_"-prefixed fields restore the
// correlation id, step and run; a foreign HAR gets its correlation id from an x-correlator
// style request header when there is one.
class HarImporter
{
public:
    // Empty list and *error set when the text is not a HAR document.
    static QList<HttpExchange> read(const QByteArray &har, QString *error = nullptr);
    static HttpExchange fromEntry(const QJsonObject &entry);
    // Heuristic used for foreign files: the first correlation-style request header.
    static QString correlationFromHeaders(const HttpHeaders &headers);
};

} // namespace nv
