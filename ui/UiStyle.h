#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace nv {

// The few look-and-feel decisions shared by the panels, in one place so that presentation mode
// and the theme can change them together: tones and hints remember what they are (a dynamic
// property), so refresh() can colour them again after a palette change, and relative fonts
// remember their factor, so refresh() can scale them with the type.
namespace UiStyle {

enum class Tone
{
    Neutral,
    Good,
    Bad,
    Warning
};

enum class Theme
{
    System,
    Light,
    Dark
};

// The verdict colours. A lighter shade is picked on a dark palette so the text keeps its
// contrast; presentation mode picks deeper ones.
QColor toneColor(Tone tone, const QWidget *onWidget);

// The colours of the request log: status classes, the syntax of headers and JSON, redaction
// markers and the banners over the list and the detail. Every colour the window uses is here,
// each with a light, a dark and a presentation (high-contrast) shade.
enum class Colour
{
    Status2xx,
    Status3xx,
    Status4xx,
    Status5xx, // and exchanges that failed without an answer
    SyntaxHeaderName,
    SyntaxKey,
    SyntaxString,
    SyntaxNumber,
    SyntaxLiteral,
    SyntaxTitle,
    MarkerText,
    MarkerBackground,
    InfoBannerText,
    InfoBannerBackground,
    WarningBannerText,
    WarningBannerBackground,
    ReadOnlyFieldBackground, // under the palette's Text colour
    ReadOnlyFieldEdge,
};
// For a dark or a light background, in presentation mode when highContrast() is on.
QColor colour(Colour role, bool dark);
// The colour of an HTTP status in the log (failed: no answer, or a network or TLS error);
// invalid for an answer without a class (1xx, none).
QColor statusColour(int status, bool failed, bool dark);

enum class Banner
{
    Info,    // an imported file is shown
    Warning, // secrets are revealed
};
// A label on a tinted background, coloured again by refresh() after a theme, palette or
// presentation change.
void setBanner(QWidget *label, Banner kind);

// A field showing a value the person cannot change (a built-in profile's): read-only, its text
// still selectable and copyable, taken by a click but passed over by Tab, and drawn flat on a
// tint with a dashed edge in the light, dark and presentation shades, so it never looks like a
// white box waiting for typing. refresh() draws it again after a theme change.
void setReadOnlyField(QLineEdit *field, bool readOnly);

// A bold section heading.
QLabel *sectionTitle(const QString &text, QWidget *parent = nullptr);
// Colours a widget's text with a tone (Neutral: the palette's own text colour).
void setTone(QWidget *widget, Tone tone);
// Dimmed text for hints and placeholders, from the palette (PlaceholderText).
void setHint(QWidget *widget);
// A font factor × the window's base type (and bold), kept across presentation mode.
void setRelativeFont(QWidget *widget, qreal factor, bool bold = false);
// Colours, banners and fonts again, after a theme, palette or type-scale change.
void refresh(QWidget *root);

// The window's style sheet (resources/style/console.qss): structure only, colours from the
// palette.
QString windowStyleSheet();

// The base type: the application font times the type scale (1 normally, larger when
// presenting).
void setTypeScale(qreal scale);
qreal typeScale();
QFont baseFont();
void setHighContrast(bool on);
bool highContrast();

// Theme: System is whatever the platform gave the application at start; Light and Dark are
// Fusion-like palettes of our own. Presentation mode raises the text contrast of any of them.
void applyTheme(Theme theme);
Theme theme();
QPalette lightPalette();
QPalette darkPalette();
bool isDark(const QPalette &palette);

// Long codes and URLs (NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK) are one
// word to a wrapping label, which then widens the whole panel: this lets them break after
// '_', '.', '/', ':', '&' and '=' when a word is longer than 24 characters (zero-width
// spaces; for display only).
QString breakable(const QString &text);

// The first four characters of a secret and a mask, with its length: enough to match two
// values by eye, never enough to use one.
QString masked(const QString &secret);

constexpr int Spacing = 8;
constexpr int Margin = 12;

} // namespace UiStyle
} // namespace nv
