#include "CannedHttpServer.h"
#include "flow/FlowRun.h"
#include "flow/RedirectFollower.h"
#include "http/HttpClient.h"
#include "http/UrlPolicy.h"

#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace nv;

namespace {

const QUrl RedirectUri(QStringLiteral("https://nv-console.invalid/callback"));
const QByteArray QrcMarker("nv-qrc-marker-7f3c1e9a");

// Every place an exchange could carry what it read, as one text to search.
QByteArray everything(const HttpExchange &e)
{
    QByteArray all = e.url.toEncoded() + '\n' + e.url.toString().toUtf8() + '\n' + e.requestBody +
                     '\n' + e.responseBody + '\n' + e.error.toUtf8() + '\n' + e.note.toUtf8();
    for (const auto &[name, value] : e.requestHeaders + e.responseHeaders)
        all += '\n' + name + ": " + value;
    return all;
}

struct Followed
{
    QList<HttpExchange> hops;
    QString failure; // empty when the redirect URI was reached
    bool networkFailure = false;
    bool reached = false;
};

Followed follow(const QUrl &start)
{
    RedirectFollower follower;
    Followed result;
    QEventLoop loop;
    QObject::connect(&follower, &AuthorizeDriver::hop,
                     [&](const HttpExchange &e) { result.hops << e; });
    QObject::connect(&follower, &AuthorizeDriver::failed,
                     [&](const QString &reason, bool, bool networkFailure) {
                         result.failure = reason;
                         result.networkFailure = networkFailure;
                         loop.quit();
                     });
    QObject::connect(&follower, &AuthorizeDriver::redirectReached, [&] {
        result.reached = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a hang fails the checks, not ctest
    follower.start(start, RedirectUri);
    loop.exec();
    return result;
}

} // namespace

// The no-browser follower fetches only https and http: a hostile operator's Location cannot
// make it read a local file, a resource or a data: URL into the request log.
class TestRedirectFollower : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_fileMarker;
    QUrl m_secretFile;
    nvtest::CannedHttpServer m_server;

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FlowOutcome>();
        QVERIFY(m_dir.isValid());
        m_fileMarker = "nv-file-marker-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        QFile secret(m_dir.filePath(QStringLiteral("secret.txt")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("root:x:0:0:" + m_fileMarker + "\n");
        secret.close();
        m_secretFile = QUrl::fromLocalFile(secret.fileName());
        QVERIFY(QFile::exists(QStringLiteral(":/tst_redirectfollower/marker.txt")));

        QVERIFY(m_server.listen());
        m_server.redirect(QStringLiteral("/to-file"), m_secretFile.toEncoded());
        m_server.redirect(QStringLiteral("/to-file-307"), m_secretFile.toEncoded(),
                          QHttpServerResponse::StatusCode::TemporaryRedirect);
        // Base64, so the marker appears only if the data: URL is decoded.
        m_server.redirect(QStringLiteral("/to-data"),
                          "data:text/plain;base64," + m_fileMarker.toBase64());
        m_server.redirect(QStringLiteral("/to-qrc"), "qrc:/tst_redirectfollower/marker.txt");
        m_server.redirect(QStringLiteral("/to-callback"),
                          RedirectUri.toEncoded() + "?code=c0de&state=s");
        m_server.redirect(QStringLiteral("/hop"), "/to-callback");
        m_server.redirect(QStringLiteral("/loop"), "/loop");
    }

