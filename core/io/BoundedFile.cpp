#include "BoundedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace nv {

namespace {

std::optional<QByteArray> failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

QString tooLarge(const QString &path, qint64 size, qint64 maxBytes)
{
    return QStringLiteral("%1 is too large (%2; at most %3 is read)")
        .arg(QFileInfo(path).fileName(), BoundedFile::describeSize(size),
             BoundedFile::describeSize(maxBytes));
}

#ifdef Q_OS_UNIX
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QStringLiteral("a folder");
    if (S_ISFIFO(mode))
        return QStringLiteral("a pipe");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    return QStringLiteral("not a regular file");
}

// POSIX by hand because QFile cannot open without blocking: opening a FIFO for reading waits
// for a writer, so O_NONBLOCK is needed before fstat can tell what the path is.
std::optional<QByteArray> readUnix(const QString &path, qint64 maxBytes, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return failed(error, QStringLiteral("Cannot open %1: %2")
                                 .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    struct stat info
    {
    };
    const bool known = ::fstat(fd, &info) == 0;
    if (!known || !S_ISREG(info.st_mode)) {
        const QString kind = known ? kindOf(info.st_mode) : QStringLiteral("unreadable");
        ::close(fd);
        return failed(
            error,
            QStringLiteral("%1 is %2, not a regular file: nothing was read").arg(path, kind));
    }
    if (info.st_size > maxBytes) {
        ::close(fd);
        return failed(error, tooLarge(path, info.st_size, maxBytes));
    }
    QByteArray bytes;
    bytes.reserve(qsizetype(info.st_size));
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return failed(error, QStringLiteral("Cannot read %1: %2").arg(path, reason));
        }
        if (n == 0)
            break;
        if (bytes.size() + n > maxBytes) {
            ::close(fd);
            return failed(error, tooLarge(path, bytes.size() + n, maxBytes));
        }
        bytes.append(buffer, n);
    }
    ::close(fd);
    return bytes;
}
#endif

} // namespace

QString BoundedFile::describeSize(qint64 bytes)
{
    if (bytes < 1000)
        return QStringLiteral("%1 bytes").arg(bytes);
    if (bytes < 1000 * 1000)
        return QStringLiteral("%1 kB").arg(double(bytes) / 1e3, 0, 'f', 1);
    if (bytes < 1000LL * 1000 * 1000)
        return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
    return QStringLiteral("%1 GB").arg(double(bytes) / 1e9, 0, 'f', 1);
}

std::optional<QByteArray> BoundedFile::readAll(const QString &path, qint64 maxBytes, QString *error)
{
    if (error)
        error->clear();
#ifdef Q_OS_UNIX
    return readUnix(path, maxBytes, error);
#else
    const QFileInfo info(path);
    if (!info.exists())
        return failed(error, QStringLiteral("Cannot open %1: no such file").arg(path));
    if (!info.isFile())
        return failed(error,
                      QStringLiteral("%1 is not a regular file: nothing was read").arg(path));
    if (info.size() > maxBytes)
        return failed(error, tooLarge(path, info.size(), maxBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(error, QStringLiteral("Cannot open %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes)
        return failed(error, tooLarge(path, bytes.size(), maxBytes));
    return bytes;
#endif
}

} // namespace nv
