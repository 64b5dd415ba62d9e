#!/usr/bin/python3
"""Puts the NetworkManager double (python-dbusmock's networkmanager template, on the bus named by
DBUS_SYSTEM_BUS_ADDRESS) into one situation, the way a real NetworkManager shows it on D-Bus:
devices with their type and driver, active connections, the primary connection, metered.

    nm-scenario.py [--keep] SCENARIO

Without --keep the double is reset to an empty NetworkManager first; --keep adds to what is
there (used to change a situation while a probe watches).
"""
import sys

import dbus

NM = 'org.freedesktop.NetworkManager'
MANAGER = '/org/freedesktop/NetworkManager'
DEVICE = NM + '.Device'
ACTIVE = NM + '.Connection.Active'
MOCK = 'org.freedesktop.DBus.Mock'

DEVICE_ACTIVATED = 100
DEVICE_DISCONNECTED = 30
ACTIVE_ACTIVATED = 2
STATE_DISCONNECTED = 20
METERED_GUESS_YES = 3
METERED_GUESS_NO = 4
TYPE_BT, TYPE_MODEM, TYPE_TUN, TYPE_WIREGUARD = 5, 8, 16, 29

bus = dbus.SystemBus()
mock = dbus.Interface(bus.get_object(NM, '/org/freedesktop'), MOCK)
settings = dbus.Interface(bus.get_object(NM, MANAGER + '/Settings'), NM + '.Settings')


def mock_of(path):
    return dbus.Interface(bus.get_object(NM, path), MOCK)


def properties_of(path):
    return dbus.Interface(bus.get_object(NM, path), dbus.PROPERTIES_IFACE)


def device(name, driver, wifi=False, device_type=None, metered=None, ip_interface=None,
           state=DEVICE_ACTIVATED):
    object_name = ''.join(c if c.isalnum() else '_' for c in name)
    path = (mock.AddWiFiDevice if wifi else mock.AddEthernetDevice)(object_name, name, state)
    props = properties_of(path)
    props.Set(DEVICE, 'Driver', driver)
    if device_type is not None:
        props.Set(DEVICE, 'DeviceType', dbus.UInt32(device_type))
    if ip_interface:
        props.Set(DEVICE, 'IpInterface', ip_interface)
    if metered is not None:
        mock_of(path).AddProperty(DEVICE, 'Metered', dbus.UInt32(metered))
    return path


def connection(conn_type, conn_id, devices, default=True):
    """A connection profile of conn_type, activated on devices."""
    settings_path = settings.AddConnection(dbus.Dictionary(
        {'connection': dbus.Dictionary({'type': conn_type, 'id': conn_id}, signature='sv')},
        signature='sa{sv}'))
    name = ''.join(c if c.isalnum() else '_' for c in conn_id)
    active = mock.AddActiveConnection(devices, settings_path, '/', name, ACTIVE_ACTIVATED)
    if not default:
        properties_of(active).Set(ACTIVE, 'Default', False)
    return active


def wifi(ssid, metered=METERED_GUESS_NO, name='wlp2s0', default=True):
    dev = device(name, 'iwlwifi', wifi=True, metered=metered)
    ap = mock.AddAccessPoint(dev, 'ap_' + name, ssid, '0a:1b:2c:3d:4e:5f', 2, 2437, 54000, 80,
                             0x100)
    settings_path = mock.AddWiFiConnection(dev, 'wifi_' + name, ssid, 'wpa-psk')
    active = mock.AddActiveConnection([dev], settings_path, ap, 'wifi_' + name, ACTIVE_ACTIVATED)
    if not default:
        properties_of(active).Set(ACTIVE, 'Default', False)
    return dev, active


def primary(active, metered):
    manager = mock_of(MANAGER)
    manager.AddProperty(NM, 'PrimaryConnection', dbus.ObjectPath(active))
    manager.AddProperty(NM, 'Metered', dbus.UInt32(metered))


def usb_phone(driver='rndis_host', name='usb0', metered=None):
    dev = device(name, driver, metered=metered)
    return dev, connection('802-3-ethernet', 'Wired connection 2', [dev])


