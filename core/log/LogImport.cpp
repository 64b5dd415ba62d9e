#include "LogImport.h"

#include "log/HarImporter.h"
#include "log/JsonLinesImporter.h"
#include "log/Redactor.h"
#include "log/RequestLogStore.h"

#include <QFile>

namespace nv {

QList<HttpExchange> LogImport::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    const QByteArray bytes = file.readAll();
    QString harError;
    QList<HttpExchange> exchanges = HarImporter::read(bytes, &harError);
    if (exchanges.isEmpty() && bytes.trimmed().startsWith('{') && bytes.contains("\"log\"")) {
        if (error)
            *error = harError;
        return {};
    }
    if (exchanges.isEmpty())
        exchanges = JsonLinesImporter::read(bytes, error);
    return exchanges;
}

qint64 LogImport::toDatabase(const QString &sourcePath, const QString &targetPath, QString *error)
{
    QString readError;
    const QList<HttpExchange> exchanges = readFile(sourcePath, &readError);
    if (exchanges.isEmpty() && !readError.isEmpty()) {
        if (error)
            *error = readError;
        return -1;
    }
    RequestLogStore store;
    if (!store.open(targetPath)) {
        if (error)
            *error = store.lastError();
        return -1;
    }
    qint64 written = 0;
    qint64 nextId = 0;
    for (HttpExchange e : exchanges) {
        // The list orders by id: keep the file's order even when its ids are missing.
        e.id = std::max(e.id, nextId + 1);
        nextId = e.id;
        if (store.insert(Redactor::redacted(e)) > 0)
            ++written;
    }
    return written;
}

} // namespace nv
