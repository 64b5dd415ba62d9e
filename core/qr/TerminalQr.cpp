#include "TerminalQr.h"

namespace nv {

namespace {
constexpr char16_t Full = u'\u2588';  // █ both halves
constexpr char16_t Upper = u'\u2580'; // ▀ upper half
constexpr char16_t Lower = u'\u2584'; // ▄ lower half
constexpr char16_t Empty = u' ';
} // namespace

int TerminalQr::columns(const QrCode &code, int quietZone)
{
    return code.isNull() ? 0 : code.size() + 2 * quietZone;
}

int TerminalQr::lines(const QrCode &code, int quietZone)
{
    return (columns(code, quietZone) + 1) / 2;
}

QStringList TerminalQr::render(const QrCode &code, Colors colors, int quietZone)
{
    QStringList out;
    if (code.isNull())
        return out;
    const int side = columns(code, quietZone);
    // "Ink" is what the block characters draw in the terminal's foreground colour.
    const bool inkIsDark = colors != Colors::LightOnDark;
    const auto ink = [&](int x, int y) {
        if (y >= side)
            return false; // below the last row: the terminal's own background
        return code.isDark(x - quietZone, y - quietZone) == inkIsDark;
    };
    for (int y = 0; y < side; y += 2) {
        QString line;
        line.reserve(side + 16);
        if (colors == Colors::Ansi)
            line += QStringLiteral("\x1b[30;107m");
        for (int x = 0; x < side; ++x) {
            const bool top = ink(x, y);
            const bool bottom = ink(x, y + 1);
            line += QChar(top ? (bottom ? Full : Upper) : (bottom ? Lower : Empty));
        }
        if (colors == Colors::Ansi)
            line += QStringLiteral("\x1b[0m");
        out.append(line);
    }
    return out;
}

QrCode TerminalQr::forTerminal(const QString &text, int maxColumns)
{
    const QrCode medium = QrCode::encode(text, QrCode::ErrorCorrection::Medium);
    if (medium.isNull() || columns(medium) <= maxColumns)
        return medium;
    const QrCode low = QrCode::encode(text, QrCode::ErrorCorrection::Low);
    return low.isNull() ? medium : low;
}

} // namespace nv
