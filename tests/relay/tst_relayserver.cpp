// nv-relay as its users run it: the real binary on loopback, spoken to over real HTTP and raw
// TCP. What the relay promises: the callback page, one pickup, long-polls, the caps and limits,
// and that no code reaches its output or any file.

#include "FileScan.h"
#include "RelayProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using nvtest::http;
using nvtest::HttpReply;
using nvtest::RelayProcess;

namespace {
const QByteArray KeyA = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"; // 43 base64url characters
const QByteArray KeyB = "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB";

QByteArray bearer(const QByteArray &key)
{
    return "Bearer " + key;
}
} // namespace

class TestRelayServer : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { m_relay.stop(); }
    void firstLineHelpAndVersion();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
    void callbackThenPickup();
    void pickupWaitingThenCallback();
    void errorResultIsHandedOver();
    void pagesSpeakThePhonesLanguage();
    void callbackProblems_data();
    void callbackProblems();
    void pickupRules();
    void longPollEndsWithNoContent();
    void twoPickupsOnOneState();
    void rateLimitPerClient();
    void trustedProxyNamesTheClient();
    void oversizeRequests();
    void slowRequestIsCut();
    void connectionCap();
    void noCodeInAnyFileOrOutput();

private:
    HttpReply open(const QString &state, const QByteArray &key = KeyA)
    {
        return http(m_network, "POST", m_relay.url(QStringLiteral("/v1/expect")),
                    {{"Authorization", bearer(key)}}, "state=" + state.toLatin1());
    }
    HttpReply pickup(const QString &state, int wait, const QByteArray &key = KeyA)
    {
        return http(m_network, "GET",
                    m_relay.url(QStringLiteral("/v1/pickup?state=%1&wait=%2").arg(state).arg(wait)),
                    {{"Authorization", bearer(key)}});
    }
    QNetworkReply *pickupAsync(const QString &state, int wait, const QByteArray &key = KeyA)
    {
        QNetworkRequest request(
            m_relay.url(QStringLiteral("/v1/pickup?state=%1&wait=%2").arg(state).arg(wait)));
        request.setRawHeader("Authorization", bearer(key));
        return m_network.get(request);
    }
    HttpReply callback(const QString &query)
    {
        return http(m_network, "GET", m_relay.url(QStringLiteral("/callback?") + query));
    }

    QNetworkAccessManager m_network;
    RelayProcess m_relay;
};

void TestRelayServer::firstLineHelpAndVersion()
{
    QVERIFY(m_relay.start({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}));
    QVERIFY2(QRegularExpression(QStringLiteral("^NV_RELAY_URL=http://127\\.0\\.0\\.1:\\d+\\n"))
                 .match(QString::fromLatin1(m_relay.output()))
                 .hasMatch(),
             m_relay.output().constData());
    QCOMPARE(http(m_network, "GET", m_relay.url(QStringLiteral("/healthz"))).status, 200);
    QCOMPARE(http(m_network, "GET", m_relay.url(QStringLiteral("/nothing"))).status, 404);
    QCOMPARE(http(m_network, "POST", m_relay.url(QStringLiteral("/callback"))).status, 405);
    m_relay.stop();
    QCOMPARE(m_relay.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_relay.process().exitCode(), 0);

    QProcess help;
    help.start(QStringLiteral(NV_RELAY_BINARY), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray text = help.readAllStandardOutput();
    for (const char *flag : {"--listen", "--ttl", "--max-entries", "--max-waiting", "--max-wait",
                             "--max-connections", "--idle-timeout", "--header-timeout", "--rate",
                             "--burst", "--trusted-proxy", "--quiet", "--version"})
        QVERIFY2(text.contains(flag), flag);
    QProcess version;
    version.start(QStringLiteral(NV_RELAY_BINARY), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().startsWith("nv-relay " NV_VERSION_STRING));
}

void TestRelayServer::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")};
    QTest::newRow("ttl") << QStringList{QStringLiteral("--ttl"), QStringLiteral("0")};
    QTest::newRow("rate") << QStringList{QStringLiteral("--rate"), QStringLiteral("-1")};
    QTest::newRow("proxy") << QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral("x")};
    QTest::newRow("positional") << QStringList{QStringLiteral("extra")};
}

void TestRelayServer::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(QStringLiteral(NV_RELAY_BINARY), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().startsWith("nv-relay: "));
}

