#include "NetworkHeuristics.h"

#include <QRegularExpression>
#include <QStringList>

namespace nv::NetworkHeuristics {

namespace {

bool anyEntryIn(const QString &driverList, std::initializer_list<const char *> drivers)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    const QStringList entries = driverList.toLower().split(separators, Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        for (const char *driver : drivers) {
            if (entry == QLatin1String(driver))
                return true;
        }
    }
    return false;
}

} // namespace

bool isPhoneUsbDriver(const QString &driver)
{
    return anyEntryIn(driver, {"rndis_host", "cdc_ncm", "cdc_ether", "ipheth"});
}

bool isCellularModemDriver(const QString &driver)
{
    return anyEntryIn(driver, {"qmi_wwan", "cdc_mbim", "option", "option1", "sierra", "sierra_net",
                               "huawei_cdc_ncm", "mhi_net", "mhi_wwan_mbim", "iosm", "t7xx"});
}

bool isBluetoothDriver(const QString &driver)
{
    return anyEntryIn(driver, {"bnep", "bluez", "bluetooth", "btusb"});
}

bool ssidNamesAPhone(const QString &ssid)
{
    // Whole words only: "Galaxy S21" but not "GalaxyNet-Office", "Pixel_4821" but not
    // "Pixelworks".
    static const QRegularExpression phone(
        QStringLiteral("(?<![a-z])(iphone|ipad|android|androidap|galaxy|pixel|oneplus|xperia|"
                       "motorola|moto g|moto e|poco)(?![a-z])"),
        QRegularExpression::CaseInsensitiveOption);
    return phone.match(ssid).hasMatch();
}

bool looksLikeVpnInterface(const QString &name)
{
    static const QRegularExpression vpn(
        QStringLiteral("^(tun|tap|wg|utun|ipsec|tailscale|zt|nordlynx|proton|mullvad)[0-9a-z-]*$|"
                       "wireguard|openvpn|tap-windows|vpn|anyconnect|globalprotect|fortinet|"
                       "pangp|zscaler"),
        QRegularExpression::CaseInsensitiveOption);
    return vpn.match(name).hasMatch();
}

QString readableSsid(const QByteArray &raw)
{
    QString text = QString::fromUtf8(raw.left(32));
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    return text;
}

} // namespace nv::NetworkHeuristics
