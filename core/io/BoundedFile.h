#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace nv {

// Reads a whole file that a person chose (an import, a profile, a key, a saved session) without
// trusting it: only a regular file, and at most maxBytes of it. A FIFO, a device such as
// /dev/zero or /dev/urandom, a socket or a folder is refused with a sentence that says so,
// instead of blocking for ever or reading until memory runs out.
class BoundedFile
{
public:
    // The file's bytes, or nothing with *error set: not found, not readable, not a regular
    // file, or larger than maxBytes (checked before reading and again while reading, since a
    // file can grow meanwhile).
    static std::optional<QByteArray> readAll(const QString &path, qint64 maxBytes,
                                             QString *error = nullptr);

    // "12.5 MB", "800 bytes": sizes as the error messages give them.
    static QString describeSize(qint64 bytes);
};

} // namespace nv
