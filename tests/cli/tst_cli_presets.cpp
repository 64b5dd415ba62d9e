#include "CliProcess.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// nv-cli with the partner-grade options, as a script runs it: x-correlator echo flags in the
// transcript and --json, a typed correlator that breaks CAMARA's rule, --issuer (discovery)
// against a real nv-sandbox and against a hostile server, --api-version and
// --device-phone-number. Real processes; the nv-sandbox prints every request it served.
class TestCliPresets : public QObject
{
    Q_OBJECT
private:
    using Result = nvtest::CliResult;

    struct Sandbox
    {
        QProcess process;
        QString url;
        QByteArray served; // its request lines so far
    };
    Sandbox m_plain;      // scenario match
    Sandbox m_mismatched; // scenario correlator-mismatch
    QTemporaryDir m_dir;
    QHttpServer m_hostile;
    QString m_hostileUrl;

    static bool startSandbox(Sandbox &s, const QStringList &extra)
    {
        QObject::connect(&s.process, &QProcess::readyReadStandardOutput, &s.process,
                         [&s] { s.served += s.process.readAllStandardOutput(); });
        s.process.start(QStringLiteral(NV_SANDBOX_BINARY), extra);
        if (!s.process.waitForStarted())
            return false;
        QSignalSpy output(&s.process, &QProcess::readyReadStandardOutput);
        while (!s.served.contains('\n')) {
            if (!output.wait(15000))
                return false;
        }
        const QByteArray first = s.served.left(s.served.indexOf('\n')).trimmed();
        s.url = QString::fromLatin1(first.mid(first.indexOf('=') + 1));
        return first.startsWith("NV_SANDBOX_URL=http://127.0.0.1:");
    }
    static void stopSandbox(Sandbox &s)
    {
        s.process.terminate();
        if (!s.process.waitForFinished(5000))
            s.process.kill();
    }
    // Waits (with the event loop running, so the sandboxes' output and the hostile server are
    // served meanwhile) until the sandbox has printed a line.
    static bool served(Sandbox &s, const QByteArray &line)
    {
        QSignalSpy output(&s.process, &QProcess::readyReadStandardOutput);
        while (!s.served.contains(line)) {
            if (!output.wait(10000))
                return false;
        }
        return true;
    }

