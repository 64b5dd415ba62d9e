#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace nvtest {

// The openssl command line, an implementation the tests trust and the console does not use:
// keys it makes are read by the console, signatures the console makes are checked by it.
struct OpenSslResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline OpenSslResult openssl(const QStringList &args, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral("openssl"), args);
    OpenSslResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// DER for an ECDSA signature written out by hand from R || S (SEQUENCE of two INTEGERs), so
// the check does not go through the console's own conversion.
inline QByteArray derFromRaw(const QByteArray &raw)
{
    const auto integer = [](QByteArray value) {
        while (value.size() > 1 && value.at(0) == '\0' && !(quint8(value.at(1)) & 0x80))
            value.remove(0, 1);
        if (quint8(value.at(0)) & 0x80)
            value.prepend('\0');
        return QByteArray(1, '\x02') + char(value.size()) + value;
    };
    const QByteArray body = integer(raw.left(raw.size() / 2)) + integer(raw.mid(raw.size() / 2));
    return QByteArray(1, '\x30') + char(body.size()) + body;
}

} // namespace nvtest