void TestRelayServer::callbackThenPickup()
{
    QVERIFY(m_relay.start({}));
    const QString state = QStringLiteral("state-callback-then-pickup");
    const HttpReply opened = open(state);
    QCOMPARE(opened.status, 201);
    QCOMPARE(open(state).status, 200);       // the same console again: fine
    QCOMPARE(open(state, KeyB).status, 409); // another key: refused

    const HttpReply page = callback(QStringLiteral("code=c0de%2B%2F%3D&state=") + state);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("Done \xe2\x80\x94 look at the console"));
    QVERIFY(!page.body.contains("c0de"));
    QCOMPARE(page.header("Referrer-Policy"), QByteArray("no-referrer"));
    QCOMPARE(page.header("Cache-Control"), QByteArray("no-store"));

    const HttpReply result = pickup(state, 0);
    QCOMPARE(result.status, 200);
    const QJsonObject json = QJsonDocument::fromJson(result.body).object();
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("c0de+/="));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), state);
    QVERIFY(QDateTime::fromString(json.value(QStringLiteral("received_at")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());
    QVERIFY(!json.contains(QStringLiteral("error")));
    // Exactly once: then forgotten.
    QCOMPARE(pickup(state, 0).status, 404);
    QCOMPARE(pickup(state, 5).status, 404);
    QVERIFY(m_relay.waitForOutput("pickup 200 delivered"));
}

void TestRelayServer::pickupWaitingThenCallback()
{
    QVERIFY(m_relay.start({}));
    const QString state = QStringLiteral("state-pickup-then-callback");
    QCOMPARE(open(state).status, 201);
    QNetworkReply *waiting = pickupAsync(state, 25);
    QSignalSpy done(waiting, &QNetworkReply::finished);
    QVERIFY(m_relay.waitForOutput("pickup waiting"));
    QCOMPARE(done.count(), 0);
    QCOMPARE(callback(QStringLiteral("code=waited-for&state=") + state).status, 200);
    QVERIFY(done.count() == 1 || done.wait(20000));
    QCOMPARE(waiting->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonObject json = QJsonDocument::fromJson(waiting->readAll()).object();
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("waited-for"));
    waiting->deleteLater();
    QCOMPARE(pickup(state, 0).status, 404);
}

void TestRelayServer::errorResultIsHandedOver()
{
    QVERIFY(m_relay.start({}));
    const QString state = QStringLiteral("state-error-result-1");
    QCOMPARE(open(state).status, 201);
    const HttpReply page = callback(
        QStringLiteral("error=access_denied&error_description=Not+on+mobile+data&state=") + state);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("The sign-in was refused"));
    QVERIFY(page.body.contains("access_denied"));
    QVERIFY(page.body.contains("Not on mobile data"));
    const QJsonObject json = QJsonDocument::fromJson(pickup(state, 0).body).object();
    QCOMPARE(json.value(QStringLiteral("error")).toString(), QStringLiteral("access_denied"));
    QCOMPARE(json.value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Not on mobile data"));
    QVERIFY(!json.contains(QStringLiteral("code")));
}

// The phone's browser says which language it reads (Accept-Language): the page is in it, the
// console's JSON is not.
void TestRelayServer::pagesSpeakThePhonesLanguage()
{
    QVERIFY(m_relay.start({}));
    const QString state = QStringLiteral("state-page-language-1");
    QCOMPARE(open(state).status, 201);
    const HttpReply spanish =
        http(m_network, "GET", m_relay.url(QStringLiteral("/callback?code=c0de&state=") + state),
             {{"Accept-Language", "es-ES,es;q=0.9"}});
    QCOMPARE(spanish.status, 200);
    const QString es = QString::fromUtf8(spanish.body);
    QVERIFY2(es.contains(QStringLiteral("<html lang=\"es\">")), spanish.body);
    QVERIFY2(es.contains(QStringLiteral("<h1>Hecho: mire la consola</h1>")), spanish.body);
    QVERIFY2(es.contains(QStringLiteral("Relé de inicio de sesión de NV Console")), spanish.body);
    QCOMPARE(QJsonDocument::fromJson(pickup(state, 0).body)
                 .object()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("c0de"));

    const HttpReply english =
        http(m_network, "GET", m_relay.url(QStringLiteral("/callback?state=bad")),
             {{"Accept-Language", "en"}});
    QCOMPARE(english.status, 400);
    QVERIFY2(english.body.contains("This sign-in link does not work"), english.body);
    const HttpReply problem =
        http(m_network, "GET", m_relay.url(QStringLiteral("/callback?state=bad")),
             {{"Accept-Language", "es"}});
    QCOMPARE(problem.status, 400);
    QVERIFY2(QString::fromUtf8(problem.body)
                 .contains(QStringLiteral("Este enlace de inicio de sesión no funciona")),
             problem.body);
}

void TestRelayServer::callbackProblems_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("words");
    const QString open = QStringLiteral("state-open-for-problems");
    QTest::newRow("no state") << QStringLiteral("code=abc") << 400 << QByteArray("no valid state");
    QTest::newRow("short state") << QStringLiteral("code=abc&state=short") << 400
                                 << QByteArray("no valid state");
    QTest::newRow("odd state") << QStringLiteral("code=abc&state=%3Cscript%3Eabcdefghijkl") << 400
                               << QByteArray("no valid state");
    QTest::newRow("never opened") << QStringLiteral("code=abc&state=state-never-opened-x") << 400
                                  << QByteArray("No console is waiting");
    QTest::newRow("neither") << QStringLiteral("state=") + open << 400
                             << QByteArray("either a code or an error");
    QTest::newRow("both") << QStringLiteral("code=a&error=access_denied&state=") + open << 400
                          << QByteArray("either a code or an error");
    QTest::newRow("repeated") << QStringLiteral("code=a&code=b&state=") + open << 400
                              << QByteArray("repeated");
    QTest::newRow("control") << QStringLiteral("code=a%0Ab&state=") + open << 400
                             << QByteArray("printable ASCII");
    QTest::newRow("long value")
        << QStringLiteral("code=%1&state=%2").arg(QString(2049, QLatin1Char('x')), open) << 400
        << QByteArray("longer than 2048");
}

