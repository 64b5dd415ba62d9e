// Test helper for tst_logcrash: writes exchanges to a request log in a loop, as fast as it
// can, in batches of one to seven (as RequestLog writes what piled up), and prints each id
// once its batch's transaction has committed. The test kills it with SIGKILL.
#include "log/Redactor.h"
#include "log/RequestLogStore.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    nv::RequestLogStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1])))
        return 1;
    for (qint64 n = 0;;) {
        QList<nv::HttpExchange> batch;
        for (qint64 size = n % 7 + 1; size > 0; --size, ++n) {
            nv::HttpExchange e;
            e.correlationId = QStringLiteral("crash-%1").arg(n / 4);
            e.step = QStringLiteral("verify");
            e.startedAt = QDateTime::currentDateTimeUtc();
            e.finishedAt = e.startedAt.addMSecs(3);
            e.method = "POST";
            e.url = QUrl(QStringLiteral("https://api.example/verify?n=%1").arg(n));
            e.requestHeaders = {{"Content-Type", "application/json"},
                                {"Authorization", "Bearer abc"}};
            e.requestBody = "{\"phoneNumber\":\"+34666666666\"}";
            e.status = 200;
            // Larger bodies now and then, so a kill can land inside a multi-page write.
            e.responseBody = QByteArray("{\"devicePhoneNumberVerified\":true,\"pad\":\"") +
                             QByteArray(n % 16 == 0 ? 200000 : 300, 'x') + "\"}";
            batch << nv::Redactor::redacted(e);
        }
        const QList<qint64> ids = store.insert(batch);
        if (ids.contains(0))
            return 1;
        for (const qint64 id : ids)
            std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}
