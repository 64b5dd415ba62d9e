#include "CliProcess.h"
#include "TinyProxy.h"
#include "TlsFront.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// nv-cli on a corporate network, with real components: tinyproxy as the proxy (open, and with
// Basic authentication), certificates of a private CA made with the openssl command at test
// time, and HTTPS fronts (QSslServer) for nv-sandbox, one of which requires a client
// certificate. Each check looks at what the other side saw (the proxy's log, the handshakes
// the front completed) besides what nv-cli says.
//
// Qt never sends requests for localhost or 127.x through a proxy (QNetworkProxy's own rule),
// so the proxied flows address the sandbox as http://0.0.0.0:PORT, which Linux delivers to
// the loopback listener but Qt does not count as loopback.
class TestCliCorporate : public QObject
{
    Q_OBJECT
private:
    using Result = nvtest::CliResult;
    static constexpr const char *ProxyPassword = "pr0xy-pa55-7Qz";
    static constexpr const char *KeyPassphrase = "client-key-pa55-9Wx";

    QTemporaryDir m_dir;
    QProcess m_sandbox;
    quint16 m_sandboxPort = 0;
    nvtest::TinyProxy m_open;
    nvtest::TinyProxy m_authenticated;
    std::unique_ptr<nvtest::TlsFront> m_tls;      // the private CA's server certificate
    std::unique_ptr<nvtest::TlsFront> m_mutual;   // the same, and a client certificate required
    std::unique_ptr<nvtest::TlsFront> m_misnamed; // a certificate for elsewhere.example

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool openssl(const QStringList &args, const QString &workDir)
    {
        QProcess p;
        p.setWorkingDirectory(workDir);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << "openssl" << args << p.readAllStandardError();
            return false;
        }
        return true;
    }
    bool writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    // A certificate for name (a key of its own), signed by the test's CA; extension: a line of
    // an openssl extension file (subjectAltName, extendedKeyUsage).
    bool issue(const QString &name, const QString &commonName, const QByteArray &extension,
               const QStringList &keyOptions = {})
    {
        const QString dir = m_dir.path();
        return writeFile(name + ".ext", extension + '\n') &&
               openssl(QStringList{"genpkey", "-algorithm", "EC", "-pkeyopt",
                                   "ec_paramgen_curve:P-256", "-out", name + ".key"} +
                           keyOptions,
                       dir) &&
               openssl({"req", "-new", "-key", name + ".key", "-passin",
                        QStringLiteral("pass:") + KeyPassphrase, "-subj", "/CN=" + commonName,
                        "-out", name + ".csr"},
                       dir) &&
               openssl({"x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                        "-CAcreateserial", "-days", "2", "-extfile", name + ".ext", "-out",
                        name + ".pem"},
                       dir);
    }
    bool makeCertificates()
    {
        const QString dir = m_dir.path();
        return openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj",
                        "/CN=NV Test Private CA"},
                       dir) &&
               issue("server", "127.0.0.1", "subjectAltName=IP:127.0.0.1") &&
               issue("misnamed", "elsewhere.example", "subjectAltName=DNS:elsewhere.example") &&
               issue("client", "partner-client", "extendedKeyUsage=clientAuth",
                     {"-aes256", "-pass", QStringLiteral("pass:") + KeyPassphrase}) &&
               issue("stranger", "stranger", "extendedKeyUsage=clientAuth") &&
               writeFile("not-pem.txt", "this is not a certificate\n") && makePkcs12Files();
    }
    // PKCS#12 files as partners get them, made by openssl pkcs12 -export: the client's
    // certificate and key under a passphrase (named .bin: the console tells PKCS#12 by content),
    // the certificate alone, and the certificate with another key.
    bool makePkcs12Files()
    {
        const QString dir = m_dir.path();
        const QString pass = QStringLiteral("pass:") + KeyPassphrase;
        return openssl({"pkcs12", "-export", "-in", "client.pem", "-inkey", "client.key", "-passin",
                        pass, "-passout", pass, "-out", "client-bundle.bin"},
                       dir) &&
               openssl({"pkcs12", "-export", "-in", "client.pem", "-nokeys", "-passout", pass,
                        "-out", "certificate-only.p12"},
                       dir) &&
               // pkcs12 -export refuses a certificate that does not match -inkey; given as an
               // extra certificate (-certfile) it goes in beside the key unchecked.
               openssl({"pkcs12", "-export", "-inkey", "stranger.key", "-nocerts", "-certfile",
                        "client.pem", "-passout", pass, "-out", "other-key.p12"},
                       dir);
    }
    QSslConfiguration serverConfiguration(const QString &name, bool requireClient) const
    {
        return nvtest::tlsServerConfiguration(path(name + ".pem"), path(name + ".key"),
                                              requireClient ? path("ca.pem") : QString());
    }

    static void stop(QProcess &process)
    {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
    }
    bool startSandbox()
    {
        m_sandbox.start(QStringLiteral(NV_SANDBOX_BINARY), {});
        if (!m_sandbox.waitForStarted())
            return false;
        QByteArray first;
        while (!first.contains('\n')) {
            if (!m_sandbox.waitForReadyRead(15000))
                return false;
            first += m_sandbox.readAllStandardOutput();
        }
        first = first.left(first.indexOf('\n')).trimmed();
        m_sandboxPort = first.mid(first.lastIndexOf(':') + 1).toUShort();
        return first.startsWith("NV_SANDBOX_URL=http://127.0.0.1:") && m_sandboxPort > 0;
    }

    // nv-cli, with this process's event loop running (the TLS fronts live here).
    Result cli(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_TEST_SECRET"), QStringLiteral("nv-sandbox-secret-3f9a"));
        env.insert(QStringLiteral("NV_PROXY_PASSWORD"), QLatin1String(ProxyPassword));
        env.insert(QStringLiteral("NV_WRONG_PASSWORD"), QStringLiteral("not-the-password"));
        env.insert(QStringLiteral("NV_KEY_PASSPHRASE"), QLatin1String(KeyPassphrase));
        env.insert(QStringLiteral("NV_WRONG_PASSPHRASE"), QStringLiteral("guess"));
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(NV_CLI_BINARY), args);
        Result result;
        if (!finished.wait(90000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    // A whole flow against base (the sandbox, or a front for it), with extra options.
    Result flow(const QString &base, const QStringList &extra, const QString &db = {})
    {
        QStringList args{"flow",
                         "--base-url",
                         base,
                         "--client-id",
                         "nv-console-sandbox",
                         "--client-secret-env",
                         "NV_TEST_SECRET",
                         "--redirect-uri",
                         "https://nv-console.invalid/callback",
                         "--phone",
                         "+34666666666",
                         "--timeout",
                         "20"};
        args << (db.isEmpty() ? QStringList{"--no-log"} : QStringList{"--log-db", db}) << extra;
        return cli(args);
    }
    QString viaProxy() const { return QStringLiteral("http://0.0.0.0:%1").arg(m_sandboxPort); }
    QString front(const nvtest::TlsFront &f) const
    {
        return QStringLiteral("https://127.0.0.1:%1").arg(f.port());
    }
    // The entries of the request log db, as HAR (nv-cli log export).
    QJsonArray harEntries(const QString &db)
    {
        const Result r = cli({"log", "export", "--log-db", db, "--har", "-"});
        return QJsonDocument::fromJson(r.out)
            .object()
            .value("log")
            .toObject()
            .value("entries")
            .toArray();
    }
    static QJsonObject entryOfStep(const QJsonArray &entries, const QString &step)
    {
        for (const QJsonValue e : entries) {
            if (e.toObject().value("_step").toString() == step)
                return e.toObject();
        }
        return {};
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void flowGoesThroughTheProxy();
    void loopbackGoesDirect();
    void proxyWithBasicAuthentication();
    void proxyAsksForAPasswordNobodyGave();
    void wrongProxyPassword();
    void wrongProxyPasswordForATunnel();
    void badProxyValue();
    void privateCaUnknownWithoutCaFile();
    void privateCaTrustedWithCaFile();
    void caFileThatIsNotPem();
    void certificateForAnotherName();
    void clientCertificateRequired();
    void clientCertificateSent();
    void clientKeyProblemsStopBeforeSending();
    void pkcs12ClientCertificateSent();
    void pkcs12ProblemsStopBeforeSending_data();
    void pkcs12ProblemsStopBeforeSending();
};

void TestCliCorporate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable("tinyproxy").isEmpty() ||
                 QFile::exists("/usr/bin/tinyproxy"),
             "tinyproxy is not installed (Debian package tinyproxy, in NV_PACKAGES)");
    QVERIFY2(!QStandardPaths::findExecutable("openssl").isEmpty(), "openssl is not installed");
    QVERIFY(makeCertificates());
    QVERIFY(startSandbox());
    QVERIFY(m_open.start(m_dir.path(), "open-proxy"));
    QVERIFY(m_authenticated.start(m_dir.path(), "auth-proxy", "alice", ProxyPassword));
    m_tls = std::make_unique<nvtest::TlsFront>(m_sandboxPort, serverConfiguration("server", false));
    m_mutual =
        std::make_unique<nvtest::TlsFront>(m_sandboxPort, serverConfiguration("server", true));
    m_misnamed =
        std::make_unique<nvtest::TlsFront>(m_sandboxPort, serverConfiguration("misnamed", false));
    QVERIFY(m_tls->listen() && m_mutual->listen() && m_misnamed->listen());
}

