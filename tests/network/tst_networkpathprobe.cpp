#include "NetworkSituations.h"
#include "NmMock.h"
#include "network/NetworkPathProbe.h"

#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

using namespace nv;

// NetworkPathProbe against a real D-Bus service that answers as NetworkManager does
// (python-dbusmock's template, on a private system bus), in every situation the console must
// tell apart, and live while the situation changes.
class TestNetworkPathProbe : public QObject
{
    Q_OBJECT
    nvtest::NmMock m_manager;

    // One check in Once mode, as nv-cli doctor does it.
    static NetworkPath checkOnce(int timeoutMs = 5000)
    {
        NetworkPathProbe probe;
        probe.setTimeout(timeoutMs);
        QSignalSpy checked(&probe, &NetworkPathProbe::checked);
        probe.start(NetworkPathProbe::Mode::Once);
        if (checked.isEmpty() && !checked.wait(30000))
            return {};
        return probe.path();
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
        // Only ever the private bus the test runs on.
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SYSTEM_BUS_ADDRESS"));
        QVERIFY2(nvtest::NmMock::available(), "python3-dbusmock is missing (scripts/lib.sh)");
        QVERIFY(QDBusConnection::systemBus().isConnected());
    }

    void managerAbsentFallsBackAndCannotTell()
    {
        QVERIFY(!QDBusConnection::systemBus().interface()->isServiceRegistered(
            nvtest::NmMock::Service));
        const NetworkPath path = checkOnce();
        QCOMPARE(path.source, NetworkPath::Source::SystemInformation);
        QVERIFY2(path.sourceDetail.contains(QLatin1String("NetworkManager is not running")),
                 qPrintable(path.sourceDetail));
        // This machine has an interface up (it built the test), so not "offline"; the system's
        // information on Linux says no medium, so the verdict cannot be told.
        QCOMPARE(path.transport, NetworkPath::Transport::Unknown);
        const NetworkPathVerdict verdict = NetworkPathVerdict::of(path);
        QCOMPARE(verdict.kind, NetworkPathVerdict::Kind::CannotTell);
        QVERIFY(verdict.sentence.contains(QLatin1String("NetworkManager is not running")));
    }

