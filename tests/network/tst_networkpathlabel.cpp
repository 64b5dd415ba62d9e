#include "NetworkPathLabel.h"
#include "NmMock.h"
#include "UiStyle.h"
#include "network/NetworkPathProbe.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace nv;

// The status-bar label: words, tooltip, accessible description and colour for each verdict,
// and live behind a real probe while NetworkManager (the double) changes the situation.
class TestNetworkPathLabel : public QObject
{
    Q_OBJECT
    nvtest::NmMock m_manager;

    static QColor textColor(const QLabel &label)
    {
        return label.palette().color(QPalette::WindowText);
    }

    static NetworkPath path(NetworkPath::Transport transport)
    {
        NetworkPath p;
        p.source = NetworkPath::Source::NetworkManager;
        p.transport = transport;
        p.vpn = NetworkPath::Flag::No;
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SYSTEM_BUS_ADDRESS"));
        QVERIFY2(nvtest::NmMock::available(), "python3-dbusmock is missing (scripts/lib.sh)");
    }

    void checkingUntilAPathArrives()
    {
        NetworkPathLabel label;
        QCOMPARE(label.text(), QStringLiteral("Checking the network path…"));
        QCOMPARE(label.accessibleName(), QStringLiteral("Network path"));
        QVERIFY(!label.accessibleDescription().isEmpty());
    }

    void wordsTooltipAndColourFollowTheVerdict()
    {
        NetworkPathLabel label;
        NetworkPath wifi = path(NetworkPath::Transport::WiFi);
        wifi.wifiSsid = QStringLiteral("Office");
        label.showPath(wifi);
        const NetworkPathVerdict verdict = NetworkPathVerdict::of(wifi);
        QCOMPARE(label.text(), verdict.headline);
        QCOMPARE(label.toolTip(), verdict.sentence);
        QCOMPARE(label.accessibleDescription(), verdict.sentence);
        QCOMPARE(textColor(label), UiStyle::toneColor(UiStyle::Tone::Bad, &label));

        label.showPath(path(NetworkPath::Transport::UsbTether));
        QCOMPARE(textColor(label), UiStyle::toneColor(UiStyle::Tone::Good, &label));
        label.showPath(path(NetworkPath::Transport::Unknown));
        QCOMPARE(textColor(label), UiStyle::toneColor(UiStyle::Tone::Warning, &label));
    }

    void sandboxModeIsNeutral()
    {
        NetworkPathLabel label;
        label.showPath(path(NetworkPath::Transport::WiFi));
        label.setSandboxMode(true);
        QCOMPARE(textColor(label), label.palette().color(QPalette::Text));
        QVERIFY(label.toolTip().contains(QLatin1String("built-in sandbox does not need this")));
        label.setSandboxMode(false);
        QCOMPARE(textColor(label), UiStyle::toneColor(UiStyle::Tone::Bad, &label));
    }

    void followsALiveProbe()
    {
        QVERIFY(m_manager.start());
        QVERIFY(nvtest::NmMock::scenario(QStringLiteral("usb-rndis")));
        NetworkPathProbe probe;
        probe.setDebounce(50);
        NetworkPathLabel label;
        label.watch(&probe);
        probe.start(NetworkPathProbe::Mode::Watch);
        QTRY_COMPARE_WITH_TIMEOUT(label.verdict().situation, QStringLiteral("usb-tether"), 30000);
        QCOMPARE(textColor(label), UiStyle::toneColor(UiStyle::Tone::Good, &label));

        QVERIFY(nvtest::NmMock::scenario(QStringLiteral("add-vpn"), true));
        QTRY_COMPARE_WITH_TIMEOUT(label.verdict().situation, QStringLiteral("vpn"), 30000);
        QVERIFY(label.toolTip().contains(QLatin1String("Corp VPN")));
        QCOMPARE(textColor(label), UiStyle::toneColor(UiStyle::Tone::Bad, &label));
    }

    void cleanupTestCase() { m_manager.stop(); }
};

QTEST_MAIN(TestNetworkPathLabel)
#include "tst_networkpathlabel.moc"
