#pragma once

#include "DemoSession.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace nv {

// Reads and writes .nvsession files. A read takes the whole file (bounded: BoundedFile),
// parses it and validates it (DemoSession::fromJson) before returning anything; a damaged,
// older, newer or oversized file is refused with a sentence. A write is atomic (QSaveFile).
class DemoSessionFile
{
public:
    static constexpr qint64 MaxBytes = 1024 * 1024;
    static QString suffix();   // "nvsession"
    static QString mimeType(); // "application/x-nvsession"

    static std::optional<DemoSession> read(const QString &path, QString *error,
                                           const QStringList &knownScenarios = {});
    static bool write(const QString &path, const DemoSession &session, QString *error);
};

} // namespace nv
