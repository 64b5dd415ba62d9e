#include "CannedHttpServer.h"
#include "http/HttpClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace nv;

// The caps every exchange has: a hostile or broken server can make the console neither read
// without limit nor wait without limit.
class TestHttpClient : public QObject
{
    Q_OBJECT
private:
    static HttpExchange sendAndWait(HttpClient &client, const QUrl &url)
    {
        HttpRequest request;
        request.url = url;
        QSignalSpy finished(client.send(request, {}), &PendingExchange::finished);
        if (!finished.wait(30000))
            return {};
        return finished.first().first().value<HttpExchange>();
    }

private slots:
    void oversizedBodyIsCutOff()
    {
        nvtest::CannedHttpServer server;
        QVERIFY(server.listen());
        server.page(QStringLiteral("/big"), QByteArray(3 * 1024 * 1024, 'x'));
        HttpClient client;
        client.setMaxBodyBytes(1024 * 1024);
        const HttpExchange e = sendAndWait(client, server.url(QStringLiteral("/big")));
        QVERIFY2(e.error.contains(QStringLiteral("larger than 1 MiB")), qPrintable(e.error));
        QVERIFY(e.responseBody.isEmpty()); // nothing of an oversized answer is kept

        client.setMaxBodyBytes(4 * 1024 * 1024); // the default: the same answer is read whole
        const HttpExchange whole = sendAndWait(client, server.url(QStringLiteral("/big")));
        QVERIFY2(whole.error.isEmpty(), qPrintable(whole.error));
        QCOMPARE(whole.responseBody.size(), 3 * 1024 * 1024);
    }

    void silentServerTimesOut()
    {
        // Accepts the connection, reads the request and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this,
                [&] { held << silent.nextPendingConnection(); });
        HttpClient client;
        client.setTimeoutMs(300);
        const HttpExchange e = sendAndWait(
            client, QUrl(QStringLiteral("http://127.0.0.1:%1/authorize").arg(silent.serverPort())));
        QVERIFY2(e.error.contains(QStringLiteral("No answer within 0.3 s")), qPrintable(e.error));
        QCOMPARE(e.status, 0);
        QVERIFY(!held.isEmpty()); // the request did go out: the timeout, not a refusal, ended it
    }

    void refusedSchemeIsNeverSent()
    {
        HttpClient client;
        const HttpExchange e = sendAndWait(client, QUrl(QStringLiteral("file:///etc/hostname")));
        QVERIFY2(e.error.contains(QStringLiteral("only https and http")), qPrintable(e.error));
        QVERIFY(e.responseBody.isEmpty());
        QVERIFY(e.finishedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
