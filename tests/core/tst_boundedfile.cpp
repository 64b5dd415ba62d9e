#include "io/BoundedFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using nv::BoundedFile;

// Files a person points the console at are hostile input: only regular files, never more than
// the limit, and a clear sentence otherwise.
class TestBoundedFile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void readsARegularFileUpToTheLimit()
    {
        const QString path = write(QStringLiteral("ten.txt"), "0123456789");
        QString error;
        const auto bytes = BoundedFile::readAll(path, 10, &error);
        QVERIFY2(bytes.has_value(), qPrintable(error));
        QCOMPARE(*bytes, QByteArray("0123456789"));
        QVERIFY(error.isEmpty());

        const auto empty = BoundedFile::readAll(write(QStringLiteral("empty"), {}), 10, &error);
        QVERIFY(empty.has_value());
        QVERIFY(empty->isEmpty());
    }

    void refusesALargerFile()
    {
        const QString path = write(QStringLiteral("eleven.txt"), "0123456789A");
        QString error;
        QVERIFY(!BoundedFile::readAll(path, 10, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("11 bytes")));
    }

    void refusesDevicesPipesAndFolders()
    {
        QString error;
        // /dev/zero never ends: reading it whole would end in bad_alloc.
        QVERIFY(!BoundedFile::readAll(QStringLiteral("/dev/zero"), 1 << 20, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("a device")), qPrintable(error));

        QVERIFY(!BoundedFile::readAll(m_dir.path(), 1 << 20, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("a folder")), qPrintable(error));

        // A FIFO with no writer: opening it for reading would wait for ever.
        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!BoundedFile::readAll(fifo, 1 << 20, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("a pipe")), qPrintable(error));
    }

    void missingFileSaysSo()
    {
        QString error;
        QVERIFY(!BoundedFile::readAll(m_dir.filePath(QStringLiteral("nope")), 10, &error));
        QVERIFY2(error.startsWith(QLatin1String("Cannot open")), qPrintable(error));
    }

    void sizesInWords()
    {
        QCOMPARE(BoundedFile::describeSize(800), QStringLiteral("800 bytes"));
        QCOMPARE(BoundedFile::describeSize(12500000), QStringLiteral("12.5 MB"));
    }
};

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
