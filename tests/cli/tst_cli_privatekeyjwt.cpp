#include "CliProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

// private_key_jwt as a partner's engineer does it, with the real binaries: nv-cli key new, the
// public key registered with nv-sandbox, nv-cli flow --key-file; the refusals explained, and bad
// key input refused with exit 2 before anything is sent.
class TestCliPrivateKeyJwt : public QObject
{
    Q_OBJECT
private:
    using Result = nvtest::CliResult;
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QString m_sandboxUrl;
    QString m_rsaKid;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static Result cli(const QStringList &args,
                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return nvtest::runCli(QStringLiteral(NV_CLI_BINARY), args, env);
    }
    bool writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    // Starts nv-sandbox with the clients given; its URL, or why it did not start.
    static QString startSandbox(QProcess &process, const QStringList &clients, QString *why)
    {
        QStringList args{QStringLiteral("--quiet")};
        for (const QString &client : clients)
            args << QStringLiteral("--client") << client;
        process.start(QStringLiteral(NV_SANDBOX_BINARY), args);
        if (!process.waitForStarted())
            return {};
        while (!process.canReadLine() && process.state() == QProcess::Running)
            process.waitForReadyRead(15000);
        const QByteArray first = process.readLine().trimmed();
        if (!first.startsWith("NV_SANDBOX_URL=")) {
            process.waitForFinished(5000);
            *why = QString::fromLocal8Bit(first + process.readAllStandardError());
            return {};
        }
        return QString::fromLatin1(first.mid(first.indexOf('=') + 1));
    }
    QStringList flow(const QString &clientId, const QString &baseUrl) const
    {
        return {QStringLiteral("flow"),
                QStringLiteral("--json"),
                QStringLiteral("--no-log"),
                QStringLiteral("--base-url"),
                baseUrl,
                QStringLiteral("--client-id"),
                clientId,
                QStringLiteral("--redirect-uri"),
                QStringLiteral("https://nv-console.invalid/callback"),
                QStringLiteral("--token-auth"),
                QStringLiteral("private_key_jwt"),
                QStringLiteral("--phone"),
                QStringLiteral("+34666666666")};
    }
    static QJsonObject error(const Result &r)
    {
        return r.json().value(QStringLiteral("error")).toObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result made = cli({QStringLiteral("key"), QStringLiteral("new"),
                                 QStringLiteral("--alg"), QStringLiteral("RS256"),
                                 QStringLiteral("--out"), path(QStringLiteral("client.pem"))});
        QCOMPARE(made.exitCode, 0);
        m_rsaKid = QJsonDocument::fromJson(made.out)
                       .object()
                       .value(QStringLiteral("keys"))
                       .toArray()
                       .first()
                       .toObject()
                       .value(QStringLiteral("kid"))
                       .toString();
        QCOMPARE(m_rsaKid.size(), 43);
        const Result pem =
            cli({QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--key-file"),
                 path(QStringLiteral("client.pem")), QStringLiteral("--pem")});
        QCOMPARE(pem.exitCode, 0);
        QVERIFY(writeFile(QStringLiteral("client.pub"), pem.out));
        QString why;
        m_sandboxUrl = startSandbox(
            m_sandbox,
            {QStringLiteral("jwt-client,key=%1").arg(path(QStringLiteral("client.pub")))}, &why);
        QVERIFY2(!m_sandboxUrl.isEmpty(), qPrintable(why));
    }
    void cleanupTestCase()
    {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(5000))
            m_sandbox.kill();
    }

    void keyNewWritesAPrivateFileOnce()
    {
        const QString file = path(QStringLiteral("client.pem"));
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QFile pem(file);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        const QByteArray before = pem.readAll();
        QVERIFY(before.startsWith("-----BEGIN PRIVATE KEY-----"));

        const QStringList again{QStringLiteral("key"),   QStringLiteral("new"),
                                QStringLiteral("--alg"), QStringLiteral("ES256"),
                                QStringLiteral("--out"), file};
        Result r = cli(again);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("never overwrites"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        pem.seek(0);
        QCOMPARE(pem.readAll(), before);
        r = cli({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--alg"),
                 QStringLiteral("ES256"), QStringLiteral("--out"), m_dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("not a regular file"), r.err.constData());
        r = cli({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--alg"),
                 QStringLiteral("HS256"), QStringLiteral("--out"), path(QStringLiteral("x.pem"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.pem"))));
    }

    void keyShowPrintsThePublicJwks()
    {
        const Result r = cli({QStringLiteral("key"), QStringLiteral("show"),
                              QStringLiteral("--key-file"), path(QStringLiteral("client.pem"))});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject key = QJsonDocument::fromJson(r.out)
                                    .object()
                                    .value(QStringLiteral("keys"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QCOMPARE(key.value(QStringLiteral("kid")).toString(), m_rsaKid);
        QCOMPARE(key.value(QStringLiteral("kty")).toString(), QStringLiteral("RSA"));
        QVERIFY(!key.contains(QStringLiteral("d"))); // public members only
        QVERIFY(!r.out.contains("PRIVATE"));
        // The public PEM shows the same key.
        QCOMPARE(cli({QStringLiteral("key"), QStringLiteral("show"), QStringLiteral("--key-file"),
                      path(QStringLiteral("client.pub"))})
                     .out,
                 r.out);
    }

    void flowWithTheKeyFileVerifies()
    {
        Result r = cli(flow(QStringLiteral("jwt-client"), m_sandboxUrl)
                       << QStringLiteral("--key-file") << path(QStringLiteral("client.pem")));
        QVERIFY2(r.exitCode == 0, r.out + r.err);
        QCOMPARE(r.json().value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(true));
        // From an environment variable, addressed to the issuer this time.
        QFile pem(path(QStringLiteral("client.pem")));
        QVERIFY(pem.open(QIODevice::ReadOnly));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_TEST_KEY"), QString::fromLatin1(pem.readAll()));
        r = cli(flow(QStringLiteral("jwt-client"), m_sandboxUrl)
                    << QStringLiteral("--key-env") << QStringLiteral("NV_TEST_KEY")
                    << QStringLiteral("--assertion-audience") << QStringLiteral("issuer"),
                env);
        QVERIFY2(r.exitCode == 0, r.out + r.err);
    }

    void expiredAssertionIsRefusedAndExplained()
    {
        const Result r =
            cli(flow(QStringLiteral("jwt-client"), m_sandboxUrl)
                << QStringLiteral("--key-file") << path(QStringLiteral("client.pem"))
                << QStringLiteral("--assertion-clock-offset") << QStringLiteral("-600"));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(error(r).value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_client"));
        QVERIFY2(error(r).value(QStringLiteral("message")).toString().contains("expired"),
                 r.out.constData());
        QVERIFY2(error(r).value(QStringLiteral("explanation")).toString().contains("clock"),
                 r.out.constData());
    }

    void wrongKeyIsInvalidClientExplained()
    {
        const Result made = cli({QStringLiteral("key"), QStringLiteral("new"),
                                 QStringLiteral("--alg"), QStringLiteral("RS256"),
                                 QStringLiteral("--out"), path(QStringLiteral("other.pem"))});
        QCOMPARE(made.exitCode, 0);
        const QString otherKid = QJsonDocument::fromJson(made.out)
                                     .object()
                                     .value(QStringLiteral("keys"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("kid"))
                                     .toString();
        QCOMPARE(otherKid.size(), 43);
        const Result r = cli(flow(QStringLiteral("jwt-client"), m_sandboxUrl)
                             << QStringLiteral("--key-file") << path(QStringLiteral("other.pem")));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(error(r).value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(error(r).value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_client"));
        const QString explanation = error(r).value(QStringLiteral("explanation")).toString();
        // It names the key it signed with, which is not the registered one.
        QVERIFY2(explanation.contains(otherKid) && !explanation.contains(m_rsaKid),
                 qPrintable(explanation));
        QVERIFY2(error(r).value(QStringLiteral("message")).toString().contains("signature"),
                 r.out.constData());
        QVERIFY(!r.out.contains("PRIVATE KEY"));
    }

    void badKeyInputExitsTwoAndSendsNothing_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("reason");
        QVERIFY(writeFile(QStringLiteral("notes.txt"), "just some text\n"));
        QVERIFY(writeFile(QStringLiteral("big.pem"), QByteArray(100 * 1024, 'A')));
        QCOMPARE(::mkfifo(QFile::encodeName(path(QStringLiteral("fifo"))).constData(), 0600), 0);
        const auto file = [this](const char *name) {
            return QStringList{QStringLiteral("--key-file"), path(QLatin1String(name))};
        };
        QTest::newRow("unreadable") << file("missing.pem") << "No such file";
        QTest::newRow("not a key") << file("notes.txt") << "not a PEM key";
        QTest::newRow("public key") << file("client.pub") << "public key";
        QTest::newRow("a FIFO") << file("fifo") << "not a regular file";
        QTest::newRow("too big") << file("big.pem") << "too large";
        QTest::newRow("alg mismatch") << (file("client.pem") << "--alg"
                                                             << "ES256")
                                      << "needs an EC key";
        QTest::newRow("unknown alg") << (file("client.pem") << "--alg"
                                                            << "HS256")
                                     << "--alg";
        QTest::newRow("unset variable") << QStringList{"--key-env", "NV_UNSET_KEY"} << "not set";
        QTest::newRow("secret with key") << (file("client.pem") << "--client-secret-env"
                                                                << "HOME")
                                         << "no client secret";
        QTest::newRow("bad skew") << (file("client.pem") << "--assertion-clock-offset"
                                                         << "1e9")
                                  << "86400";
        QTest::newRow("bad audience") << (file("client.pem") << "--assertion-audience"
                                                             << "me")
                                      << "token or issuer";
    }
    void badKeyInputExitsTwoAndSendsNothing()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, reason);
        // An address where nothing listens: had anything been sent, the exit would be 5.
        QStringList args = flow(QStringLiteral("jwt-client"), QStringLiteral("http://127.0.0.1:9"));
        args.removeAll(QStringLiteral("--no-log"));
        const QString logDb = path(QStringLiteral("never.sqlite"));
        args << QStringLiteral("--log-db") << logDb << extra;
        const Result r = cli(args);
        QCOMPARE(r.exitCode, 2);
        const QString message = error(r).value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY(!QFileInfo::exists(logDb));
    }

    void keyOptionsNeedPrivateKeyJwt()
    {
        const Result r =
            cli({QStringLiteral("flow"), QStringLiteral("--phone"), QStringLiteral("+34666666666"),
                 QStringLiteral("--key-file"), path(QStringLiteral("client.pem"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("private_key_jwt"), r.err.constData());
    }

    void helpNamesEverything()
    {
        const Result flowHelp = cli({QStringLiteral("help"), QStringLiteral("flow")});
        for (const char *option : {"--token-auth", "private_key_jwt", "--key-file", "--key-env",
                                   "--alg", "--assertion-audience", "--assertion-clock-offset"})
            QVERIFY2(flowHelp.out.contains(option), option);
        const Result keyHelp = cli({QStringLiteral("help"), QStringLiteral("key")});
        for (const char *option :
             {"key new", "key show", "--alg", "--out", "--key-file", "--pem", "0600"})
            QVERIFY2(keyHelp.out.contains(option), option);
    }

    // ES256 through the binaries, when this nv-sandbox registers EC keys.
    void es256FlowVerifies()
    {
        const Result made =
            cli({QStringLiteral("key"), QStringLiteral("new"), QStringLiteral("--alg"),
                 QStringLiteral("ES256"), QStringLiteral("--out"), path(QStringLiteral("ec.pem")),
                 QStringLiteral("--pem")});
        QCOMPARE(made.exitCode, 0);
        QVERIFY(made.out.startsWith("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(writeFile(QStringLiteral("ec.pub"), made.out));
        QProcess sandbox;
        QString why;
        const QString url = startSandbox(
            sandbox, {QStringLiteral("jwt-ec,key=%1").arg(path(QStringLiteral("ec.pub")))}, &why);
        if (url.isEmpty())
            QSKIP(qPrintable(QStringLiteral("nv-sandbox does not register EC keys: ") + why));
        const Result r = cli(flow(QStringLiteral("jwt-ec"), url)
                             << QStringLiteral("--key-file") << path(QStringLiteral("ec.pem")));
        sandbox.terminate();
        sandbox.waitForFinished(5000);
        QVERIFY2(r.exitCode == 0, r.out + r.err);
    }
};

QTEST_GUILESS_MAIN(TestCliPrivateKeyJwt)
#include "tst_cli_privatekeyjwt.moc"
