#include "network/NetworkHeuristics.h"
#include "network/NetworkPathVerdict.h"

#include <QTest>

using namespace nv;

// The rule and the guesses behind the network path check, on paths built by hand: what each
// situation is called, which wins when several apply, and where the heuristics stop.
class TestNetworkPathVerdict : public QObject
{
    Q_OBJECT

    static NetworkPath path(NetworkPath::Transport transport,
                            NetworkPath::Flag vpn = NetworkPath::Flag::No)
    {
        NetworkPath p;
        p.source = NetworkPath::Source::NetworkManager;
        p.transport = transport;
        p.vpn = vpn;
        return p;
    }

private slots:
    void mobilePathsCanCarry()
    {
        using T = NetworkPath::Transport;
        for (T transport : {T::UsbTether, T::BluetoothTether, T::CellularModem, T::PhoneHotspot}) {
            const NetworkPathVerdict verdict = NetworkPathVerdict::of(path(transport));
            QCOMPARE(verdict.kind, NetworkPathVerdict::Kind::CanCarry);
            QCOMPARE(verdict.exitCode(), 0);
            QVERIFY(verdict.sentence.contains(QLatin1String("SIM")));
        }
    }

    void aVpnBeatsEveryMobilePath()
    {
        using T = NetworkPath::Transport;
        for (T transport : {T::UsbTether, T::BluetoothTether, T::CellularModem, T::PhoneHotspot,
                            T::WiFi, T::Unknown}) {
            NetworkPath p = path(transport, NetworkPath::Flag::Yes);
            p.vpnName = QStringLiteral("Corp VPN");
            const NetworkPathVerdict verdict = NetworkPathVerdict::of(p);
            QCOMPARE(verdict.situation, QStringLiteral("vpn"));
            QCOMPARE(verdict.kind, NetworkPathVerdict::Kind::Cannot);
            QVERIFY(verdict.sentence.contains(QLatin1String("(Corp VPN)")));
        }
    }

    void fixedNetworksCannot()
    {
        NetworkPath wifi = path(NetworkPath::Transport::WiFi);
        wifi.wifiSsid = QStringLiteral("Office");
        NetworkPathVerdict verdict = NetworkPathVerdict::of(wifi);
        QCOMPARE(verdict.kind, NetworkPathVerdict::Kind::Cannot);
        QCOMPARE(verdict.exitCode(), 1);
        QCOMPARE(verdict.sentence,
                 QStringLiteral("This laptop is on Wi-Fi (“Office”): the operator will not see a "
                                "SIM. Use Phone (QR code), or share the phone's mobile data with this "
                                "laptop."));
        verdict = NetworkPathVerdict::of(path(NetworkPath::Transport::Ethernet));
        QCOMPARE(verdict.situation, QStringLiteral("ethernet"));
        QCOMPARE(verdict.kind, NetworkPathVerdict::Kind::Cannot);
    }

    void anUnusedPhoneLinkIsNamed()
    {
        NetworkPath p = path(NetworkPath::Transport::WiFi);
        p.idleMobileLink = QStringLiteral("usb0, rndis_host");
        const NetworkPathVerdict verdict = NetworkPathVerdict::of(p);
        QCOMPARE(verdict.situation, QStringLiteral("mobile-link-unused"));
        QCOMPARE(verdict.kind, NetworkPathVerdict::Kind::Cannot);
        QVERIFY(verdict.sentence.contains(QLatin1String("turn Wi-Fi off")));
    }