    void situations_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("transport");
        QTest::addColumn<QString>("vpn");
        QTest::addColumn<QString>("situation");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("primaryInterface");
        QTest::addColumn<QString>("inSentence");
        for (const nvtest::NetworkSituation &s : nvtest::networkSituations()) {
            QTest::newRow(s.scenario)
                << QString::fromUtf8(s.scenario) << QString::fromUtf8(s.transport)
                << QString::fromUtf8(s.vpn) << QString::fromUtf8(s.situation) << int(s.kind)
                << QString::fromUtf8(s.primaryInterface) << QString::fromUtf8(s.inSentence);
        }
    }

    void situations()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, transport);
        QFETCH(QString, vpn);
        QFETCH(QString, situation);
        QFETCH(int, kind);
        QFETCH(QString, primaryInterface);
        QFETCH(QString, inSentence);
        ensureManager();
        QVERIFY(nvtest::NmMock::scenario(scenario));
        const NetworkPath path = checkOnce();
        QCOMPARE(path.source, NetworkPath::Source::NetworkManager);
        QCOMPARE(NetworkPath::transportId(path.transport), transport);
        QCOMPARE(NetworkPath::flagId(path.vpn), vpn);
        QCOMPARE(path.primaryInterface, primaryInterface);
        const NetworkPathVerdict verdict = NetworkPathVerdict::of(path);
        QCOMPARE(verdict.situation, situation);
        QCOMPARE(int(verdict.kind), kind);
        QVERIFY2(verdict.sentence.contains(inSentence), qPrintable(verdict.sentence));
        // The device carrying the traffic is listed with its driver and marked.
        if (!path.primaryInterface.isEmpty()) {
            const auto primary = std::find_if(path.devices.cbegin(), path.devices.cend(),
                                              [](const NetworkDevice &d) { return d.primary; });
            QVERIFY(primary != path.devices.cend());
            QCOMPARE(primary->interfaceName, path.primaryInterface);
            QVERIFY(!primary->driver.isEmpty());
        }
    }

    void startNeverAnswersOnTheCallersStack()
    {
        ensureManager();
        QVERIFY(nvtest::NmMock::scenario(QStringLiteral("usb-rndis")));
        NetworkPathProbe probe;
        QSignalSpy checked(&probe, &NetworkPathProbe::checked);
        probe.start(NetworkPathProbe::Mode::Once);
        QVERIFY(!probe.hasPath());
        QCOMPARE(checked.count(), 0);
        QVERIFY(checked.wait(30000));
        QCOMPARE(probe.verdict().kind, NetworkPathVerdict::Kind::CanCarry);
    }

    void managerThatDoesNotAnswerIsBoundedByTheTimeout()
    {
        ensureManager();
        m_manager.freeze();
        const NetworkPath path = checkOnce(300);
        m_manager.resume();
        QCOMPARE(path.source, NetworkPath::Source::SystemInformation);
        QVERIFY2(path.sourceDetail.contains(QLatin1String("did not answer within 300 ms")),
                 qPrintable(path.sourceDetail));
        QCOMPARE(NetworkPathVerdict::of(path).kind, NetworkPathVerdict::Kind::CannotTell);
    }

    void watchSeesAVpnComeUp()
    {
        ensureManager();
        QVERIFY(nvtest::NmMock::scenario(QStringLiteral("usb-rndis")));
        NetworkPathProbe probe;
        probe.setDebounce(50);
        QSignalSpy changed(&probe, &NetworkPathProbe::pathChanged);
        probe.start(NetworkPathProbe::Mode::Watch);
        QVERIFY(changed.wait(30000));
        QCOMPARE(probe.verdict().situation, QStringLiteral("usb-tether"));

        QVERIFY(nvtest::NmMock::scenario(QStringLiteral("add-vpn"), true));
        QTRY_COMPARE_WITH_TIMEOUT(probe.verdict().situation, QStringLiteral("vpn"), 30000);
        QCOMPARE(changed.last().first().value<NetworkPath>().vpnName, QStringLiteral("Corp VPN"));
    }

    void watchStaysQuietWhenNothingThatMattersChanges()
    {
        ensureManager();
        QVERIFY(nvtest::NmMock::scenario(QStringLiteral("wifi")));
        NetworkPathProbe probe;
        probe.setDebounce(50);
        QSignalSpy checked(&probe, &NetworkPathProbe::checked);
        QSignalSpy changed(&probe, &NetworkPathProbe::pathChanged);
        probe.start(NetworkPathProbe::Mode::Watch);
        QVERIFY(checked.wait(30000));
        QCOMPARE(changed.count(), 1);

        // The Wi-Fi bitrate changes: checked again, same path, no pathChanged.
        QVERIFY(nvtest::NmMock::scenario(QStringLiteral("nudge"), true));
        QVERIFY(checked.wait(30000));
        QCOMPARE(changed.count(), 1);
    }

    void watchFollowsNetworkManagerLeavingAndComingBack()
    {
        ensureManager();
        QVERIFY(nvtest::NmMock::scenario(QStringLiteral("usb-ncm")));
        NetworkPathProbe probe;
        probe.setDebounce(50);
        QSignalSpy changed(&probe, &NetworkPathProbe::pathChanged);
        probe.start(NetworkPathProbe::Mode::Watch);
        QVERIFY(changed.wait(30000));
        QCOMPARE(probe.verdict().kind, NetworkPathVerdict::Kind::CanCarry);

        m_manager.stop();
        QTRY_COMPARE_WITH_TIMEOUT(probe.path().source, NetworkPath::Source::SystemInformation,
                                  30000);
        QCOMPARE(probe.verdict().kind, NetworkPathVerdict::Kind::CannotTell);

        QVERIFY(m_manager.start());
        QVERIFY(nvtest::NmMock::scenario(QStringLiteral("ethernet")));
        QTRY_COMPARE_WITH_TIMEOUT(probe.verdict().situation, QStringLiteral("ethernet"), 30000);
    }

    void cleanupTestCase() { m_manager.stop(); }
};

QTEST_GUILESS_MAIN(TestNetworkPathProbe)
#include "tst_networkpathprobe.moc"
