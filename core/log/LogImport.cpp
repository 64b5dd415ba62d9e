#include "LogImport.h"

#include "io/BoundedFile.h"
#include "log/HarImporter.h"
#include "log/JsonLinesImporter.h"
#include "log/Redactor.h"
#include "log/RequestLogStore.h"

namespace nv {

QList<HttpExchange> LogImport::readFile(const QString &path, QString *error, qint64 maxBytes)
{
    const std::optional<QByteArray> read = BoundedFile::readAll(path, maxBytes, error);
    if (!read)
        return {};
    const QByteArray &bytes = *read;
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
    QList<HttpExchange> exchanges = readFile(sourcePath, &readError);
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
    qint64 nextId = 0;
    for (HttpExchange &e : exchanges) {
        // The list orders by id: keep the file's order even when its ids are missing.
        e.id = std::max(e.id, nextId + 1);
        nextId = e.id;
        e = Redactor::redacted(e);
    }
    // Batches: one transaction per thousand rows, not per row.
    constexpr qsizetype Batch = 1000;
    qint64 written = 0;
    for (qsizetype first = 0; first < exchanges.size(); first += Batch) {
        const QList<qint64> ids = store.insert(exchanges.mid(first, Batch));
        if (!store.lastError().isEmpty()) {
            if (error)
                *error = store.lastError();
            return -1;
        }
        written += ids.size();
    }
    return written;
}

} // namespace nv
