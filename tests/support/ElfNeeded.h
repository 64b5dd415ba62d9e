#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace nvtest {

// The NEEDED entries of an ELF file's dynamic section, as readelf -d lists them: what a program
// or module links, for the tests that check which libraries stay out of it.
inline QStringList neededLibraries(const QString &file)
{
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("-d"), QStringLiteral("-W"), file});
    if (!readelf.waitForFinished(30000) || readelf.exitCode() != 0)
        return {QStringLiteral("<readelf failed on %1>").arg(file)};
    QStringList needed;
    for (const QByteArray &line : readelf.readAllStandardOutput().split('\n')) {
        if (!line.contains("(NEEDED)"))
            continue;
        const qsizetype open = line.indexOf('[');
        needed << QString::fromLatin1(line.mid(open + 1, line.indexOf(']') - open - 1));
    }
    return needed;
}

} // namespace nvtest