void TestCliCorporate::cleanupTestCase()
{
    m_open.stop();
    m_authenticated.stop();
    stop(m_sandbox);
}

void TestCliCorporate::flowGoesThroughTheProxy()
{
    const QString db = path("open-proxy.db");
    const QString proxy = m_open.url();
    const Result r = flow(viaProxy(), {"--proxy", proxy}, db);
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    // The proxy saw every back-channel request, the token and verify calls included.
    const QByteArray log = m_open.log();
    const QByteArray origin = viaProxy().toLatin1();
    QVERIFY2(log.contains("GET " + origin + "/camara/api/auth/v1/authorize?"), log);
    QVERIFY2(log.contains("POST " + origin + "/camara/api/auth/v1/token"), log);
    QVERIFY2(log.contains("POST " + origin + "/camara/api/number-verification/"), log);
    // The log says which proxy each exchange took.
    const QJsonArray entries = harEntries(db);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entryOfStep(entries, "token").value("_proxy").toString(), proxy);
    QCOMPARE(entryOfStep(entries, "verify").value("_proxy").toString(), proxy);
}

// Loopback is never proxied (Qt's rule, and Chromium's): the log says so instead of naming a
// proxy the request did not take.
void TestCliCorporate::loopbackGoesDirect()
{
    const QString db = path("loopback.db");
    const QByteArray before = m_open.log();
    const Result r = flow(QStringLiteral("http://127.0.0.1:%1").arg(m_sandboxPort),
                          {"--proxy", m_open.url()}, db);
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QCOMPARE(m_open.log().count("Request ("), before.count("Request ("));
    QCOMPARE(entryOfStep(harEntries(db), "token").value("_proxy").toString(),
             QStringLiteral("none (loopback)"));
}

