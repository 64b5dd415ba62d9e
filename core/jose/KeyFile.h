#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace nv {

// Key files on disk, read and written with care: regular files only (never a FIFO that would
// block, a device or a directory), a bounded read, and a private key written new with mode 0600
// (never over an existing file, never through a symbolic link).
class KeyFile
{
public:
    static constexpr qsizetype MaxBytes = 64 * 1024;

    static std::optional<QByteArray> read(const QString &path, QString *error);
    static bool writePrivate(const QString &path, const QByteArray &pem, QString *error);
};

} // namespace nv