void TestRelayServer::callbackProblems()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QByteArray, words);
    QVERIFY(m_relay.start({}));
    QCOMPARE(open(QStringLiteral("state-open-for-problems")).status, 201);
    const HttpReply page = callback(query);
    QCOMPARE(page.status, status);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY2(page.body.contains(words), page.body.constData());
    // None of these stored anything: the open state still has no result.
    QCOMPARE(pickup(QStringLiteral("state-open-for-problems"), 0).status, 204);
}

void TestRelayServer::pickupRules()
{
    QVERIFY(m_relay.start({}));
    const QString state = QStringLiteral("state-pickup-rules-01");
    QCOMPARE(open(state).status, 201);
    QCOMPARE(pickup(state, 0).status, 204);       // open, nothing yet
    QCOMPARE(pickup(state, 0, KeyB).status, 404); // another key: as if unknown
    QCOMPARE(pickup(QStringLiteral("state-never-opened-0"), 0).status, 404);
    QCOMPARE(pickup(state, 31).status, 400); // beyond --max-wait
    QCOMPARE(pickup(QStringLiteral("bad"), 0).status, 400);
    const HttpReply noKey =
        http(m_network, "GET", m_relay.url(QStringLiteral("/v1/pickup?state=") + state));
    QCOMPARE(noKey.status, 401);
    QCOMPARE(noKey.header("WWW-Authenticate"), QByteArray("Bearer"));
    QCOMPARE(http(m_network, "GET", m_relay.url(QStringLiteral("/v1/pickup?state=") + state),
                  {{"Authorization", "Bearer short"}})
                 .status,
             401);
    // A callback for a state with a result already: the first result stays.
    QCOMPARE(callback(QStringLiteral("code=first&state=") + state).status, 200);
    QCOMPARE(callback(QStringLiteral("code=second&state=") + state).status, 409);
    QCOMPARE(QJsonDocument::fromJson(pickup(state, 0).body)
                 .object()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("first"));
}

void TestRelayServer::longPollEndsWithNoContent()
{
    QVERIFY(m_relay.start({QStringLiteral("--max-wait"), QStringLiteral("1")}));
    const QString state = QStringLiteral("state-long-poll-204");
    QCOMPARE(open(state).status, 201);
    const HttpReply reply = pickup(state, 1);
    QCOMPARE(reply.status, 204);
    QVERIFY(reply.body.isEmpty());
    QVERIFY(m_relay.waitForOutput("pickup 204 nothing-yet"));
    // Still open afterwards: the console asks again.
    QCOMPARE(callback(QStringLiteral("code=later&state=") + state).status, 200);
    QCOMPARE(pickup(state, 1).status, 200);
}