void TestCliCorporate::proxyWithBasicAuthentication()
{
    const QString db = path("auth-proxy.db");
    const Result r = flow(viaProxy(),
                          {"--proxy", m_authenticated.url(), "--proxy-user", "alice",
                           "--proxy-password-env", "NV_PROXY_PASSWORD"},
                          db);
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QVERIFY2(m_authenticated.log().contains("/camara/api/auth/v1/token"), m_authenticated.log());
    // The password reaches the proxy only: not the output, not the log file.
    QVERIFY(!r.out.contains(ProxyPassword) && !r.err.contains(ProxyPassword));
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(ProxyPassword));
    const QByteArray har = QJsonDocument(harEntries(db)).toJson();
    QVERIFY(!har.contains(ProxyPassword));
    QVERIFY(!har.contains(QByteArray(ProxyPassword).toBase64()));
}

void TestCliCorporate::proxyAsksForAPasswordNobodyGave()
{
    const Result r = flow(viaProxy(), {"--proxy", m_authenticated.url()});
    QCOMPARE(r.exitCode, 5); // could not reach the operator
    QVERIFY2(r.out.contains("asks for a user name and password (407)"), r.out);
    QVERIFY2(r.out.contains("--proxy-password-env"), r.out);
}

void TestCliCorporate::wrongProxyPassword()
{
    const QString db = path("wrong-password.db");
    const Result r = flow(viaProxy(),
                          {"--proxy", m_authenticated.url(), "--proxy-user", "alice",
                           "--proxy-password-env", "NV_WRONG_PASSWORD"},
                          db);
    QCOMPARE(r.exitCode, 5); // could not reach the operator
    // tinyproxy answers a wrong proxy password with 401 (not 407): said as the proxy's refusal,
    // naming the proxy and the user, not as the operator's answer.
    const QByteArray said = "The proxy " + m_authenticated.url().toUtf8() +
                            " refused the credentials given: the user name \"alice\" or its "
                            "password is wrong.";
    QVERIFY2(r.out.contains(said), r.out);
    const QJsonObject authorize = entryOfStep(harEntries(db), "authorize");
    QVERIFY2(authorize.value("response").toObject().value("status").toInt() == 401,
             QJsonDocument(authorize).toJson());
    QVERIFY(!r.out.contains("not-the-password"));
}

