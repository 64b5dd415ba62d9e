#include "CliProcess.h"
#include "NetworkSituations.h"
#include "NmMock.h"

#include <QDBusConnection>
#include <QJsonArray>
#include <QTest>

using nv::NetworkPathVerdict;

// The real nv-cli doctor binary against a NetworkManager double on a private system bus:
// exit codes, --json and the printed check, in every situation.
class TestDoctorCli : public QObject
{
    Q_OBJECT
    nvtest::NmMock m_manager;

    static nvtest::CliResult
    doctor(const QStringList &args,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return nvtest::runCli(QStringLiteral(NV_CLI_BINARY),
                              QStringList{QStringLiteral("doctor")} << args, env);
    }

    static int exitCodeOf(NetworkPathVerdict::Kind kind)
    {
        return kind == NetworkPathVerdict::Kind::CanCarry ? 0
               : kind == NetworkPathVerdict::Kind::Cannot ? 1
                                                          : 5;
    }

    void ensureManager()
    {
        if (QDBusConnection::systemBus().interface()->isServiceRegistered(nvtest::NmMock::Service))
            return;
        QVERIFY(m_manager.start());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SYSTEM_BUS_ADDRESS"));
        QVERIFY2(nvtest::NmMock::available(), "python3-dbusmock is missing (scripts/lib.sh)");
        QVERIFY(QDBusConnection::systemBus().isConnected());
    }

    void helpDocumentsDoctor()
    {
        const nvtest::CliResult all =
            nvtest::runCli(QStringLiteral(NV_CLI_BINARY), {QStringLiteral("--help")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains("nv-cli doctor [--json] [--timeout S]"));
        QVERIFY(all.out.contains("Exit 0 it can, 1 it cannot, 5 it cannot be told"));
        const nvtest::CliResult detail = nvtest::runCli(
            QStringLiteral(NV_CLI_BINARY), {QStringLiteral("help"), QStringLiteral("doctor")});
        QCOMPARE(detail.exitCode, 0);
        QVERIFY(detail.out.contains("--timeout <S>"));
    }

    void badUsageIsExitTwo()
    {
        QCOMPARE(doctor({QStringLiteral("--timeout"), QStringLiteral("soon")}).exitCode, 2);
        QCOMPARE(doctor({QStringLiteral("--timeout"), QStringLiteral("0")}).exitCode, 2);
        QCOMPARE(doctor({QStringLiteral("extra")}).exitCode, 2);
        QCOMPARE(doctor({QStringLiteral("--bogus")}).exitCode, 2);
    }

    void noSystemBusCannotTell()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"),
                   QStringLiteral("unix:path=%1/no-system-bus")
                       .arg(qEnvironmentVariable("NV_TEST_HOME", QStringLiteral("/nonexistent"))));
        const nvtest::CliResult r = doctor({QStringLiteral("--json")}, env);
        QCOMPARE(r.exitCode, 5);
        QCOMPARE(r.json().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("cannot-tell"));
        QVERIFY(r.json()
                    .value(QStringLiteral("sourceDetail"))
                    .toString()
                    .contains(QLatin1String("no system D-Bus")));
    }

    void networkManagerAbsentCannotTell()
    {
        QVERIFY(!QDBusConnection::systemBus().interface()->isServiceRegistered(
            nvtest::NmMock::Service));
        const nvtest::CliResult r = doctor({QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 5);
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("system"));
        QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), 5);
        QVERIFY(json.value(QStringLiteral("sentence"))
                    .toString()
                    .contains(QLatin1String("NetworkManager is not running")));
    }

    void situations_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QString>("vpn");
        QTest::addColumn<QString>("situation");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("inSentence");
        for (const nvtest::NetworkSituation &s : nvtest::networkSituations()) {
            QTest::newRow(s.scenario)
                << QString::fromUtf8(s.scenario) << QString::fromUtf8(s.transport)
                << QString::fromUtf8(s.vpn) << QString::fromUtf8(s.situation) << exitCodeOf(s.kind)
                << QString::fromUtf8(s.inSentence);
        }
    }

    void situations()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, transport);
        QFETCH(QString, vpn);
        QFETCH(QString, situation);
        QFETCH(int, exitCode);
        QFETCH(QString, inSentence);
        ensureManager();
        QVERIFY(nvtest::NmMock::scenario(scenario));

        const nvtest::CliResult r = doctor({QStringLiteral("--json")});
        QCOMPARE(r.exitCode, exitCode);
        // stdout holds exactly one JSON object.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject json = document.object();
        QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("networkmanager"));
        QCOMPARE(json.value(QStringLiteral("transport")).toString(), transport);
        QCOMPARE(json.value(QStringLiteral("vpn")).toString(), vpn);
        QCOMPARE(json.value(QStringLiteral("situation")).toString(), situation);
        QCOMPARE(json.value(QStringLiteral("exitCode")).toInt(), exitCode);
        QVERIFY(json.value(QStringLiteral("sentence")).toString().contains(inSentence));
        QVERIFY(json.value(QStringLiteral("devices")).isArray());

        // The same check for a person: the sentence and the verdict in words.
        const nvtest::CliResult text = doctor({});
        QCOMPARE(text.exitCode, exitCode);
        QVERIFY(text.out.contains(json.value(QStringLiteral("sentence")).toString().toUtf8()));
        QVERIFY(text.out.contains(exitCode == 0   ? "Verdict: can carry"
                                  : exitCode == 1 ? "Verdict: cannot carry"
                                                  : "Verdict: cannot tell"));
    }

    void unresponsiveNetworkManagerIsBoundedByTimeout()
    {
        ensureManager();
        QVERIFY(nvtest::NmMock::scenario(QStringLiteral("usb-rndis")));
        m_manager.freeze();
        const nvtest::CliResult r =
            doctor({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("0.5")});
        m_manager.resume();
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.json()
                     .value(QStringLiteral("sourceDetail"))
                     .toString()
                     .contains(QLatin1String("did not answer within 500 ms")),
                 r.out.constData());
    }

    void cleanupTestCase() { m_manager.stop(); }
};

QTEST_GUILESS_MAIN(TestDoctorCli)
#include "tst_doctorcli.moc"
