#include "QrCode.h"

#include <QCoreApplication>
#include <cerrno>
#include <memory>
#include <qrencode.h>

namespace nv {

namespace {
QRecLevel toLibLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrCode::ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrCode::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::ErrorCorrection::High:
        break;
    }
    return QR_ECLEVEL_H;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("nv::QrCode", text);
}
} // namespace

QString QrCode::levelName(ErrorCorrection level)
{
    switch (level) {
    case ErrorCorrection::Low:
        return QStringLiteral("L");
    case ErrorCorrection::Medium:
        return QStringLiteral("M");
    case ErrorCorrection::Quartile:
        return QStringLiteral("Q");
    case ErrorCorrection::High:
        break;
    }
    return QStringLiteral("H");
}

QrCode QrCode::encode(const QString &text, ErrorCorrection level)
{
    QrCode code;
    code.m_text = text;
    code.m_level = level;
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty()) {
        code.m_error = tr("There is nothing to put in the QR code.");
        return code;
    }
    if (bytes.contains('\0')) {
        code.m_error = tr("The text holds a NUL character, which a QR code cannot carry here.");
        return code;
    }
    if (bytes.size() > MaxBytes) {
        code.m_error = tr("The text is %1 bytes long; a QR code holds at most %2.")
                           .arg(bytes.size())
                           .arg(MaxBytes);
        return code;
    }
    // Version 0: the smallest that fits. 8-bit hint, case-sensitive: libqrencode splits the
    // text into numeric, alphanumeric and 8-bit runs itself, which keeps the code small.
    errno = 0;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> encoded(
        QRcode_encodeString(bytes.constData(), 0, toLibLevel(level), QR_MODE_8, 1), &QRcode_free);
    if (!encoded) {
        code.m_error = errno == ERANGE
                           ? tr("The text is too long for a QR code at error correction %1.")
                                 .arg(levelName(level))
                           : tr("The QR code could not be made (error %1).").arg(errno);
        return code;
    }
    code.m_size = encoded->width;
    code.m_version = encoded->version;
    code.m_modules.resize(std::size_t(code.m_size) * std::size_t(code.m_size));
    for (std::size_t i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = (encoded->data[i] & 1) != 0; // bit 0: dark module
    return code;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules[std::size_t(y) * std::size_t(m_size) + std::size_t(x)];
}

} // namespace nv