    void offlineCannotAndUnknownCannotTell()
    {
        QCOMPARE(NetworkPathVerdict::of(path(NetworkPath::Transport::None)).kind,
                 NetworkPathVerdict::Kind::Cannot);
        NetworkPath unknown = path(NetworkPath::Transport::Unknown, NetworkPath::Flag::Unknown);
        unknown.transportDetail = QStringLiteral("NetworkManager is not running");
        const NetworkPathVerdict verdict = NetworkPathVerdict::of(unknown);
        QCOMPARE(verdict.kind, NetworkPathVerdict::Kind::CannotTell);
        QCOMPARE(verdict.exitCode(), 5);
        QVERIFY(verdict.sentence.contains(QLatin1String("(NetworkManager is not running)")));
        // Not checked at all is not a verdict either way.
        QCOMPARE(NetworkPathVerdict::of(NetworkPath()).kind, NetworkPathVerdict::Kind::CannotTell);
    }

    void phoneDrivers()
    {
        for (const char *driver : {"rndis_host", "cdc_ncm", "cdc_ether", "ipheth", "RNDIS_HOST"})
            QVERIFY2(NetworkHeuristics::isPhoneUsbDriver(QString::fromLatin1(driver)), driver);
        for (const char *driver : {"r8152", "e1000e", "ax88179_178a", "iwlwifi", "", "rndis"})
            QVERIFY2(!NetworkHeuristics::isPhoneUsbDriver(QString::fromLatin1(driver)), driver);
        QVERIFY(NetworkHeuristics::isCellularModemDriver(QStringLiteral("qmi_wwan, option1")));
        QVERIFY(!NetworkHeuristics::isCellularModemDriver(QStringLiteral("options")));
    }

    void phoneHotspotNames()
    {
        for (const char *ssid : {"Marta's iPhone", "AndroidAP_1234", "AndroidAP", "Galaxy S21 5G",
                                 "Pixel_4821", "iPhone de Juan", "OnePlus 9"})
            QVERIFY2(NetworkHeuristics::ssidNamesAPhone(QString::fromUtf8(ssid)), ssid);
        for (const char *ssid : {"Office Guest", "GalaxyNet-Office", "Pixelworks", "FRITZ!Box 7590",
                                 "HUAWEI-B535", "Xiaomi_1A2B", "MOVISTAR_1234", ""})
            QVERIFY2(!NetworkHeuristics::ssidNamesAPhone(QString::fromUtf8(ssid)), ssid);
    }

    void vpnInterfaceNames()
    {
        for (const char *name : {"tun0", "wg0", "utun3", "tailscale0", "WireGuard Tunnel",
                                 "TAP-Windows Adapter V9", "Cisco AnyConnect", "nordlynx"})
            QVERIFY2(NetworkHeuristics::looksLikeVpnInterface(QString::fromUtf8(name)), name);
        for (const char *name : {"eth0", "wlan0", "en0", "docker0", "usb0", "Wi-Fi", "Ethernet"})
            QVERIFY2(!NetworkHeuristics::looksLikeVpnInterface(QString::fromUtf8(name)), name);
    }

    void ssidsAreMadeReadable()
    {
        QCOMPARE(NetworkHeuristics::readableSsid(QByteArray("Caf\xc3\xa9\x01\x07 Wi-Fi")),
                 QStringLiteral("Café Wi-Fi"));
        QCOMPARE(NetworkHeuristics::readableSsid(QByteArray(64, 'x')).size(), 32);
    }

    void stableIdsForScripts()
    {
        QCOMPARE(NetworkPath::transportId(NetworkPath::Transport::UsbTether),
                 QStringLiteral("usb-tether"));
        QCOMPARE(NetworkPathVerdict::kindId(NetworkPathVerdict::Kind::CannotTell),
                 QStringLiteral("cannot-tell"));
        const QJsonObject json = path(NetworkPath::Transport::PhoneHotspot).toJson();
        QCOMPARE(json.value(QStringLiteral("transport")).toString(),
                 QStringLiteral("phone-hotspot"));
        QCOMPARE(json.value(QStringLiteral("vpn")).toString(), QStringLiteral("no"));
    }
};

QTEST_GUILESS_MAIN(TestNetworkPathVerdict)
#include "tst_networkpathverdict.moc"
