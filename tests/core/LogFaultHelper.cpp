// Test helper for tst_requestlog: the request log in another process, for faults that need
// one. Kept small; the tests read what it prints.
//
//   nv-log-fault-helper record PATH N   records N exchanges with RequestLog, waits until they
//                                       are written (or failed), prints one JSON object:
//                                       {"problem": writeProblem(), "lost": lostWrites(),
//                                        "movedAside": movedAsideNotice()}
//   nv-log-fault-helper lock PATH       takes the log's write lock (BEGIN IMMEDIATE), prints
//                                       "locked", holds it until standard input closes
#include "log/RequestLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

namespace {

int record(const QString &path, int count)
{
    nv::RequestLog log(path);
    for (int n = 0; n < count; ++n) {
        nv::HttpExchange e;
        e.correlationId = QStringLiteral("helper-%1").arg(n);
        e.step = nv::Step::Verify;
        e.startedAt = QDateTime::currentDateTimeUtc();
        e.finishedAt = e.startedAt.addMSecs(2);
        e.method = "POST";
        e.url = QUrl(QStringLiteral("https://api.example/verify"));
        e.status = 200;
        log.record(e);
    }
    if (!log.waitForIdle(60000))
        return 3;
    const QJsonObject result{{QStringLiteral("problem"), log.writeProblem()},
                             {QStringLiteral("lost"), log.lostWrites()},
                             {QStringLiteral("movedAside"), log.movedAsideNotice()}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int lock(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open())
        return 1;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    in.readAll(); // until the test closes our standard input
    q.exec(QStringLiteral("ROLLBACK"));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("record"))
        return record(args.at(2), args.at(3).toInt());
    if (args.size() == 3 && args.at(1) == QLatin1String("lock"))
        return lock(args.at(2));
    std::fprintf(stderr, "usage: nv-log-fault-helper record PATH N | lock PATH\n");
    return 2;
}