void TestRelayServer::twoPickupsOnOneState()
{
    // Defined behaviour: the newest pickup wins; the older one is answered 409 "superseded" at
    // once (its console most likely gave up on that connection already).
    QVERIFY(m_relay.start({}));
    const QString state = QStringLiteral("state-two-pickups-01");
    QCOMPARE(open(state).status, 201);
    QNetworkReply *first = pickupAsync(state, 25);
    QSignalSpy firstDone(first, &QNetworkReply::finished);
    QVERIFY(m_relay.waitForOutput("pickup waiting", 1));
    QNetworkReply *second = pickupAsync(state, 25);
    QSignalSpy secondDone(second, &QNetworkReply::finished);
    QVERIFY(firstDone.count() == 1 || firstDone.wait(20000));
    QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 409);
    QCOMPARE(QJsonDocument::fromJson(first->readAll()).object().value("error").toString(),
             QStringLiteral("superseded"));
    QVERIFY(m_relay.waitForOutput("pickup waiting", 2));
    QCOMPARE(secondDone.count(), 0);
    QCOMPARE(callback(QStringLiteral("code=to-the-second&state=") + state).status, 200);
    QVERIFY(secondDone.count() == 1 || secondDone.wait(20000));
    QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(second->readAll()).object().value("code").toString(),
             QStringLiteral("to-the-second"));
    first->deleteLater();
    second->deleteLater();
}

void TestRelayServer::rateLimitPerClient()
{
    QVERIFY(m_relay.start(
        {QStringLiteral("--burst"), QStringLiteral("3"), QStringLiteral("--rate"), "0.01"}));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(http(m_network, "GET", m_relay.url(QStringLiteral("/healthz"))).status, 200);
    const HttpReply limited = http(m_network, "GET", m_relay.url(QStringLiteral("/healthz")));
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    // The phone's page says so in words.
    const HttpReply page = callback(QStringLiteral("code=x&state=state-rate-limited-1"));
    QCOMPARE(page.status, 429);
    QVERIFY(page.body.contains("Too many requests"));
    QVERIFY(m_relay.waitForOutput("429 rate-limited", 2));
}

void TestRelayServer::trustedProxyNamesTheClient()
{
    QVERIFY(m_relay.start({QStringLiteral("--burst"), QStringLiteral("1"), QStringLiteral("--rate"),
                           QStringLiteral("0.01"), QStringLiteral("--trusted-proxy"),
                           QStringLiteral("127.0.0.1")}));
    const auto from = [this](const QByteArray &client) {
        return http(m_network, "GET", m_relay.url(QStringLiteral("/healthz")),
                    {{"X-Forwarded-For", "198.51.100.7, " + client}})
            .status;
    };
    QCOMPARE(from("192.0.2.1"), 200);
    QCOMPARE(from("192.0.2.1"), 429); // the same client, as the proxy saw it
    QCOMPARE(from("192.0.2.2"), 200); // another client behind the same proxy
    QCOMPARE(from("2001:db8:1:2::1"), 200);
    QCOMPARE(from("2001:db8:1:2::ffff"), 429); // the same /64
    m_relay.stop();

    // Without --trusted-proxy the header is ignored: every request is the loopback peer's.
    QVERIFY(m_relay.start({QStringLiteral("--burst"), QStringLiteral("1"), QStringLiteral("--rate"),
                           QStringLiteral("0.01")}));
    QCOMPARE(from("192.0.2.1"), 200);
    QCOMPARE(from("192.0.2.2"), 429);
}

void TestRelayServer::oversizeRequests()
{
    QVERIFY(m_relay.start({QStringLiteral("--burst"), QStringLiteral("100")}));
    // A query over 4096 bytes: 414.
    QCOMPARE(callback(QStringLiteral("code=%1&state=state-oversize-0001")
                          .arg(QString(5000, QLatin1Char('a'))))
                 .status,
             414);
    // A request over 16 KiB: the connection is cut without an answer.
    QTcpSocket socket;
    socket.connectToHost(m_relay.url().host(), quint16(m_relay.url().port()));
    QVERIFY(socket.waitForConnected(10000));
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(20000, 'p') +
                 "\r\n\r\n");
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState ||
            socket.waitForDisconnected(20000));
    QVERIFY(!socket.readAll().startsWith("HTTP/1.1 200"));
    QVERIFY(m_relay.waitForOutput("connection oversize"));
    // A body on expect over 1 KiB: 413.
    QCOMPARE(http(m_network, "POST", m_relay.url(QStringLiteral("/v1/expect")),
                  {{"Authorization", bearer(KeyA)}}, "state=" + QByteArray(2000, 'a'))
                 .status,
             413);
}

