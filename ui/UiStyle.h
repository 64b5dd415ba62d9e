#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace nv {

// The few look-and-feel decisions shared by the panels, in one place so that a later
// presentation mode can scale them together.
namespace UiStyle {

enum class Tone
{
    Neutral,
    Good,
    Bad,
    Warning
};

// The verdict colours: the only hard-coded colours in the window. A lighter shade is picked
// on a dark palette so the text keeps its contrast.
QColor toneColor(Tone tone, const QWidget *onWidget);

// A bold section heading.
QLabel *sectionTitle(const QString &text, QWidget *parent = nullptr);
// Colours a label's text with a tone (Neutral: the palette's own text colour).
void setTone(QLabel *label, Tone tone);
// Dimmed text for hints and placeholders, from the palette (PlaceholderText).
void setHint(QLabel *label);
// The first four characters of a secret and a mask, with its length: enough to match two
// values by eye, never enough to use one.
QString masked(const QString &secret);

constexpr int Spacing = 8;
constexpr int Margin = 12;

} // namespace UiStyle
} // namespace nv
