#pragma once

// Reads QR codes back with a real scanner, zbarimg (Debian: zbar-tools), and makes authorize
// URLs of a chosen length for the QR tests.

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

namespace nvtest {

#ifndef NV_ZBARIMG
#error "NV_ZBARIMG must name the zbarimg executable"
#endif

// The text zbarimg finds in the image (QR codes only); empty, with *error set, when it finds
// none or cannot run.
inline QString scanQr(const QImage &image, QString *error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("code.png"));
    if (!dir.isValid() || !image.save(path)) {
        *error = QStringLiteral("cannot save the image");
        return QString();
    }
    QProcess zbar;
    zbar.start(QStringLiteral(NV_ZBARIMG),
               {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sdisable"),
                QStringLiteral("-Sqrcode.enable"), path});
    if (!zbar.waitForStarted(10000)) {
        *error = QStringLiteral("zbarimg could not be started (install zbar-tools)");
        return QString();
    }
    if (!zbar.waitForFinished(60000) || zbar.exitCode() != 0) {
        *error = QStringLiteral("zbarimg found no code (exit %1): %2")
                     .arg(zbar.exitCode())
                     .arg(QString::fromUtf8(zbar.readAllStandardError()));
        return QString();
    }
    QByteArray out = zbar.readAllStandardOutput();
    if (out.endsWith('\n'))
        out.chop(1);
    return QString::fromUtf8(out);
}

// An authorize URL like the console builds (every value percent-encoded), padded to exactly
// `length` characters with a konera_context value.
inline QString authorizeUrl(int length)
{
    QString url = QStringLiteral(
        "https://auth.operator.example.com/camara/api/auth/v1/authorize?response_type=code"
        "&client_id=8f2c1d7e-4b9a-4c3e-9d21-6a7b5c4e3f10"
        "&redirect_uri=https%3A%2F%2Frelay.nv-console.example%2Fcallback"
        "&scope=openid%20dpv%3AFraudPreventionAndDetection%23number-verification-verify-read"
        "&state=AbCdEfGhIjKlMnOpQrStUv&nonce=VwXyZaBcDeFgHiJkLmNoPq"
        "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
        "&login_hint=tel%3A%2B34666666666&konera_context=");
    static const QString filler = QStringLiteral("eyJhbGciOiJub25lIn0.ZXhhbXBsZS1jb250ZXh0LXZh"
                                                 "bHVlLWZvci10aGUtb3BlcmF0b3I");
    while (url.size() < length)
        url += filler.at(url.size() % filler.size());
    return url.left(length);
}

} // namespace nvtest