void TestRelayServer::slowRequestIsCut()
{
    QVERIFY(m_relay.start({QStringLiteral("--header-timeout"), QStringLiteral("1"),
                           QStringLiteral("--idle-timeout"), QStringLiteral("1")}));
    // Half a request line, then nothing: cut after the header timeout.
    QTcpSocket slow;
    slow.connectToHost(m_relay.url().host(), quint16(m_relay.url().port()));
    QVERIFY(slow.waitForConnected(10000));
    slow.write("GET /heal");
    QVERIFY(slow.waitForDisconnected(20000));
    QVERIFY(m_relay.waitForOutput("connection header-timeout"));
    // A kept-alive connection that asks nothing more: cut after the idle timeout.
    QTcpSocket idle;
    idle.connectToHost(m_relay.url().host(), quint16(m_relay.url().port()));
    QVERIFY(idle.waitForConnected(10000));
    idle.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(idle.waitForReadyRead(10000));
    QVERIFY(idle.readAll().startsWith("HTTP/1.1 200"));
    QVERIFY(idle.state() == QAbstractSocket::UnconnectedState || idle.waitForDisconnected(20000));
    QVERIFY(m_relay.waitForOutput("connection idle-timeout"));
}

void TestRelayServer::connectionCap()
{
    QVERIFY(m_relay.start({QStringLiteral("--max-connections"), QStringLiteral("2")}));
    QTcpSocket held[2];
    for (QTcpSocket &socket : held) {
        socket.connectToHost(m_relay.url().host(), quint16(m_relay.url().port()));
        QVERIFY(socket.waitForConnected(10000));
        // An answered request proves the relay accepted (and counts) this connection.
        socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(socket.waitForReadyRead(10000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
    }
    QTcpSocket third;
    third.connectToHost(m_relay.url().host(), quint16(m_relay.url().port()));
    QVERIFY(third.waitForConnected(10000));
    QVERIFY(third.waitForReadyRead(10000));
    QVERIFY(third.readAll().startsWith("HTTP/1.1 503"));
    QVERIFY(m_relay.waitForOutput("connection connection-cap"));
    // Once one closes, a new connection is served again.
    held[0].disconnectFromHost();
    QVERIFY(held[0].state() == QAbstractSocket::UnconnectedState ||
            held[0].waitForDisconnected(10000));
    QTRY_COMPARE_WITH_TIMEOUT(
        http(m_network, "GET", m_relay.url(QStringLiteral("/healthz"))).status, 200, 20000);
}

void TestRelayServer::noCodeInAnyFileOrOutput()
{
    // A fresh HOME, TMPDIR and working folder; standard output and error go to files in it, as
    // a service manager would keep them. Then every file there is searched for the values.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QDir(root.path()).mkpath(QStringLiteral("home"));
    QDir(root.path()).mkpath(QStringLiteral("tmp"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("TMPDIR"), root.filePath(QStringLiteral("tmp")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("home")));
    m_relay.process().setWorkingDirectory(root.path());
    m_relay.process().setStandardErrorFile(root.filePath(QStringLiteral("stderr.log")));
    QVERIFY(m_relay.start({}, environment));

    const QString code = QStringLiteral("SECRETCODE-7f3a9c2e51");
    const QString state = QStringLiteral("STATEVALUE-0b8d4e61c2");
    const QString description = QStringLiteral("DESCRIPTION-5c1e");
    QCOMPARE(open(state).status, 201);
    QCOMPARE(callback(QStringLiteral("code=%1&state=%2").arg(code, state)).status, 200);
    QCOMPARE(callback(QStringLiteral("code=%1&state=%2").arg(code, state)).status, 409);
    QCOMPARE(pickup(state, 0).status, 200);
    const QString refused = state + QStringLiteral("-2");
    QCOMPARE(open(refused).status, 201);
    QCOMPARE(callback(QStringLiteral("error=access_denied&error_description=%1&state=%2")
                          .arg(description, refused))
                 .status,
             200);
    QCOMPARE(pickup(refused, 0).status, 200);
    QCOMPARE(callback(QStringLiteral("code=%1&state=unknown-%2").arg(code, state)).status, 400);
    QVERIFY(m_relay.waitForOutput("pickup 200 delivered", 2));
    m_relay.stop();

    QFile out(root.filePath(QStringLiteral("stdout.log")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(m_relay.output() + m_relay.process().readAllStandardOutput());
    out.close();
    const nvtest::FileScan scan = nvtest::scanFiles(
        root.path(), {code, state, description, QString::fromLatin1(KeyA)}, "NV_RELAY_URL=");
    QVERIFY(scan.sawMarker); // the output was captured
    QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestRelayServer)
#include "tst_relayserver.moc"
