#pragma once

#include <QString>
#include <QStringList>

namespace nv {

// The session files opened or saved lately, most recent first, kept in the application's
// settings (QSettings, key "sessions/recent"). Files that no longer exist are left out.
class RecentSessions
{
public:
    static constexpr int MaxEntries = 8;

    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace nv
