#include "EmbeddedBrowserLoader.h"
#include "RunSession.h"
#include "TinyProxy.h"
#include "TlsFront.h"
#include "flow/FlowRun.h"
#include "sandbox/OperatorSandbox.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace nv;

// The embedded browser (the real module, loaded as the programs load it, headless) with a
// profile's TLS settings, against HTTPS fronts for the sandbox on loopback whose certificates
// come from a private CA made with the openssl command here. Qt WebEngine 6.4 cannot be given
// trust anchors, so without the profile's CA file the authorize page is refused and the
// refusal named; with it the page loads and the flow verifies (the browser's own certificate
// check, PageCertificates, accepted the chain). A front that requires a client certificate
// lets the browser through only with the profile's certificate, PEM or PKCS#12; a front with a
// certificate for another name is refused although the CA is known.
class TestBrowserTls : public QObject
{
    Q_OBJECT
    static constexpr const char *Passphrase = "browser-p12-pa55";
    static constexpr const char *ProxyPassword = "browser-pr0xy-pa55";

    QTemporaryDir m_dir;
    std::unique_ptr<OperatorSandbox> m_operator;
    std::unique_ptr<nvtest::TlsFront> m_tls;
    std::unique_ptr<nvtest::TlsFront> m_mutual;
    std::unique_ptr<nvtest::TlsFront> m_misnamed;
    nvtest::TinyProxy m_proxy;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &args) const
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << "openssl" << args << p.readAllStandardError();
            return false;
        }
        return true;
    }
    bool issue(const QString &name, const QString &commonName, const QByteArray &extension)
    {
        QFile ext(path(name + ".ext"));
        if (!ext.open(QIODevice::WriteOnly) || ext.write(extension + '\n') <= 0)
            return false;
        ext.close();
        return openssl({"genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-out", name + ".key"}) &&
               openssl({"req", "-new", "-key", name + ".key", "-subj", "/CN=" + commonName, "-out",
                        name + ".csr"}) &&
               openssl({"x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                        "-CAcreateserial", "-days", "2", "-extfile", name + ".ext", "-out",
                        name + ".pem"});
    }
    bool makeCertificates()
    {
        const QString pass = QStringLiteral("pass:") + Passphrase;
        return openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj",
                        "/CN=NV Browser Test CA"}) &&
               issue("server", "127.0.0.1", "subjectAltName=IP:127.0.0.1") &&
               issue("misnamed", "elsewhere.example", "subjectAltName=DNS:elsewhere.example") &&
               issue("client", "browser-client", "extendedKeyUsage=clientAuth") &&
               openssl({"pkcs12", "-export", "-in", "client.pem", "-inkey", "client.key",
                        "-passout", pass, "-out", "client.p12"});
    }
    QSslConfiguration serverConfiguration(const QString &name, bool requireClient) const
    {
        return nvtest::tlsServerConfiguration(path(name + ".pem"), path(name + ".key"),
                                              requireClient ? path("ca.pem") : QString());
    }

    struct Run
    {
        FlowOutcome outcome;
        QString authorizeFailure; // the authorize step's words, empty when it passed
        std::optional<ProxyRefusal> proxyRefusal; // RunSession::proxyRefused, when emitted
    };
    Run run(const nvtest::TlsFront &front, const NetworkSettings &network,
            const QString &passphrase = {})
    {
        NetworkSecrets secrets;
        secrets.clientKeyPassphrase = passphrase;
        return run(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(front.port())), network,
                   secrets);
    }
    // A whole flow in the embedded browser, headless, against base with network settings.
    Run run(const QUrl &base, const NetworkSettings &network, const NetworkSecrets &secrets)
    {
        SessionOptions options;
        options.recordLog = false;
        options.checkIdToken = false;
        RunSession session(options);
        RunRequest request;
        request.profile = Profile::builtInSandbox().resolvedAgainst(base);
        request.profile.name = QStringLiteral("Operator behind a private CA");
        request.profile.sandbox = false;
        request.profile.builtIn = false;
        request.profile.network = network;
        request.phoneNumber = SandboxConfig::defaults().msisdn;
        request.clientSecret = SandboxConfig::defaultClientSecret();
        request.driver = DriverKind::EmbeddedBrowser;
        request.driverOptions.unattended = true;
        request.authorizeTimeoutMs = 60000;
        request.networkSecrets = secrets;
        QSignalSpy created(&session, &RunSession::runCreated);
        QSignalSpy proxyRefused(&session, &RunSession::proxyRefused);
        QSignalSpy refused(&session, &RunSession::notStarted);
        session.start(request, RunSession::Mode::WholeFlow);
        Run result;
        if (created.isEmpty() && !created.wait(10000)) {
            result.authorizeFailure = refused.isEmpty()
                                          ? QStringLiteral("not started")
                                          : refused.first().first().value<RunProblem>().detail;
            return result;
        }
        QSignalSpy finished(session.currentRun(), &FlowRun::finished);
        if (!finished.wait(120000))
            return result;
        result.outcome = finished.first().first().value<FlowOutcome>();
        if (result.outcome.stage == FlowStage::Authorize)
            result.authorizeFailure = result.outcome.message + ' ' + result.outcome.explanation;
        if (!proxyRefused.isEmpty())
            result.proxyRefusal = proxyRefused.first().first().value<ProxyRefusal>();
        return result;
    }
    QUrl viaProxy() const
    {
        return QUrl(QStringLiteral("http://0.0.0.0:%1").arg(m_operator->baseUrl().port()));
    }
    NetworkSettings proxied() const
    {
        NetworkSettings s;
        s.proxyMode = NetworkSettings::ProxyMode::Manual;
        s.proxyUrl = QUrl(m_proxy.url());
        s.proxyUser = QStringLiteral("alice");
        return s;
    }
    NetworkSettings withCa() const
    {
        NetworkSettings s;
        s.proxyMode = NetworkSettings::ProxyMode::None;
        s.caFile = path("ca.pem");
        return s;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FlowOutcome>();
        qRegisterMetaType<RunProblem>();
        qRegisterMetaType<ProxyRefusal>();
        qRegisterMetaType<FlowRun *>();
        QVERIFY(m_dir.isValid());
        QString why;
        QVERIFY2(EmbeddedBrowserLoader::isInstalled(&why), qPrintable(why));
        QVERIFY(makeCertificates());
        m_operator = std::make_unique<OperatorSandbox>(SandboxConfig::defaults());
        QVERIFY(m_operator->listen());
        const quint16 port = quint16(m_operator->baseUrl().port());
        m_tls = std::make_unique<nvtest::TlsFront>(port, serverConfiguration("server", false));
        m_mutual = std::make_unique<nvtest::TlsFront>(port, serverConfiguration("server", true));
        m_misnamed =
            std::make_unique<nvtest::TlsFront>(port, serverConfiguration("misnamed", false));
        QVERIFY(m_tls->listen() && m_mutual->listen() && m_misnamed->listen());
        QVERIFY2(m_proxy.start(m_dir.path(), "browser-proxy", "alice", ProxyPassword),
                 "tinyproxy did not start (Debian package tinyproxy, in NV_PACKAGES)");
    }
    void cleanupTestCase() { m_proxy.stop(); }

    void privateCaRefusedAndNamedWithoutTheCaFile()
    {
        NetworkSettings direct;
        direct.proxyMode = NetworkSettings::ProxyMode::None;
        const Run r = run(*m_tls, direct);
        QVERIFY(r.outcome.kind != FlowOutcome::Kind::Verified);
        QCOMPARE(r.outcome.stage, FlowStage::Authorize);
        QVERIFY2(r.authorizeFailure.contains("signed by a CA this machine does not trust"),
                 qPrintable(r.authorizeFailure));
        QVERIFY2(r.authorizeFailure.contains("NV Browser Test CA"), qPrintable(r.authorizeFailure));
    }

    void privateCaTrustedWithTheCaFile()
    {
        const Run r = run(*m_tls, withCa());
        QVERIFY2(r.outcome.kind == FlowOutcome::Kind::Verified,
                 qPrintable(r.outcome.kindName() + ": " + r.authorizeFailure + r.outcome.message));
    }

    // The CA is known, the name is not the host's: refused, as a back-channel request would be.
    void otherNameRefusedAlthoughTheCaIsKnown()
    {
        const Run r = run(*m_misnamed, withCa());
        QVERIFY(r.outcome.kind != FlowOutcome::Kind::Verified);
        QVERIFY2(r.authorizeFailure.contains("certificate is for elsewhere.example"),
                 qPrintable(r.authorizeFailure));
    }

    // Chromium follows the profile's proxy and asks the page for its credentials: answered with
    // the profile's user name and password, the authorize chain goes through tinyproxy (the
    // operator is addressed as 0.0.0.0: loopback is never proxied, by Qt or Chromium).
    void proxyAnsweredByTheBrowser()
    {
        const QByteArray before = m_proxy.log();
        NetworkSecrets secrets;
        secrets.proxyPassword = QLatin1String(ProxyPassword);
        const Run r = run(viaProxy(), proxied(), secrets);
        QVERIFY2(r.outcome.kind == FlowOutcome::Kind::Verified,
                 qPrintable(r.outcome.kindName() + ": " + r.authorizeFailure + r.outcome.message));
        const QByteArray log = m_proxy.log().mid(before.size());
        QVERIFY2(log.contains("GET " + viaProxy().toEncoded() + "/camara/api/auth/v1/authorize?"),
                 log);
        QVERIFY(!r.proxyRefusal);
    }
    // No password: the page's 407 ends the run, and the session says the proxy needs one (the
    // window asks for it then).
    void proxyWithoutPasswordSaid()
    {
        const Run r = run(viaProxy(), proxied(), {});
        QVERIFY(r.outcome.kind != FlowOutcome::Kind::Verified);
        QVERIFY2(r.proxyRefusal.has_value(), qPrintable(r.authorizeFailure));
        QCOMPARE(r.proxyRefusal->kind, ProxyRefusal::Kind::NeedsCredentials);
        QCOMPARE(r.proxyRefusal->proxy, m_proxy.url());
    }

    void clientCertificateRequired()
    {
        const qsizetype before = m_mutual->clientCertificates().size();
        const Run r = run(*m_mutual, withCa());
        QVERIFY(r.outcome.kind != FlowOutcome::Kind::Verified);
        QCOMPARE(r.outcome.stage, FlowStage::Authorize);
        QCOMPARE(m_mutual->clientCertificates().size(), before);
    }

    void clientCertificateOffered_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("PEM") << "client.pem"
                             << "client.key" << QString();
        QTest::newRow("PKCS#12") << "client.p12" << QString() << QString::fromLatin1(Passphrase);
    }
    void clientCertificateOffered()
    {
        QFETCH(QString, certificate);
        QFETCH(QString, key);
        QFETCH(QString, passphrase);
        NetworkSettings s = withCa();
        s.clientCertFile = path(certificate);
        s.clientKeyFile = key.isEmpty() ? QString() : path(key);
        const Run r = run(*m_mutual, s, passphrase);
        QVERIFY2(r.outcome.kind == FlowOutcome::Kind::Verified,
                 qPrintable(r.outcome.kindName() + ": " + r.authorizeFailure + r.outcome.message));
        QVERIFY(m_mutual->clientCertificates().contains("browser-client"));
    }
};

int main(int argc, char **argv)
{
    // As nv-cli does for --browser offscreen: before the application object exists.
    EmbeddedBrowserLoader::prepareApplication();
    QGuiApplication app(argc, argv);
    TestBrowserTls test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_browsertls.moc"