// An https operator is reached through a CONNECT tunnel, which tinyproxy refuses with 401 for a
// wrong password; Qt then says only "Error communicating with HTTP proxy".
void TestCliCorporate::wrongProxyPasswordForATunnel()
{
    const QString operatorUrl = QStringLiteral("https://0.0.0.0:%1").arg(m_tls->port());
    const Result r = flow(operatorUrl, {"--proxy", m_authenticated.url(), "--proxy-user", "alice",
                                        "--proxy-password-env", "NV_WRONG_PASSWORD", "--ca-file",
                                        path("ca.pem")});
    QCOMPARE(r.exitCode, 5); // could not reach the operator
    const QByteArray said =
        "The proxy " + m_authenticated.url().toUtf8() +
        " would not open a connection to 0.0.0.0:" + QByteArray::number(m_tls->port()) +
        ". With the user name \"alice\" given, the usual cause is that it "
        "refused the credentials";
    QVERIFY2(r.out.contains(said), r.out);
    QVERIFY2(m_authenticated.log().contains("CONNECT 0.0.0.0:"), m_authenticated.log());
    QVERIFY(!r.out.contains("not-the-password"));
}

void TestCliCorporate::badProxyValue()
{
    const Result r = flow(viaProxy(), {"--proxy", "https://user:pw@proxy.example:8443"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("not of the form http://host:port") ||
                 r.out.contains("http://host:port"),
             r.out + r.err);
}

void TestCliCorporate::privateCaUnknownWithoutCaFile()
{
    const int before = m_tls->handshakes();
    const Result r = flow(front(*m_tls), {});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.out.contains("signed by a CA this machine does not trust"), r.out);
    QVERIFY2(r.out.contains("NV Test Private CA"), r.out);
    QVERIFY2(r.out.contains("--ca-file"), r.out);
    QCOMPARE(m_tls->handshakes(), before); // refused by the client, nothing sent
}

void TestCliCorporate::privateCaTrustedWithCaFile()
{
    const QString db = path("tls.db");
    const Result r = flow(front(*m_tls), {"--ca-file", path("ca.pem")}, db);
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QVERIFY(m_tls->handshakes() > 0);
    const QJsonObject tls = entryOfStep(harEntries(db), "token").value("_tls").toObject();
    QVERIFY2(tls.value("protocol").toString().startsWith("TLS 1."), QJsonDocument(tls).toJson());
    QVERIFY(!tls.value("cipher").toString().isEmpty());
    QCOMPARE(tls.value("verification").toString(), QStringLiteral("verified"));
    const QJsonArray chain = tls.value("peerChain").toArray();
    QVERIFY(!chain.isEmpty());
    QCOMPARE(chain.first().toObject().value("subject").toString(), QStringLiteral("CN=127.0.0.1"));
    QCOMPARE(chain.first().toObject().value("issuer").toString(),
             QStringLiteral("CN=NV Test Private CA"));
    QVERIFY(!chain.first().toObject().value("notAfter").toString().isEmpty());
}