    void refusedLocationStopsTheChain_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("302 to file:") << QStringLiteral("/to-file") << QStringLiteral("file");
        QTest::newRow("307 to file:") << QStringLiteral("/to-file-307") << QStringLiteral("file");
        QTest::newRow("302 to data:") << QStringLiteral("/to-data") << QStringLiteral("data");
        QTest::newRow("302 to qrc:") << QStringLiteral("/to-qrc") << QStringLiteral("qrc");
    }

    void refusedLocationStopsTheChain()
    {
        QFETCH(QString, path);
        QFETCH(QString, scheme);
        const Followed result = follow(m_server.url(path));
        // Nothing of what the Location points at was read, anywhere in the hops.
        for (const HttpExchange &hop : result.hops) {
            QVERIFY2(!everything(hop).contains(m_fileMarker), everything(hop).constData());
            QVERIFY2(!everything(hop).contains(QrcMarker), everything(hop).constData());
        }
        QVERIFY(!result.reached);
        QVERIFY2(result.failure.contains(QStringLiteral("only https and http")),
                 qPrintable(result.failure));
        QVERIFY2(result.failure.contains(scheme + QLatin1Char(':')), qPrintable(result.failure));
        QVERIFY(!result.networkFailure);

        // Two hops: the operator's 302, then the refused one, logged unsent and empty.
        QCOMPARE(result.hops.size(), 2);
        const HttpExchange &refused = result.hops.last();
        QCOMPARE(refused.url.scheme(), scheme);
        QCOMPARE(refused.status, 0);
        QVERIFY(refused.responseBody.isEmpty());
        QVERIFY(refused.responseHeaders.isEmpty());
        QVERIFY(!refused.error.isEmpty());
    }

    void refusedAuthorizeUrlIsNeverRead_data()
    {
        QTest::addColumn<QUrl>("start");
        QTest::newRow("file:") << m_secretFile;
        QTest::newRow("data:") << QUrl(QStringLiteral("data:text/plain;base64,") +
                                       QString::fromLatin1(m_fileMarker.toBase64()));
        QTest::newRow("qrc:") << QUrl(QStringLiteral("qrc:/tst_redirectfollower/marker.txt"));
    }

    void refusedAuthorizeUrlIsNeverRead()
    {
        QFETCH(QUrl, start);
        const Followed result = follow(start);
        QCOMPARE(result.hops.size(), 1);
        QVERIFY2(!everything(result.hops.first()).contains(m_fileMarker),
                 result.hops.first().responseBody.constData());
        QVERIFY2(!everything(result.hops.first()).contains(QrcMarker),
                 result.hops.first().responseBody.constData());
        QVERIFY(result.hops.first().responseBody.isEmpty());
        QVERIFY2(result.failure.contains(QStringLiteral("only https and http")),
                 qPrintable(result.failure));
    }

    void httpChainIsStillFollowed()
    {
        const Followed result = follow(m_server.url(QStringLiteral("/hop")));
        QVERIFY2(result.reached, qPrintable(result.failure));
        QCOMPARE(result.hops.size(), 2); // /hop and /to-callback; the callback is not requested
    }

    void endlessRedirectsStop()
    {
        const Followed result = follow(m_server.url(QStringLiteral("/loop")));
        QVERIFY2(result.failure.contains(QStringLiteral("Stopped after 20 redirects")),
                 qPrintable(result.failure));
        QCOMPARE(result.hops.size(), 20);
    }

    // An operator that accepts the connection and never answers, or answers a byte at a time
    // and never finishes: one failure, one exit code, whichever deadline runs out first (the
    // request's own or the authorize step's).
    void authorizeStepHasADeadline_data()
    {
        QTest::addColumn<bool>("drip");
        QTest::addColumn<int>("requestTimeoutMs");
        QTest::addColumn<int>("authorizeTimeoutMs");
        for (const bool drip : {false, true}) {
            const char *how = drip ? "slow drip" : "blackhole";
            QTest::addRow("%s, request deadline first", how) << drip << 500 << 4000;
            QTest::addRow("%s, step deadline first", how) << drip << 4000 << 500;
            QTest::addRow("%s, both at once", how) << drip << 1000 << 1000;
        }
    }
    void authorizeStepHasADeadline()
    {
        QFETCH(bool, drip);
        QFETCH(int, requestTimeoutMs);
        QFETCH(int, authorizeTimeoutMs);
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        QTimer dripper;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            held << silent.nextPendingConnection();
            if (drip)
                held.last()->write("HTTP/1.1 302 Found\r\nLocation: /somewhere\r\nX-Slow: ");
        });
        connect(&dripper, &QTimer::timeout, this, [&] {
            for (QTcpSocket *socket : held)
                socket->write("a");
        });
        if (drip)
            dripper.start(50);
        Profile profile = Profile::builtInSandbox();
        profile.sandbox = false;
        profile.authorizeUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1/authorize").arg(silent.serverPort()));
        profile.redirectUri = RedirectUri;
        auto *follower = new RedirectFollower;
        follower->setTimeoutMs(requestTimeoutMs);
        FlowRun run(profile, QStringLiteral("secret"), follower);
        run.setPhoneNumber(QStringLiteral("+34666666666"));
        run.setAuthorizeTimeoutMs(authorizeTimeoutMs);
        QSignalSpy finished(&run, &FlowRun::finished);
        run.start();
        QVERIFY(finished.wait(30000));
        const auto outcome = finished.first().first().value<FlowOutcome>();
        QCOMPARE(outcome.kind, FlowOutcome::Kind::NetworkFailure);
        QCOMPARE(outcome.exitCode(), 5);
        QCOMPARE(outcome.stage, FlowStage::Authorize);
        const int first = std::min(requestTimeoutMs, authorizeTimeoutMs);
        QVERIFY2(outcome.message.contains(
                     QStringLiteral("within %1").arg(QString::number(first / 1000.0))),
                 qPrintable(outcome.message));
    }

    void httpClientRefusesBeforeSending()
    {
        HttpClient client;
        HttpRequest request;
        request.url = m_secretFile;
        PendingExchange *pending = client.send(request, {});
        QSignalSpy finished(pending, &PendingExchange::finished);
        QVERIFY(finished.wait(5000));
        const auto exchange = finished.first().first().value<HttpExchange>();
        QCOMPARE(exchange.error, UrlPolicy::refusal(m_secretFile));
        QVERIFY(exchange.responseBody.isEmpty());
        QCOMPARE(exchange.status, 0);

        // A discovery document's jwks_uri goes through the same client: a refused one is
        // refused there too, and a server on loopback sees nothing of it.
        const int served = m_server.served();
        request.url =
            QUrl(QStringLiteral("data:,") + m_server.url(QStringLiteral("/hop")).toString());
        QSignalSpy second(client.send(request, {}), &PendingExchange::finished);
        QVERIFY(second.wait(5000));
        QCOMPARE(m_server.served(), served);
    }

    void flowRunLogsTheRefusedHopWithoutABody()
    {
        Profile profile = Profile::builtInSandbox();
        profile.sandbox = false;
        profile.authorizeUrl = m_server.url(QStringLiteral("/to-file"));
        profile.tokenUrl = m_server.url(QStringLiteral("/token"));
        profile.verifyUrl = m_server.url(QStringLiteral("/verify"));
        profile.redirectUri = RedirectUri;
        FlowRun run(profile, QStringLiteral("secret"), new RedirectFollower);
        run.setPhoneNumber(QStringLiteral("+34666666666"));
        QList<HttpExchange> recorded;
        connect(&run, &FlowRun::exchangeRecorded, this,
                [&](const HttpExchange &e) { recorded << e; });
        QSignalSpy finished(&run, &FlowRun::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        const auto outcome = finished.first().first().value<FlowOutcome>();
        // What FlowRun hands to the request log holds nothing of the file.
        QVERIFY(!recorded.isEmpty());
        for (const HttpExchange &e : recorded)
            QVERIFY2(!everything(e).contains(m_fileMarker), everything(e).constData());
        QCOMPARE(recorded.last().url.scheme(), QStringLiteral("file"));
        QVERIFY(recorded.last().responseBody.isEmpty());
        QCOMPARE(outcome.kindName(), QStringLiteral("authorize-failed"));
        QVERIFY2(outcome.message.contains(QStringLiteral("only https and http")),
                 qPrintable(outcome.message));
    }
};

QTEST_GUILESS_MAIN(TestRedirectFollower)
#include "tst_redirectfollower.moc"
