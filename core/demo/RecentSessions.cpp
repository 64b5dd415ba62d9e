#include "RecentSessions.h"

#include <QFileInfo>
#include <QSettings>

namespace nv {

namespace {
const QString Key = QStringLiteral("sessions/recent");

QStringList stored()
{
    return QSettings().value(Key).toStringList();
}

void store(const QStringList &paths)
{
    QSettings settings;
    settings.setValue(Key, paths.mid(0, RecentSessions::MaxEntries));
    settings.sync();
}

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}
} // namespace

QStringList RecentSessions::list()
{
    QStringList existing;
    for (const QString &path : stored()) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing << path;
    }
    return existing;
}

void RecentSessions::add(const QString &path)
{
    const QString entry = absolute(path);
    QStringList paths = stored();
    paths.removeAll(entry);
    paths.prepend(entry);
    store(paths);
}

void RecentSessions::remove(const QString &path)
{
    QStringList paths = stored();
    paths.removeAll(absolute(path));
    store(paths);
}

void RecentSessions::clear()
{
    store({});
}

} // namespace nv
