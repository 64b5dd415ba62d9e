#pragma once

#include "http/HttpExchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

class QIODevice;

namespace nv {

// Writes exchanges as an HTTP Archive (HAR 1.2), the format browser devtools and HAR viewers
// open. The correlation id, step, run id, profile and error travel in "_"-prefixed custom
// fields, which the specification reserves for exactly this.
//
// Entries are streamed to the device one by one, so exporting a million rows holds one row in
// memory. Every exchange is redacted again on the way out: redaction is idempotent, and an
// export is the thing most likely to leave the machine.
class HarExporter
{
public:
    explicit HarExporter(QIODevice *out);

    bool begin();
    bool add(const HttpExchange &exchange);
    bool finish();
    qint64 count() const { return m_count; }

    // One HAR entry for an exchange that is already redacted.
    static QJsonObject entry(const HttpExchange &redacted);
    // A whole HAR document in memory, for small selections and tests.
    static QByteArray document(const QList<HttpExchange> &exchanges);
    static QString statusText(int status);

private:
    QIODevice *m_out;
    qint64 m_count = 0;
    bool m_ok = true;
};

} // namespace nv
