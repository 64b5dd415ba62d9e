#pragma once

#include "QrCode.h"

#include <QStringList>

namespace nv {

// A QR code as text for a terminal: UTF-8 half blocks, two module rows per line (a terminal
// cell is about twice as high as wide, so modules come out square), one column per module,
// with the quiet zone drawn as light modules.
//
// Width: size + 2 × quiet zone columns. With the standard quiet zone of 4 an 80-column
// terminal takes up to version 13 (69 modules); forTerminal() picks the level for that.
class TerminalQr
{
public:
    enum class Colors
    {
        Ansi,        // explicit black on bright white (SGR 30;107): right on any terminal theme
        LightOnDark, // no escapes; blocks draw the light modules (for a dark terminal)
        DarkOnLight, // no escapes; blocks draw the dark modules (for a light terminal)
    };

    // One string per line, without line ends.
    static QStringList render(const QrCode &code, Colors colors = Colors::Ansi,
                              int quietZone = QrCode::QuietZone);
    static int columns(const QrCode &code, int quietZone = QrCode::QuietZone);
    static int lines(const QrCode &code, int quietZone = QrCode::QuietZone);

    // Medium error correction when it fits maxColumns, otherwise Low (fewest modules); the
    // code may still be wider than maxColumns when the text is long.
    static QrCode forTerminal(const QString &text, int maxColumns = 80);
};

} // namespace nv