    // nv-cli, without blocking this process's event loop.
    static Result cli(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_TEST_SECRET"), QStringLiteral("nv-sandbox-secret-3f9a"));
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(NV_CLI_BINARY), args);
        Result result;
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }
    static QStringList client()
    {
        return {QStringLiteral("--client-id"),
                QStringLiteral("nv-console-sandbox"),
                QStringLiteral("--client-secret-env"),
                QStringLiteral("NV_TEST_SECRET"),
                QStringLiteral("--redirect-uri"),
                QStringLiteral("https://nv-console.invalid/callback")};
    }
    static QJsonObject step(const QJsonObject &o, const QString &name)
    {
        for (const QJsonValue each : o.value(QStringLiteral("steps")).toArray()) {
            if (each.toObject().value(QStringLiteral("step")).toString() == name)
                return each.toObject();
        }
        return {};
    }
    static QString echoState(const QJsonObject &o, const QString &name)
    {
        return step(o, name)
            .value(QStringLiteral("correlatorEcho"))
            .toObject()
            .value(QStringLiteral("state"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(startSandbox(m_plain, {}));
        QVERIFY(startSandbox(
            m_mismatched, {QStringLiteral("--scenario"), QStringLiteral("correlator-mismatch")}));
        // A server that serves the discovery document of another operator.
        m_hostile.route(QStringLiteral("/.well-known/openid-configuration"), [] {
            return QHttpServerResponse(
                QByteArrayLiteral("application/json"),
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("issuer"), QStringLiteral("https://evil.example")},
                        {QStringLiteral("authorization_endpoint"),
                         QStringLiteral("https://evil.example/a")},
                        {QStringLiteral("token_endpoint"),
                         QStringLiteral("https://evil.example/t")},
                        {QStringLiteral("jwks_uri"), QStringLiteral("https://evil.example/j")}})
                    .toJson());
        });
        const quint16 port = m_hostile.listen(QHostAddress::LocalHost);
        QVERIFY(port);
        m_hostileUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    }
    void cleanupTestCase()
    {
        stopSandbox(m_plain);
        stopSandbox(m_mismatched);
    }

    // +9900000014: the built-in sandbox answers verify without the correlation header.
    void missingEchoInJsonTranscriptAndLog()
    {
        const QString db = m_dir.filePath(QStringLiteral("missing.sqlite"));
        Result r =
            cli({QStringLiteral("flow"), QStringLiteral("--json"), QStringLiteral("--log-db"), db,
                 QStringLiteral("--phone"), QStringLiteral("+9900000014")});
        QCOMPARE(r.exitCode, 0); // a warning, never a failure
        const QJsonObject o = r.json();
        QCOMPARE(echoState(o, QStringLiteral("token")), QStringLiteral("echoed"));
        QCOMPARE(echoState(o, QStringLiteral("verify")), QStringLiteral("missing"));
        const QJsonArray warnings = o.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().toString().contains(
                     QStringLiteral("verify: The operator did not echo x-correlation-id")),
                 qPrintable(warnings.first().toString()));

        // The log's verify exchange says so too.
        const QString correlationId = o.value(QStringLiteral("correlationId")).toString();
        const Result shown = cli({QStringLiteral("log"), QStringLiteral("show"), correlationId,
                                  QStringLiteral("--json"), QStringLiteral("--log-db"), db});
        QCOMPARE(shown.exitCode, 0);
        bool noted = false;
        for (const QJsonValue e : QJsonDocument::fromJson(shown.out).array()) {
            if (e.toObject().value(QStringLiteral("step")).toString() == QLatin1String("verify"))
                noted = e.toObject()
                            .value(QStringLiteral("note"))
                            .toString()
                            .contains(QStringLiteral("did not echo x-correlation-id"));
        }
        QVERIFY2(noted, shown.out.constData());

        r = cli({QStringLiteral("flow"), QStringLiteral("--no-log"), QStringLiteral("--phone"),
                 QStringLiteral("+9900000014")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("! The operator did not echo x-correlation-id (sent "),
                 r.out.constData());
    }

    // nv-sandbox --scenario correlator-mismatch: every API answer carries another value.
    void differentEchoOnEveryApiAnswer()
    {
        QStringList args{QStringLiteral("flow"),
                         QStringLiteral("--json"),
                         QStringLiteral("--no-log"),
                         QStringLiteral("--base-url"),
                         m_mismatched.url,
                         QStringLiteral("--correlation-header"),
                         QStringLiteral("x-correlator"),
                         QStringLiteral("--correlation-id"),
                         QStringLiteral("demo-15"),
                         QStringLiteral("--device-phone-number"),
                         QStringLiteral("--phone"),
                         QStringLiteral("+34666666666")};
        const Result r = cli(args + client());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(echoState(o, QStringLiteral("token")), QStringLiteral("echoed"));
        QCOMPARE(echoState(o, QStringLiteral("verify")), QStringLiteral("different"));
        QCOMPARE(echoState(o, QStringLiteral("device-phone-number")), QStringLiteral("different"));
        const QJsonObject verify =
            step(o, QStringLiteral("verify")).value(QStringLiteral("correlatorEcho")).toObject();
        QCOMPARE(verify.value(QStringLiteral("sent")).toString(), QStringLiteral("demo-15"));
        QCOMPARE(verify.value(QStringLiteral("header")).toString(), QStringLiteral("x-correlator"));
        QVERIFY(verify.value(QStringLiteral("received")).toString() != QLatin1String("demo-15"));
        QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 2);
    }

    void badTypedCorrelatorWarnedAndSentAnyway()
    {
        const Result r =
            cli({QStringLiteral("flow"), QStringLiteral("--json"), QStringLiteral("--no-log"),
                 QStringLiteral("--correlation-id"), QStringLiteral("demo 1!"),
                 QStringLiteral("--phone"), QStringLiteral("+34666666666")});
        QVERIFY2(r.err.contains("warning: The correlation id has a space at position 5"),
                 r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("correlationId")).toString(), QStringLiteral("demo 1!"));
        QVERIFY(o.value(QStringLiteral("warnings"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QStringLiteral("CAMARA allows only")));
        // Sent as typed: the sandbox, like a CAMARA operator, refuses it with a 400.
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(
            o.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("INVALID_ARGUMENT"));
    }

    void issuerFillsTheEndpointsAndVerifies_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("v1") << QStringLiteral("v1");
        QTest::newRow("v2") << QStringLiteral("v2");
    }
    void issuerFillsTheEndpointsAndVerifies()
    {
        QFETCH(QString, version);
        const QString db = m_dir.filePath(QStringLiteral("issuer-%1.sqlite").arg(version));
        const Result r =
            cli(QStringList{QStringLiteral("flow"), QStringLiteral("--json"),
                            QStringLiteral("--log-db"), db, QStringLiteral("--issuer"), m_plain.url,
                            QStringLiteral("--api-version"), version, QStringLiteral("--phone"),
                            QStringLiteral("+34666666666")} +
                client());
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(true));
        const QJsonObject d = o.value(QStringLiteral("discovery")).toObject();
        QCOMPARE(d.value(QStringLiteral("issuer")).toString(), m_plain.url);
        QCOMPARE(d.value(QStringLiteral("authorizeUrl")).toString(),
                 m_plain.url + QStringLiteral("/camara/api/auth/v1/authorize"));
        QCOMPARE(d.value(QStringLiteral("tokenUrl")).toString(),
                 m_plain.url + QStringLiteral("/camara/api/auth/v1/token"));
        QCOMPARE(d.value(QStringLiteral("jwksUrl")).toString(),
                 m_plain.url + QStringLiteral("/camara/api/auth/v1/jwks"));
        QCOMPARE(d.value(QStringLiteral("jwksKeys")).toInt(), 1);
        // The operator saw the version's path, and the CAMARA header.
        const QByteArray path = "POST /camara/number-verification/" + version.toLatin1() +
                                "/verify 200 " +
                                o.value(QStringLiteral("correlationId")).toString().toLatin1();
        QVERIFY2(served(m_plain, path), m_plain.served.constData());
        QCOMPARE(echoState(o, QStringLiteral("verify")), QStringLiteral("echoed"));
        QCOMPARE(step(o, QStringLiteral("verify"))
                     .value(QStringLiteral("correlatorEcho"))
                     .toObject()
                     .value(QStringLiteral("header")),
                 QJsonValue(QStringLiteral("x-correlator")));
        // Discovery and JWKS are in the log under the run's correlation id.
        const Result listed =
            cli({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("--correlation-id"),
                 o.value(QStringLiteral("correlationId")).toString(), QStringLiteral("--json"),
                 QStringLiteral("--log-db"), db});
        QStringList steps;
        for (const QJsonValue e : QJsonDocument::fromJson(listed.out).array())
            steps << e.toObject().value(QStringLiteral("step")).toString();
        QVERIFY2(steps.mid(0, 2) ==
                     (QStringList{QStringLiteral("discovery"), QStringLiteral("jwks")}),
                 qPrintable(steps.join(u' ')));
        QVERIFY(steps.contains(QStringLiteral("verify")));
    }

    void issuerRefusedInWords()
    {
        // Another operator's document.
        Result r =
            cli(QStringList{QStringLiteral("flow"), QStringLiteral("--json"),
                            QStringLiteral("--no-log"), QStringLiteral("--issuer"), m_hostileUrl,
                            QStringLiteral("--phone"), QStringLiteral("+34666666666")} +
                client());
        QCOMPARE(r.exitCode, 3);
        QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("step")).toString(), QStringLiteral("discovery"));
        QCOMPARE(error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("DISCOVERY_FAILED"));
        QVERIFY2(error.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("names the issuer \"https://evil.example\"")),
                 r.out.constData());
        QVERIFY(r.err.contains("nv-cli: discovery failed: "));

        // No document there.
        r = cli(QStringList{QStringLiteral("flow"), QStringLiteral("--json"),
                            QStringLiteral("--no-log"), QStringLiteral("--issuer"),
                            m_plain.url + QStringLiteral("/nowhere"), QStringLiteral("--phone"),
                            QStringLiteral("+34666666666")} +
                client());
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.json()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("HTTP 404")));

        // Nobody answers: the network's exit code.
        r = cli(QStringList{QStringLiteral("flow"), QStringLiteral("--json"),
                            QStringLiteral("--no-log"), QStringLiteral("--issuer"),
                            QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--phone"),
                            QStringLiteral("+34666666666")} +
                client());
        QCOMPARE(r.exitCode, 5);
    }

    void presetOptionsCheckedBeforeAnything_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("said");
        QTest::newRow("ftp issuer")
            << QStringList{QStringLiteral("--issuer"), QStringLiteral("ftp://x")}
            << QByteArray("not an http or https URL");
        QTest::newRow("issuer and base-url")
            << QStringList{QStringLiteral("--issuer"), QStringLiteral("https://op.example"),
                           QStringLiteral("--base-url"), QStringLiteral("https://op.example")}
            << QByteArray("leave out --base-url");
        QTest::newRow("v3") << QStringList{QStringLiteral("--api-version"), QStringLiteral("v3")}
                            << QByteArray("--api-version takes v1 or v2");
        QTest::newRow("version of a stored profile")
            << QStringList{QStringLiteral("--api-version"), QStringLiteral("v2"),
                           QStringLiteral("--profile"), QStringLiteral("x")}
            << QByteArray("a stored profile has its own verify URL");
    }
    void presetOptionsCheckedBeforeAnything()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, said);
        const Result r =
            cli(QStringList{QStringLiteral("flow"), QStringLiteral("--no-log"),
                            QStringLiteral("--phone"), QStringLiteral("+34666666666")} +
                args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(said), r.err.constData());
    }

    void baseUrlWithApiVersionV2()
    {
        const Result r =
            cli(QStringList{QStringLiteral("flow"), QStringLiteral("--json"),
                            QStringLiteral("--no-log"), QStringLiteral("--base-url"), m_plain.url,
                            QStringLiteral("--api-version"), QStringLiteral("v2"),
                            QStringLiteral("--phone"), QStringLiteral("+34666666666")} +
                client());
        QCOMPARE(r.exitCode, 0);
        const QByteArray line =
            "POST /camara/number-verification/v2/verify 200 " +
            r.json().value(QStringLiteral("correlationId")).toString().toLatin1();
        QVERIFY2(served(m_plain, line), m_plain.served.constData());
    }

    void devicePhoneNumberEndToEnd()
    {
        // Against nv-sandbox: the token carries the scope (the sandbox answers 403 without it).
        Result r = cli(QStringList{QStringLiteral("flow"), QStringLiteral("--json"),
                                   QStringLiteral("--no-log"), QStringLiteral("--base-url"),
                                   m_plain.url, QStringLiteral("--device-phone-number"),
                                   QStringLiteral("--phone"), QStringLiteral("+34600000001")} +
                       client());
        QVERIFY2(r.exitCode == 1, // verify's verdict: another number
                 qPrintable(QStringLiteral("exit %1, stderr: %2")
                                .arg(r.exitCode)
                                .arg(QString::fromUtf8(r.err))));
        QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("devicePhoneNumber")).toString(),
                 QStringLiteral("+34666666666"));
        QJsonObject device = step(o, QStringLiteral("device-phone-number"));
        QCOMPARE(device.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(device.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY2(
            served(m_plain, "GET /camara/api/number-verification/v1/device-phone-number 200 " +
                                o.value(QStringLiteral("correlationId")).toString().toLatin1()),
            m_plain.served.constData());

        // In-process, as a person reads it.
        r = cli({QStringLiteral("flow"), QStringLiteral("--no-log"), QStringLiteral("--phone"),
                 QStringLiteral("+34666666666"), QStringLiteral("--device-phone-number")});
        // Standard error on a failure: a sanitizer's report, or why the run stopped.
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1, stderr: %2")
                                                 .arg(r.exitCode)
                                                 .arg(QString::fromUtf8(r.err))));
        QVERIFY2(r.out.contains("✓ device-phone-number"), r.out.constData());
        QVERIFY2(r.out.contains("device's number: +34666666666"), r.out.constData());

        // Without the option nothing is asked and nothing is added.
        r = cli({QStringLiteral("flow"), QStringLiteral("--no-log"), QStringLiteral("--json"),
                 QStringLiteral("--phone"), QStringLiteral("+34666666666")});
        QVERIFY(!r.json().contains(QStringLiteral("devicePhoneNumber")));
        QCOMPARE(r.json().value(QStringLiteral("steps")).toArray().size(), 4);
    }

    void helpNamesTheNewOptionsAndTheScope()
    {
        const Result r = cli({QStringLiteral("help"), QStringLiteral("flow")});
        QCOMPARE(r.exitCode, 0);
        for (const char *text :
             {"--issuer", "--api-version", "--device-phone-number",
              "number-verification:device-phone-number:read", "correlatorEcho", "warnings"})
            QVERIFY2(r.out.contains(text), text);
    }
};

QTEST_GUILESS_MAIN(TestCliPresets)
#include "tst_cli_presets.moc"
