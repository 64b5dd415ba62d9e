#pragma once

#include "http/HttpExchange.h"

#include <QByteArray>
#include <QJsonObject>

class QIODevice;

namespace nv {

// Writes exchanges as JSON Lines: one complete JSON object per line, every field of the
// stored row, redacted again on the way out. Greppable, streamable, and read back by
// JsonLinesImporter without loss.
class JsonLinesExporter
{
public:
    explicit JsonLinesExporter(QIODevice *out);
    bool add(const HttpExchange &exchange);
    qint64 count() const { return m_count; }

    static QJsonObject toJson(const HttpExchange &redacted);
    static QByteArray line(const HttpExchange &exchange); // redacted, with the newline

private:
    QIODevice *m_out;
    qint64 m_count = 0;
};

} // namespace nv