void TestCliCorporate::caFileThatIsNotPem()
{
    const Result r = flow(front(*m_tls), {"--ca-file", path("not-pem.txt")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("holds no PEM certificate"), r.err);
    const Result missing = flow(front(*m_tls), {"--ca-file", path("missing.pem")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("Cannot read the CA file"), missing.err);
}

void TestCliCorporate::certificateForAnotherName()
{
    const Result r = flow(front(*m_misnamed), {"--ca-file", path("ca.pem")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.out.contains("certificate is for elsewhere.example, not for 127.0.0.1:"), r.out);
}

void TestCliCorporate::clientCertificateRequired()
{
    const Result r = flow(front(*m_mutual), {"--ca-file", path("ca.pem")});
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.out.contains("requires a client certificate does this when none is offered"), r.out);
    QVERIFY(m_mutual->clientCertificates().isEmpty());
}

void TestCliCorporate::clientCertificateSent()
{
    const QString db = path("mtls.db");
    const Result r =
        flow(front(*m_mutual),
             {"--ca-file", path("ca.pem"), "--client-cert", path("client.pem"), "--client-key",
              path("client.key"), "--client-key-password-env", "NV_KEY_PASSPHRASE"},
             db);
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QVERIFY(m_mutual->clientCertificates().contains("partner-client"));
    QVERIFY(entryOfStep(harEntries(db), "token")
                .value("_tls")
                .toObject()
                .value("clientCertificate")
                .toBool());
    QVERIFY(!r.out.contains(KeyPassphrase) && !r.err.contains(KeyPassphrase));
}

void TestCliCorporate::clientKeyProblemsStopBeforeSending()
{
    const int before = m_mutual->handshakes();
    const QStringList base{"--ca-file", path("ca.pem"), "--client-cert", path("client.pem")};
    Result r = flow(front(*m_mutual), base + QStringList{"--client-key", path("client.key")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is encrypted and the passphrase is missing"), r.err);
    r = flow(front(*m_mutual),
             base + QStringList{"--client-key", path("client.key"), "--client-key-password-env",
                                "NV_WRONG_PASSPHRASE"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("the passphrase is wrong"), r.err);
    r = flow(front(*m_mutual), base + QStringList{"--client-key", path("stranger.key")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("does not belong to the certificate"), r.err);
    r = flow(front(*m_mutual), {"--client-cert", path("client.pem")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no client key"), r.err);
    QCOMPARE(m_mutual->handshakes(), before);
}

// A PKCS#12 file as --client-cert, without --client-key: its certificate reaches the server.
void TestCliCorporate::pkcs12ClientCertificateSent()
{
    const QString db = path("pkcs12.db");
    const qsizetype before = m_mutual->clientCertificates().count("partner-client");
    const Result r = flow(front(*m_mutual),
                          {"--ca-file", path("ca.pem"), "--client-cert", path("client-bundle.bin"),
                           "--client-key-password-env", "NV_KEY_PASSPHRASE"},
                          db);
    QVERIFY2(r.exitCode == 0, r.out + r.err);
    QVERIFY(m_mutual->clientCertificates().count("partner-client") > before);
    QVERIFY(entryOfStep(harEntries(db), "token")
                .value("_tls")
                .toObject()
                .value("clientCertificate")
                .toBool());
    QVERIFY(!r.out.contains(KeyPassphrase) && !r.err.contains(KeyPassphrase));
}

void TestCliCorporate::pkcs12ProblemsStopBeforeSending_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("said");
    const QString bundle = path("client-bundle.bin");
    QTest::newRow("wrong passphrase")
        << QStringList{"--client-cert", bundle, "--client-key-password-env", "NV_WRONG_PASSPHRASE"}
        << "The passphrase for the PKCS#12 file " + bundle + " is wrong.";
    QTest::newRow("no passphrase") << QStringList{"--client-cert", bundle}
                                   << "is protected by a passphrase and none was given";
    QTest::newRow("certificate without its key")
        << QStringList{"--client-cert", path("certificate-only.p12"), "--client-key-password-env",
                       "NV_KEY_PASSPHRASE"}
        << "holds no private key";
    QTest::newRow("key of another certificate")
        << QStringList{"--client-cert", path("other-key.p12"), "--client-key-password-env",
                       "NV_KEY_PASSPHRASE"}
        << "does not belong to any certificate in it";
    QTest::newRow("unreadable file")
        << QStringList{"--client-cert", path("missing.p12"), "--client-key-password-env",
                       "NV_KEY_PASSPHRASE"}
        << "Cannot read the client certificate " + path("missing.p12");
    QTest::newRow("a folder") << QStringList{"--client-cert", m_dir.path()}
                              << "Cannot read the client certificate " + m_dir.path();
    QTest::newRow("a key beside it") << QStringList{"--client-cert",
                                                    bundle,
                                                    "--client-key",
                                                    path("client.key"),
                                                    "--client-key-password-env",
                                                    "NV_KEY_PASSPHRASE"}
                                     << "is a PKCS#12 file, which carries its own key";
}

// Each refusal in its own words, exit 2, and no handshake with the server.
void TestCliCorporate::pkcs12ProblemsStopBeforeSending()
{
    QFETCH(QStringList, options);
    QFETCH(QString, said);
    const int before = m_mutual->handshakes();
    const Result r = flow(front(*m_mutual), QStringList{"--ca-file", path("ca.pem")} + options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(said.toUtf8()), r.err);
    QCOMPARE(m_mutual->handshakes(), before);
    QVERIFY(!r.err.contains("guess") && !r.err.contains(KeyPassphrase));
}

QTEST_GUILESS_MAIN(TestCliCorporate)
#include "tst_cli_corporate.moc"
