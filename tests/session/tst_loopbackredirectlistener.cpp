#include "LoopbackRedirectListener.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace nv;

// The console's end of a loopback redirect, over real sockets: one callback and then nothing
// listens, any port when the URI names none, a clear refusal for what cannot work.
class TestLoopbackRedirectListener : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_http;

    // GET over real HTTP; the status, or 0 when nothing answered.
    int get(const QUrl &url, QByteArray *body = nullptr)
    {
        QNetworkReply *reply = m_http.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return -1;
        if (body)
            *body = reply->readAll();
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void oneCallbackThenNothingListens()
    {
        LoopbackRedirectListener listener;
        const QUrl uri = listener.listen(QUrl(QStringLiteral("http://127.0.0.1/callback")));
        QVERIFY2(uri.port() > 0, qPrintable(listener.problem()));
        QCOMPARE(uri.path(), QStringLiteral("/callback"));
        QSignalSpy callbacks(&listener, &LoopbackRedirectListener::callbackReceived);

        QUrl callback = uri;
        callback.setQuery(QStringLiteral("code=abc&code=def&state=s%2B1"));
        QByteArray page;
        QCOMPARE(get(callback, &page), 200);
        QVERIFY(page.contains("close this window"));
        QCOMPARE(callbacks.size(), 1);
        // The whole URL as it arrived: a repeated code is there for the run to refuse.
        QCOMPARE(callbacks.first().first().toUrl().query(QUrl::FullyEncoded),
                 QStringLiteral("code=abc&code=def&state=s%2B1"));
        QVERIFY(!listener.isListening());
        // A second hit on the browser's kept-alive connection is told the answer is taken; a
        // new connection finds nobody listening.
        QCOMPARE(get(callback), 410);
        QCOMPARE(callbacks.size(), 1);
        QTcpSocket fresh;
        fresh.connectToHost(QHostAddress::LocalHost, quint16(uri.port()));
        QVERIFY(!fresh.waitForConnected(2000));
    }

    void theRegisteredPortIsTheOneListenedOn()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        LoopbackRedirectListener listener;
        const QUrl uri = listener.listen(QUrl(QStringLiteral("http://127.0.0.1:%1/cb").arg(port)));
        QCOMPARE(uri.port(), int(port));
    }

    void anotherPathEndsTheWait()
    {
        LoopbackRedirectListener listener;
        const QUrl uri = listener.listen(QUrl(QStringLiteral("http://localhost/callback")));
        QVERIFY(uri.isValid());
        QSignalSpy wrong(&listener, &LoopbackRedirectListener::wrongPath);
        QUrl elsewhere = uri;
        elsewhere.setHost(QStringLiteral("127.0.0.1"));
        elsewhere.setPath(QStringLiteral("/other"));
        QCOMPARE(get(elsewhere), 404);
        QCOMPARE(wrong.size(), 1);
        QCOMPARE(wrong.first().first().toUrl().path(), QStringLiteral("/other"));
        QVERIFY(!listener.isListening());
    }

    void whatCannotWorkIsRefusedInWords_data()
    {
        QTest::addColumn<QUrl>("uri");
        QTest::newRow("https") << QUrl(QStringLiteral("https://127.0.0.1/callback"));
        QTest::newRow("a real host") << QUrl(QStringLiteral("http://app.example.com/callback"));
        QTest::newRow("custom scheme") << QUrl(QStringLiteral("com.example.app:/callback"));
    }
    void whatCannotWorkIsRefusedInWords()
    {
        QFETCH(QUrl, uri);
        LoopbackRedirectListener listener;
        QVERIFY(listener.listen(uri).isEmpty());
        QVERIFY(!listener.problem().isEmpty());
        QVERIFY(!listener.isListening());
    }

    void aPortInUseIsSaid()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        LoopbackRedirectListener listener;
        const QUrl uri = listener.listen(
            QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(taken.serverPort())));
        QVERIFY(uri.isEmpty());
        QVERIFY(listener.problem().contains(QString::number(taken.serverPort())));
    }
};

QTEST_GUILESS_MAIN(TestLoopbackRedirectListener)
#include "tst_loopbackredirectlistener.moc"
