#pragma once

#include <QObject>
#include <QPointer>
#include <QTextStream>

class QSocketNotifier;

namespace nv {

class CrossDeviceDriver;

// nv-cli's face of the phone (cross-device) mode: prints the authorize URL as a QR code the
// phone scans (UTF-8 half blocks) and alone on a line starting "authorize-url: ", then reads
// what the person pastes on standard input (the final redirect URL from the phone, or code=…
// and state=…) while the relay, if any, is polled. With --json all of it goes to standard
// error, so standard output stays one JSON object.
class PhonePrompt : public QObject
{
    Q_OBJECT
public:
    PhonePrompt(CrossDeviceDriver *driver, QTextStream &out, QObject *parent = nullptr);

private:
    void show(const QUrl &authorizeUrl);
    void readPasted();

    QPointer<CrossDeviceDriver> m_driver;
    QTextStream &m_out;
    QSocketNotifier *m_stdin = nullptr;
    QByteArray m_pending;
};

} // namespace nv
