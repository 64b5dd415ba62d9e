#pragma once

#include "http/HttpExchange.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace nv {

// Reads what JsonLinesExporter wrote. Blank lines are skipped; a line that is not a JSON
// object fails the whole read with its line number, rather than showing half a log.
class JsonLinesImporter
{
public:
    static QList<HttpExchange> read(const QByteArray &text, QString *error = nullptr);
    static HttpExchange fromJson(const QJsonObject &object);
};

} // namespace nv
