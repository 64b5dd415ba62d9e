#pragma once

#include <QString>
#include <vector>

namespace nv {

// A QR code as a square of modules, made by libqrencode. The console shows the authorize URL
// this way in the cross-device mode, so a phone on mobile data can open it.
//
// Error correction: Medium (15 % of the code may be lost) by default. A code on a screen is not
// torn or dirty; what a projected one suffers is glare, keystone blur and heads in the way,
// which Medium absorbs, while every step up adds modules and shrinks each module on the
// screen. A 300–600 character authorize URL gives versions 13–19 (69–93 modules, 77–101 with
// the quiet zone): a code filling a 1080-pixel-high projection gets 10 pixels or more per
// module. Low is for where width is scarce (a terminal, see TerminalQr).
class QrCode
{
public:
    enum class ErrorCorrection
    {
        Low,      // 7 %
        Medium,   // 15 %
        Quartile, // 25 %
        High,     // 30 %
    };

    // Empty modules of the standard quiet zone each side.
    static constexpr int QuietZone = 4;
    // Longest text accepted (UTF-8 bytes); a version 40 code holds at most 2953.
    static constexpr int MaxBytes = 2953;

    QrCode() = default;
    // A null code (isNull(), error() says why) when the text is empty, holds a NUL character, or
    // is too long for any QR version at that level.
    static QrCode encode(const QString &text, ErrorCorrection level = ErrorCorrection::Medium);

    bool isNull() const { return m_size == 0; }
    QString error() const { return m_error; }
    QString text() const { return m_text; }
    int size() const { return m_size; } // modules per side, without the quiet zone
    int version() const { return m_version; }
    ErrorCorrection level() const { return m_level; }
    // Dark module at column x, row y; false outside the code (the quiet zone is light).
    bool isDark(int x, int y) const;

    static QString levelName(ErrorCorrection level);

private:
    QString m_text;
    QString m_error;
    int m_size = 0;
    int m_version = 0;
    ErrorCorrection m_level = ErrorCorrection::Medium;
    std::vector<bool> m_modules;
};

} // namespace nv
