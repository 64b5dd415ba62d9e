#pragma once

#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QUrl>

namespace nvtest {

// What a look through every file below a folder found.
struct FileScan
{
    int filesRead = 0;
    QStringList leaks;      // "path: holds needle #n", for each needle found anywhere
    bool sawMarker = false; // the marker appeared in some file (proof the run reached disk)
};

// Reads every file below root, hidden ones included (SQLite -wal and -shm, settings, profiles),
// and reports each needle found in it, as is or percent-encoded as in forms and URLs.
inline FileScan scanFiles(const QString &root, const QStringList &needles,
                          const QByteArray &marker = {})
{
    FileScan scan;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ++scan.filesRead;
        scan.sawMarker |= !marker.isEmpty() && bytes.contains(marker);
        for (qsizetype i = 0; i < needles.size(); ++i) {
            const QByteArray raw = needles.at(i).toUtf8();
            if (!raw.isEmpty() &&
                (bytes.contains(raw) || bytes.contains(QUrl::toPercentEncoding(needles.at(i)))))
                scan.leaks << QStringLiteral("%1: holds secret #%2").arg(path).arg(i);
        }
    }
    return scan;
}

} // namespace nvtest
