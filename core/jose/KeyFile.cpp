#include "KeyFile.h"

#include "io/BoundedFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace nv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}
} // namespace

std::optional<QByteArray> KeyFile::read(const QString &path, QString *error)
{
    // The one rule for a file a person names: a regular file, and bounded.
    return BoundedFile::readAll(path, MaxBytes, error);
}

bool KeyFile::writePrivate(const QString &path, const QByteArray &pem, QString *error)
{
    const QFileInfo info(path);
    if (info.isSymLink() || (info.exists() && !info.isFile())) {
        *error = tr("%1 exists and is not a regular file; not writing a key there").arg(path);
        return false;
    }
    if (info.exists()) {
        *error = tr("%1 exists; the console never overwrites a key file (choose another name "
                    "or remove it first)")
                     .arg(path);
        return false;
    }
    // NewOnly is O_CREAT | O_EXCL: the check above is for the message, this is the guarantee
    // (no race with another writer, no symbolic link followed). The mode is set at creation.
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(pem) != pem.size() || !file.flush()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        file.close();
        file.remove();
        return false;
    }
    file.close();
    return true;
}

} // namespace nv
