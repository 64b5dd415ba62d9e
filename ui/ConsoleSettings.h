#pragma once

#include "UiStyle.h"

#include <QByteArray>
#include <QString>

namespace nv {

// The window's remembered choices, typed: each key is written in one place, enums are stored
// by name (so a reordered enum never changes a saved choice), and a value that does not parse
// falls back to the default.
namespace ConsoleSettings {

enum class Splitter
{
    Main,   // the work area above the request log
    Top,    // profile | flow | result
    Result, // result above the browser and token inspector
};

UiStyle::Theme theme();
void setTheme(UiStyle::Theme theme);

// The language chosen in View → Language: a locale name ("en", "es"), or empty for the
// system's. Stored as "system" or the name, and read at start, before the window exists.
QString language();
void setLanguage(const QString &language);

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);

QByteArray splitterState(Splitter splitter);
void setSplitterState(Splitter splitter, const QByteArray &state);

} // namespace ConsoleSettings
} // namespace nv