def scenario_wifi():
    primary(wifi('Office Guest')[1], METERED_GUESS_NO)


def scenario_ethernet():
    dev = device('enp0s31f6', 'e1000e', metered=METERED_GUESS_NO)
    primary(connection('802-3-ethernet', 'Wired connection 1', [dev]), METERED_GUESS_NO)


def scenario_usb_rndis():
    # The driver alone tells the phone: no metered information.
    mock_of(MANAGER).AddProperty(NM, 'PrimaryConnection', dbus.ObjectPath(usb_phone()[1]))


def scenario_usb_ncm():
    active = usb_phone('cdc_ncm', 'enx0a1b2c3d4e5f')[1]
    mock_of(MANAGER).AddProperty(NM, 'PrimaryConnection', dbus.ObjectPath(active))


def scenario_usb_metered():
    # A driver that says nothing (cdc_eem): only the phone's metered mark (DHCP option
    # ANDROID_METERED, which NetworkManager turns into guess-yes) tells it.
    primary(usb_phone('cdc_eem', 'usb1', METERED_GUESS_YES)[1], METERED_GUESS_YES)


def scenario_modem():
    dev = device('cdc-wdm0', 'qmi_wwan', device_type=TYPE_MODEM, ip_interface='wwan0',
                 metered=METERED_GUESS_YES)
    primary(connection('gsm', 'Mobile broadband', [dev]), METERED_GUESS_YES)


def scenario_bluetooth():
    dev = device('bnep0', 'bluez', device_type=TYPE_BT, metered=METERED_GUESS_YES)
    primary(connection('bluetooth', 'Pixel 7 Network', [dev]), METERED_GUESS_YES)


def scenario_hotspot_metered():
    # An SSID that says nothing: only NetworkManager's metered guess tells the phone.
    primary(wifi('Travel-Net', metered=METERED_GUESS_YES)[1], METERED_GUESS_YES)


def scenario_hotspot_name():
    # No metered information at all: only the name tells the phone.
    dev, active = wifi("Marta's iPhone", metered=None)
    mock_of(MANAGER).AddProperty(NM, 'PrimaryConnection', dbus.ObjectPath(active))


def scenario_vpn_over_wifi():
    scenario_wifi()
    scenario_add_vpn()


def scenario_vpn_over_usb():
    scenario_usb_rndis()
    dev = device('wg0', 'wireguard', device_type=TYPE_WIREGUARD)
    connection('wireguard', 'wg0', [dev], default=False)


def scenario_tun_over_usb():
    # A VPN client outside NetworkManager: only its tun device shows.
    scenario_usb_rndis()
    device('tun0', 'tun', device_type=TYPE_TUN)


def scenario_tap_over_usb():
    # A virtual machine's tap device is not a VPN.
    scenario_usb_rndis()
    tap = device('vnet0', 'tun', device_type=TYPE_TUN)
    mock_of(tap).AddProperty(NM + '.Device.Tun', 'Mode', 'tap')


def scenario_mobile_link_unused():
    _, wifi_active = wifi('Office Guest')
    usb_dev = device('usb0', 'rndis_host', metered=METERED_GUESS_YES)
    connection('802-3-ethernet', 'Wired connection 2', [usb_dev], default=False)
    primary(wifi_active, METERED_GUESS_NO)


def scenario_offline():
    device('wlp2s0', 'iwlwifi', wifi=True, state=DEVICE_DISCONNECTED)
    mock.SetGlobalConnectionState(STATE_DISCONNECTED)


def scenario_add_vpn():
    connection('vpn', 'Corp VPN', [], default=False)


def scenario_nudge():
    # A change that does not change the path: the Wi-Fi device's bitrate.
    properties_of(MANAGER + '/Devices/wlp2s0').Set(NM + '.Device.Wireless', 'Bitrate',
                                                   dbus.UInt32(6500))


def main(argv):
    keep = '--keep' in argv
    names = [a for a in argv if a != '--keep']
    if len(names) != 1 or 'scenario_' + names[0].replace('-', '_') not in globals():
        sys.stderr.write(__doc__)
        return 2
    if not keep:
        mock.Reset()
    globals()['scenario_' + names[0].replace('-', '_')]()
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
