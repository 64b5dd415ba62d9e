#include "log/RequestLogStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using nv::RequestLogStore;

// A completed exchange survives a kill -9 of the writer at any moment: a child process writes
// exchanges and prints each id after its commit; it is killed mid-run, several times on the
// same file, and every printed id must be in the file, which must pass an integrity check.
// Where it is killed is random; the seed is printed, and NV_LOG_CRASH_SEED=<seed> replays it.
class TestLogCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        bool replay = false;
        const quint32 seed =
            qEnvironmentVariableIsSet("NV_LOG_CRASH_SEED")
                ? quint32(qEnvironmentVariableIntValue("NV_LOG_CRASH_SEED", &replay))
                : QRandomGenerator::global()->generate();
        qInfo("kill points from seed %u (replay with NV_LOG_CRASH_SEED=%u)", seed, seed);
        QRandomGenerator random(seed);
        QList<qint64> printed;
        for (int round = 0; round < 4; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(NV_LOG_CRASH_WRITER), {path});
            QVERIFY(writer.waitForStarted(10000));
            // Let it write a varying number of rows, then kill it wherever it is.
            const int wanted = 50 + int(random.bounded(400));
            QByteArray output;
            QElapsedTimer timer;
            timer.start();
            while (output.count('\n') < wanted && timer.elapsed() < 60000) {
                writer.waitForReadyRead(1000);
                output += writer.readAllStandardOutput();
            }
            const int delayMs = int(random.bounded(20));
            qInfo("round %d: kill after %d rows and %d ms more", round, wanted, delayMs);
            QTest::qWait(delayMs);
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();
            const QList<QByteArray> lines = output.split('\n');
            // The last line may be cut off by the kill: only whole lines were promised.
            for (qsizetype i = 0; i + 1 < lines.size(); ++i)
                printed << lines.at(i).toLongLong();
            QVERIFY(printed.size() >= wanted);
        }

        RequestLogStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QVERIFY(store.integrityOk());
        QVERIFY(store.count() >= printed.size());
        for (qint64 id : std::as_const(printed))
            QVERIFY2(store.find(id).has_value(), qPrintable(QString::number(id)));
        nv::LogQuery search;
        search.text = QStringLiteral("verify");
        QCOMPARE(store.count(search), qint64(store.count())); // the text index is consistent
        store.close();

        // And a fresh connection of our own agrees, with SQLite's own check of the FTS index.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO exchanges_fts(exchanges_fts) VALUES ('integrity-check')")),
                     qPrintable(q.lastError().text()));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TestLogCrash)
#include "tst_logcrash.moc"
