#pragma once

#include "http/HttpExchange.h"

#include <QList>
#include <QString>

namespace nv {

// Opens a HAR or JSON Lines export (ours or a partner's) for reading in the log view: the
// exchanges are redacted (a partner's devtools HAR carries live tokens) and written to a
// separate SQLite file, so the imported log gets the same lazy list, filters and search as
// our own, and never mixes with it.
class LogImport
{
public:
    // The largest file read (parsing holds it in memory a few times over). Larger files,
    // devices, pipes and folders are refused with a sentence that says so.
    static constexpr qint64 MaxFileBytes = 128LL * 1024 * 1024;

    // Parses by content: a JSON document with log.entries is HAR, anything else JSON Lines.
    static QList<HttpExchange> readFile(const QString &path, QString *error,
                                        qint64 maxBytes = MaxFileBytes);
    // Returns the number of exchanges written to the database at targetPath, -1 on error.
    static qint64 toDatabase(const QString &sourcePath, const QString &targetPath, QString *error);
};

} // namespace nv
