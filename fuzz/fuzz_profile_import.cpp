// ProfileStore::importFrom: a profile file someone shared.
// Input: the file. Properties: imported profiles are never built-in and have a name; an
// export of an import reads back as the same profiles.
#include "FuzzInput.h"
#include "profile/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace nv;

namespace {

// On tmpfs when there is one: exportTo() saves with QSaveFile, whose fsync would otherwise
// make disk speed, not the parser, the measure of this target.
const QTemporaryDir &workDir()
{
    static const QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                       ? QStringLiteral("/dev/shm/nv-fuzz-profile-XXXXXX")
                                       : QDir::tempPath() + QStringLiteral("/nv-fuzz-XXXXXX"));
    return dir;
}

QList<Profile> importBytes(const QByteArray &bytes)
{
    const QString path = workDir().filePath(QStringLiteral("import.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        nvfuzz::violated("the fuzz work folder is writable");
    file.write(bytes);
    file.close();
    QString error;
    const QList<Profile> profiles = ProfileStore::importFrom(path, &error);
    nvfuzz::check(!profiles.isEmpty() || !error.isEmpty(), "a refused file says why");
    return profiles;
}

QList<Profile> exportedAndImported(const QList<Profile> &profiles)
{
    const QString path = workDir().filePath(QStringLiteral("export.json"));
    QString error;
    if (!ProfileStore::exportTo(path, profiles, &error))
        nvfuzz::violated("exporting imported profiles works", error.toUtf8());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        nvfuzz::violated("the export can be read");
    return importBytes(file.readAll());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<Profile> imported = importBytes(nvfuzz::bytes(data, size));
    for (const Profile &p : imported) {
        nvfuzz::check(!p.builtIn, "an imported profile is never built-in");
        nvfuzz::check(!p.name.isEmpty() && p.name == p.name.trimmed(),
                      "an imported profile has a trimmed name");
    }
    if (imported.isEmpty())
        return 0;
    // The first export may normalise (URLs, defaults); from then on nothing may change.
    const QList<Profile> once = exportedAndImported(imported);
    const QList<Profile> twice = exportedAndImported(once);
    nvfuzz::check(once == twice, "an export of an import reads back as the same profiles");
    return 0;
}
