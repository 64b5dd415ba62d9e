#pragma once

#include <QFile>
#include <QList>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <unistd.h>

namespace nvtest {

// Real faults for the request log's tests: a damaged page, a folder that cannot be written.

// Overwrites one leaf page of the exchanges table (the one in the middle, so a read in id
// order gets some rows before it reaches the damage) with garbage, as a failing disk or a
// stray write would. Folds the WAL in first so the page is in the main file. Returns the page
// number, 0 when the file has no leaf page to spare.
inline int damageMiddleTablePage(const QString &path)
{
    const QString name = QStringLiteral("damage-%1").arg(quintptr(&path));
    QList<int> leaves;
    int pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
                pageSize = q.value(0).toInt();
            q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'exchanges' AND "
                                  "pagetype = 'leaf' ORDER BY pageno"));
            while (q.next())
                leaves << q.value(0).toInt();
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (leaves.size() < 3 || pageSize <= 0)
        return 0;
    const int page = leaves.at(leaves.size() / 2);
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(qint64(page - 1) * pageSize))
        return 0;
    file.write(QByteArray(pageSize, char(0xA5)));
    return page;
}

// Runs a program as it would run for a person without write access: as root the permission
// bits are no obstacle, so it runs as "nobody" (setpriv), from a copy in copyInto (the build
// folder may be where nobody can reach it, e.g. under /root; the project's own libraries are
// static, so the copy runs as is). As anyone else it runs as is. Empty when that is not
// possible here.
inline QStringList asUnprivileged(const QString &program, const QStringList &args,
                                  const QString &copyInto)
{
    if (::geteuid() != 0)
        return QStringList{program} + args;
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (setpriv.isEmpty())
        return {};
    const QString copy = copyInto + QLatin1Char('/') + program.section(QLatin1Char('/'), -1);
    if (!QFile::exists(copy) &&
        (!QFile::copy(program, copy) ||
         !QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                          QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                          QFileDevice::ReadOther | QFileDevice::ExeOther)))
        return {};
    return QStringList{setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                       QStringLiteral("--clear-groups"), QStringLiteral("--")} +
           QStringList{copy} + args;
}

// A folder (and the file in it) that the unprivileged user can read but not write, reachable
// through every folder above it.
inline bool makeReadOnlyFolder(const QString &folder, const QStringList &files)
{
    bool ok = true;
    for (const QString &file : files)
        ok = ok && QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                   QFileDevice::ReadOther);
    const auto readAndEnter = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                              QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                              QFileDevice::ReadOther | QFileDevice::ExeOther;
    ok = ok && QFile::setPermissions(folder, readAndEnter);
    // QTemporaryDir makes its folder private: let the unprivileged user through.
    QString above = folder.section(QLatin1Char('/'), 0, -2);
    while (ok && !above.isEmpty() && above != QLatin1String("/tmp")) {
        const auto mode = QFile::permissions(above);
        if (!(mode & QFileDevice::ExeOther))
            ok =
                QFile::setPermissions(above, mode | QFileDevice::ExeOther | QFileDevice::ReadOther);
        above = above.section(QLatin1Char('/'), 0, -2);
    }
    return ok;
}

} // namespace nvtest
