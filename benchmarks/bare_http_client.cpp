// nv-bare-http-client: what Qt Network itself costs for the batch of verifies
// (benchmarks/run-benchmarks): the same POST as `nv-cli verify --phones` makes, one after the
// other on one keep-alive connection, through a bare QNetworkAccessManager, and nothing else (no
// correlation ids, no log, no output). Usage: nv-bare-http-client URL COUNT, with the bearer
// token in NV_BENCH_TOKEN and the number in NV_BENCH_PHONE. Exit 0 when every answer was a 200.

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <functional>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return 2;
    const QUrl url(args.at(1));
    const int count = args.at(2).toInt();
    const QByteArray authorization = "Bearer " + qgetenv("NV_BENCH_TOKEN");
    const QByteArray body = "{\"phoneNumber\":\"" + qgetenv("NV_BENCH_PHONE") + "\"}";
    QNetworkAccessManager network;
    int answered = 0;
    int failed = 0;
    std::function<void()> sendNext = [&] {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            reply->readAll();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++failed;
            reply->deleteLater();
            if (++answered == count)
                QCoreApplication::exit(failed == 0 ? 0 : 1);
            else
                sendNext();
        });
    };
    QMetaObject::invokeMethod(&app, sendNext, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
