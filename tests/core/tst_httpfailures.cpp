#include "CliProcess.h"
#include "ScriptedHttpServer.h"
#include "SelfSignedCertificate.h"
#include "TestBudget.h"
#include "http/HttpClient.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace nv;
using nvtest::budgetMs;
using nvtest::ScriptedHttpServer;

namespace {

// One exchange through HttpClient, waited for as long as the test's budget allows.
HttpExchange send(HttpClient &client, const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    QSignalSpy finished(client.send(request, ExchangeContext{}), &PendingExchange::finished);
    if (!finished.wait(budgetMs(60000)))
        return HttpExchange{};
    return finished.first().first().value<HttpExchange>();
}

QString describe(const HttpExchange &e)
{
    return QStringLiteral("HTTP %1, error \"%2\", %3 body bytes")
        .arg(e.status)
        .arg(e.error)
        .arg(e.responseBody.size());
}

} // namespace

// How HttpClient fails against servers that misbehave on purpose, all on loopback: a TLS
// certificate nobody trusts, an answer slower than the timeout, a body past the cap, a
// connection closed half-way through the body. Each must end as a failure in words, never as
// an answer the flow would go on with.
class TestHttpFailures : public QObject
{
    Q_OBJECT

    nvtest::SelfSignedCertificate m_certificate;
    QSslServer m_tls;
    int m_tlsHandshakes = 0;

private slots:
    void initTestCase()
    {
        nvtest::TestBudget::instance();
        qRegisterMetaType<HttpExchange>();
        m_certificate = nvtest::SelfSignedCertificate::make();
        QVERIFY(m_certificate.isValid());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(m_certificate.certificatePem));
        tls.setPrivateKey(QSslKey(m_certificate.keyPem, QSsl::Ec));
        QVERIFY(!tls.localCertificate().isNull() && !tls.privateKey().isNull());
        m_tls.setSslConfiguration(tls);
        connect(&m_tls, &QSslServer::startedEncryptionHandshake, this,
                [this] { ++m_tlsHandshakes; });
        QVERIFY(m_tls.listen(QHostAddress::LocalHost));
    }

    void selfSignedCertificateIsATlsFailure()
    {
        const int before = m_tlsHandshakes;
        HttpClient client;
        const HttpExchange e = send(
            client, QUrl(QStringLiteral("https://127.0.0.1:%1/authorize").arg(m_tls.serverPort())));
        // Named in words (TransportFailure), with Qt's own words kept after them.
        QVERIFY2(e.error.startsWith(QLatin1String("TLS: The server's certificate is signed by a "
                                                  "CA this machine does not trust")),
                 qPrintable(describe(e)));
        QVERIFY2(e.error.contains(QLatin1String("self signed"), Qt::CaseInsensitive) ||
                     e.error.contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
                 qPrintable(e.error));
        QCOMPARE(e.status, 0);
        QVERIFY(e.responseBody.isEmpty());
        // The client did reach the server and start TLS: this is not a refused connection.
        QVERIFY(m_tlsHandshakes > before);
    }

    // The same server completes a handshake with a client that trusts its certificate: the
    // failure above is about trust, not about a broken server.
    void theServerWorksForAClientThatTrustsIt()
    {
        QSslSocket trusting;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificate(QSslCertificate(m_certificate.certificatePem));
        trusting.setSslConfiguration(tls);
        QSignalSpy encrypted(&trusting, &QSslSocket::encrypted);
        trusting.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_tls.serverPort());
        QVERIFY2(encrypted.wait(budgetMs(30000)), qPrintable(trusting.errorString()));
    }

    // Through nv-cli, an operator behind an untrusted certificate is exit 5 (network or TLS).
    void cliExitsFiveOnAnUntrustedCertificate()
    {
        const QString base = QStringLiteral("https://127.0.0.1:%1").arg(m_tls.serverPort());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_TEST_SECRET"), QStringLiteral("s"));
        // nv-cli is another process: this one's event loop must keep serving the handshake.
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(NV_CLI_BINARY),
                  {QStringLiteral("flow"), QStringLiteral("--json"), QStringLiteral("--no-log"),
                   QStringLiteral("--base-url"), base, QStringLiteral("--client-id"),
                   QStringLiteral("c"), QStringLiteral("--client-secret-env"),
                   QStringLiteral("NV_TEST_SECRET"), QStringLiteral("--redirect-uri"),
                   QStringLiteral("https://app.example.com/cb"), QStringLiteral("--phone"),
                   QStringLiteral("+34611111111")});
        QSignalSpy done(&cli, &QProcess::finished);
        QVERIFY(done.wait(budgetMs(60000)));
        const QByteArray out = cli.readAllStandardOutput();
        // Standard error on a failure: a sanitizer's report, or why the run stopped.
        QVERIFY2(cli.exitCode() == 5,
                 qPrintable(QStringLiteral("exit %1, stderr: %2")
                                .arg(cli.exitCode())
                                .arg(QString::fromUtf8(cli.readAllStandardError()))));
        const QJsonObject error =
            QJsonDocument::fromJson(out).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("step")).toString(), QStringLiteral("authorize"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QLatin1String("TLS")),
                 out.constData());
    }

    // The server has the request and holds the answer; the client gives up at its timeout,
    // drops the connection, and an answer sent after that changes nothing.
    void anAnswerSlowerThanTheTimeoutIsATimeout()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        QPointer<QTcpSocket> held;
        server.on("/slow", [&held](QTcpSocket *socket, const ScriptedHttpServer::Seen &) {
            held = socket; // answered only after the client has given up
        });
        HttpClient client;
        client.setTimeoutMs(500);
        HttpRequest request;
        request.url = server.url(QStringLiteral("/slow"));
        PendingExchange *pending = client.send(request, ExchangeContext{});
        QSignalSpy finished(pending, &PendingExchange::finished);
        QVERIFY(finished.wait(budgetMs(30000)));
        // In this order: the server held the request, then the client reported the timeout.
        QVERIFY2(held, "the request reached the server before the timeout");
        const auto e = finished.first().first().value<HttpExchange>();
        QVERIFY2(e.error.contains(QLatin1String("No answer within 0.5 s")),
                 qPrintable(describe(e)));
        QCOMPARE(e.status, 0);
        // The client closed its end: the server sees it, and its late answer goes nowhere.
        QTRY_VERIFY_WITH_TIMEOUT(!held || held->state() != QAbstractSocket::ConnectedState,
                                 budgetMs(30000));
        QCOMPARE(finished.size(), 1);
    }

    // A body with no length, streamed for as long as the client reads: the client stops at
    // its cap, keeps nothing of it, and closes the connection (a stream that never ends would
    // otherwise hold it open). How much the client reads before it stops is not checked
    // exactly: Qt's HTTP thread reads ahead of the cap check, up to the reply's read buffer
    // (twice the cap), and the kernel's socket buffers hold more. Without that read buffer, a
    // slow caller thread (a sanitizer build) let Qt read the whole 1 GiB stream.
    void aStreamedBodyPastTheCapIsCutOff()
    {
        constexpr qint64 Cap = 1024 * 1024;
        constexpr qint64 Offered = 1024 * Cap;
        qint64 sent = 0;
        bool cut = false;
        ScriptedHttpServer server; // after what its script writes to: it goes first
        QVERIFY(server.listen());
        server.on("/endless", [&](QTcpSocket *socket, const ScriptedHttpServer::Seen &) {
            socket->write(ScriptedHttpServer::statusLine(200) +
                          "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n";
            auto more = [&sent, socket, chunk] {
                while (socket->bytesToWrite() < 4 * chunk.size() && sent < Offered) {
                    socket->write(chunk);
                    sent += 0x10000;
                }
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, more);
            connect(socket, &QTcpSocket::disconnected, socket, [&cut] { cut = true; });
            more();
        });
        HttpClient client;
        client.setMaxBodyBytes(Cap);
        const HttpExchange e = send(client, server.url(QStringLiteral("/endless")));
        QVERIFY2(e.error.contains(QLatin1String("larger than 1 MiB")), qPrintable(describe(e)));
        QVERIFY(e.responseBody.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(cut, budgetMs(30000));
        qInfo("the server sent %lld MiB before the client closed", sent / Cap);
        QVERIFY2(sent < Offered, "the client read the whole stream instead of stopping");
    }

    // A complete body streamed without a length, just under, at and just over the cap: the
    // cap is exact, whatever the transfer encoding.
    void theCapIsExact_data()
    {
        QTest::addColumn<int>("extra");
        QTest::addColumn<bool>("kept");
        QTest::newRow("one byte under") << -1 << true;
        QTest::newRow("at the cap") << 0 << true;
        QTest::newRow("one byte over") << 1 << false;
    }
    void theCapIsExact()
    {
        QFETCH(int, extra);
        QFETCH(bool, kept);
        constexpr int Cap = 256 * 1024;
        const QByteArray body(Cap + extra, 'y');
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.on("/sized", [body](QTcpSocket *socket, const ScriptedHttpServer::Seen &) {
            QByteArray chunked;
            for (qsizetype at = 0; at < body.size(); at += 0x4000) {
                const QByteArray piece = body.mid(at, 0x4000);
                chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
            }
            ScriptedHttpServer::writeAndClose(
                socket, ScriptedHttpServer::statusLine(200) +
                            "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n" +
                            chunked + "0\r\n\r\n");
        });
        HttpClient client;
        client.setMaxBodyBytes(Cap);
        const HttpExchange e = send(client, server.url(QStringLiteral("/sized")));
        if (kept) {
            QVERIFY2(e.error.isEmpty(), qPrintable(describe(e)));
            QCOMPARE(e.responseBody, body);
        } else {
            QVERIFY2(e.error.contains(QLatin1String("larger than")), qPrintable(describe(e)));
            QVERIFY(e.responseBody.isEmpty());
        }
    }

    // Content-Length promises more than arrives before the server closes: the answer is
    // incomplete, and must not pass for a complete one with a short body.
    void aConnectionClosedMidBodyIsAFailure()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.on("/cut", [](QTcpSocket *socket, const ScriptedHttpServer::Seen &) {
            ScriptedHttpServer::writeAndClose(
                socket, ScriptedHttpServer::statusLine(200) +
                            "Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n" +
                            "{\"access_token\":\"" + QByteArray(900, 'a'));
        });
        HttpClient client;
        const HttpExchange e = send(client, server.url(QStringLiteral("/cut")));
        QCOMPARE(server.seen().size(), 1);
        QVERIFY2(e.error.contains(QLatin1String("cut off")), qPrintable(describe(e)));
        QCOMPARE(e.status, 200);           // what did arrive is shown
        QVERIFY(e.responseBody.isEmpty()); // but no part of the body passes for the answer
    }

    // The same with a chunked body that stops between two chunks. Qt 6.4 finishes such a
    // reply as complete when it reads the close after the last bytes (the channel treats an
    // unconnected socket in its body-reading state as the end of a body without a length),
    // and a chunked answer carries no length to check it against, so the console cannot tell.
    // The parsers behind it still refuse a truncated JSON body as unreadable.
    void aChunkedBodyCutOffIsAFailure()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.on("/cut", [](QTcpSocket *socket, const ScriptedHttpServer::Seen &) {
            ScriptedHttpServer::writeAndClose(
                socket, ScriptedHttpServer::statusLine(200) +
                            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "10\r\n{\"devicePhoneNum\r\n");
        });
        HttpClient client;
        const HttpExchange e = send(client, server.url(QStringLiteral("/cut")));
        // Which of the two Qt does depends on the order it reads the last bytes and the close.
        if (e.error.isEmpty())
            QEXPECT_FAIL("", "Qt 6.4 finishes a chunked body cut off between chunks as complete",
                         Abort);
        QVERIFY2(e.error.contains(QLatin1String("cut off")), qPrintable(describe(e)));
        QVERIFY(e.responseBody.isEmpty());
    }

    // An error status with a complete body stays an answer, not a failure.
    void anErrorStatusIsAnAnswer()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.answer("/missing", 404, "Content-Type: application/json\r\n",
                      R"({"status":404,"code":"NOT_FOUND","message":"x"})");
        HttpClient client;
        const HttpExchange e = send(client, server.url(QStringLiteral("/missing")));
        QVERIFY2(e.error.isEmpty(), qPrintable(describe(e)));
        QCOMPARE(e.status, 404);
        QVERIFY(e.responseBody.contains("NOT_FOUND"));
    }

    void aConnectionClosedBeforeAnyAnswerIsAFailure()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.on("/drop",
                  [](QTcpSocket *socket, const ScriptedHttpServer::Seen &) { socket->abort(); });
        HttpClient client;
        const HttpExchange e = send(client, server.url(QStringLiteral("/drop")));
        // Qt sends an idempotent request once more when the connection closes before any byte
        // of an answer; both times the server dropped it.
        QVERIFY2(server.seen().size() >= 1 && server.seen().size() <= 2,
                 qPrintable(QString::number(server.seen().size())));
        QVERIFY2(!e.error.isEmpty(), qPrintable(describe(e)));
        QCOMPARE(e.status, 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpFailures)
#include "tst_httpfailures.moc"
