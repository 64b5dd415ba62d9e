#include "UiStyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QStyleHints>
#include <optional>

namespace nv::UiStyle {

namespace {
const char *ToneProperty = "nvTone"; // int(Tone), or -1 for a hint
const char *FontFactorProperty = "nvFontFactor";
const char *FontBoldProperty = "nvFontBold";
const char *BannerProperty = "nvBanner";               // int(Banner)
const char *ReadOnlyFieldProperty = "nvReadOnlyField"; // bool

qreal s_typeScale = 1.0;
std::optional<QFont> s_applicationFont; // the font before any scaling
bool s_highContrast = false;
Theme s_theme = Theme::System;
std::optional<QPalette> s_systemPalette;
bool s_paletteOverridden = false; // the application palette is ours, not the system's

// The colour a widget's text stands on: the first opaque Window colour up its parents. A style
// sheet's "background: transparent" makes a label's own Window colour transparent black, which
// says nothing about what is behind it.
bool isDarkWidget(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QColor background = w->palette().color(QPalette::Window);
        if (background.alpha() > 200)
            return background.lightness() < 128;
    }
    return isDark(QApplication::palette());
}

void applyToneNow(QWidget *widget)
{
    const QVariant stored = widget->property(ToneProperty);
    if (!stored.isValid())
        return;
    QPalette palette = widget->palette();
    const QPalette inherited =
        widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette();
    const int tone = stored.toInt();
    if (tone < 0)
        palette.setColor(QPalette::WindowText, inherited.color(QPalette::PlaceholderText));
    else if (Tone(tone) == Tone::Neutral)
        palette.setColor(QPalette::WindowText, inherited.color(QPalette::WindowText));
    else
        palette.setColor(QPalette::WindowText, toneColor(Tone(tone), widget));
    widget->setPalette(palette);
}

void applyBannerNow(QWidget *widget)
{
    const QVariant stored = widget->property(BannerProperty);
    if (!stored.isValid())
        return;
    const bool dark = isDarkWidget(widget->parentWidget() ? widget->parentWidget() : widget);
    const bool info = Banner(stored.toInt()) == Banner::Info;
    const QColor text = colour(info ? Colour::InfoBannerText : Colour::WarningBannerText, dark);
    const QColor background =
        colour(info ? Colour::InfoBannerBackground : Colour::WarningBannerBackground, dark);
    widget->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; padding: 4px; border-radius: 3px; }")
            .arg(background.name(), text.name()));
}

void applyReadOnlyFieldNow(QWidget *widget)
{
    const QVariant stored = widget->property(ReadOnlyFieldProperty);
    if (!stored.isValid())
        return;
    QString sheet;
    if (stored.toBool()) {
        // The widget's own sheet wins over the window's, whose focus edge says "type here".
        const bool dark = isDarkWidget(widget->parentWidget() ? widget->parentWidget() : widget);
        sheet = QStringLiteral("QLineEdit { background: %1; border: 1px dashed %2; "
                               "border-radius: 3px; padding: 2px 4px; }"
                               "QLineEdit:focus { border: 1px solid palette(highlight); }")
                    .arg(colour(Colour::ReadOnlyFieldBackground, dark).name(),
                         colour(Colour::ReadOnlyFieldEdge, dark).name());
    }
    if (widget->styleSheet() != sheet)
        widget->setStyleSheet(sheet);
}

void applyFontNow(QWidget *widget)
{
    const QVariant factor = widget->property(FontFactorProperty);
    if (!factor.isValid())
        return;
    QFont font = baseFont();
    font.setPointSizeF(font.pointSizeF() * factor.toReal());
    font.setBold(widget->property(FontBoldProperty).toBool());
    widget->setFont(font);
}
} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor toneColor(Tone tone, const QWidget *onWidget)
{
    const bool dark = isDarkWidget(onWidget);
    switch (tone) {
    case Tone::Good:
        if (s_highContrast)
            return dark ? QColor(0x6e, 0xf0, 0x8f) : QColor(0x0b, 0x5d, 0x1e);
        return dark ? QColor(0x5c, 0xd6, 0x7d) : QColor(0x1e, 0x7e, 0x34);
    case Tone::Bad:
        if (s_highContrast)
            return dark ? QColor(0xff, 0x8a, 0x8a) : QColor(0xa3, 0x12, 0x12);
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Tone::Warning:
        if (s_highContrast)
            return dark ? QColor(0xff, 0xd0, 0x6e) : QColor(0x7a, 0x45, 0x00);
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x9a, 0x58, 0x00);
    case Tone::Neutral:
        break;
    }
    return onWidget ? onWidget->palette().color(QPalette::WindowText) : QColor();
}

namespace {

// One role in four shades: light, dark, and both again for presentation mode (deeper on light,
// brighter on dark, so a projector does not wash them out). Markers and banners bring their
// own background, so those keep one shade outside presentation mode. Every text shade meets
// WCAG AA (4.5:1) on its background; tests/ui/tst_contrast.cpp checks each one.
struct Shades
{
    QRgb light;
    QRgb dark;
    QRgb lightHighContrast;
    QRgb darkHighContrast;
};

Shades shadesOf(Colour role)
{
    switch (role) {
    case Colour::Status2xx:
        return {0x1e7e34, 0x5cd67d, 0x0b5d1e, 0x6ef08f};
    case Colour::Status3xx:
        return {0x1565c0, 0x79b8ff, 0x0b4f9c, 0x9ecbff};
    case Colour::Status4xx:
        return {0x9a5400, 0xffb347, 0x7a4500, 0xffd06e};
    case Colour::Status5xx:
        return {0xc62828, 0xff6b6b, 0xa31212, 0xff8a8a};
    case Colour::SyntaxHeaderName:
        return {0x6f42c1, 0xc3a6ff, 0x4b1fa3, 0xdccbff};
    case Colour::SyntaxKey:
        return {0x00458b, 0x9ecbff, 0x002c5c, 0xc6e0ff};
    case Colour::SyntaxString:
        return {0xa31515, 0xffa657, 0x7a0c0c, 0xffc48a};
    case Colour::SyntaxNumber:
        return {0x077a50, 0x7ee787, 0x05603d, 0xa5f5ab};
    case Colour::SyntaxLiteral:
        return {0x005cc5, 0x79c0ff, 0x003f8a, 0xa8d6ff};
    case Colour::SyntaxTitle:
        return {0x333333, 0xe6edf3, 0x000000, 0xffffff};
    case Colour::MarkerText:
        return {0x8a4b00, 0x8a4b00, 0x5c3200, 0x5c3200};
    case Colour::MarkerBackground:
        return {0xfff0c2, 0xfff0c2, 0xffe08a, 0xffe08a};
    case Colour::InfoBannerText:
        return {0x0b3d77, 0x0b3d77, 0x062a52, 0xffffff};
    case Colour::InfoBannerBackground:
        return {0xe3efff, 0xe3efff, 0xcfe3ff, 0x0f2a4a};
    case Colour::WarningBannerText:
        return {0x6b4400, 0x6b4400, 0x3d2600, 0xffffff};
    case Colour::WarningBannerBackground:
        return {0xfff0c2, 0xfff0c2, 0xffe08a, 0x5a4100};
    case Colour::ReadOnlyFieldBackground:
        return {0xe6e9ed, 0x30343a, 0xdfe3e8, 0x2a2e33};
    case Colour::ReadOnlyFieldEdge:
        return {0x8d949c, 0x7a818a, 0x5f666e, 0xa0a7b0};
    }
    return {0x000000, 0xffffff, 0x000000, 0xffffff};
}

} // namespace

QColor colour(Colour role, bool dark)
{
    const Shades shades = shadesOf(role);
    if (s_highContrast)
        return QColor(dark ? shades.darkHighContrast : shades.lightHighContrast);
    return QColor(dark ? shades.dark : shades.light);
}

QColor statusColour(int status, bool failed, bool dark)
{
    if (failed || status >= 500)
        return colour(Colour::Status5xx, dark);
    if (status >= 400)
        return colour(Colour::Status4xx, dark);
    if (status >= 300)
        return colour(Colour::Status3xx, dark);
    if (status >= 200)
        return colour(Colour::Status2xx, dark);
    return {};
}

void setBanner(QWidget *label, Banner kind)
{
    label->setProperty(BannerProperty, int(kind));
    applyBannerNow(label);
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    setRelativeFont(label, 1.15, true);
    return label;
}

void setReadOnlyField(QLineEdit *field, bool readOnly)
{
    field->setReadOnly(readOnly);
    field->setFocusPolicy(readOnly ? Qt::ClickFocus : Qt::StrongFocus);
    field->setProperty(ReadOnlyFieldProperty, readOnly);
    applyReadOnlyFieldNow(field);
}

void setTone(QWidget *widget, Tone tone)
{
    widget->setProperty(ToneProperty, int(tone));
    applyToneNow(widget);
}

void setHint(QWidget *widget)
{
    widget->setProperty(ToneProperty, -1);
    applyToneNow(widget);
}

void setRelativeFont(QWidget *widget, qreal factor, bool bold)
{
    widget->setProperty(FontFactorProperty, factor);
    widget->setProperty(FontBoldProperty, bold);
    applyFontNow(widget);
}

QString windowStyleSheet()
{
    QFile style(QStringLiteral(":/nv/style/console.qss"));
    return style.open(QIODevice::ReadOnly) ? QString::fromUtf8(style.readAll()) : QString();
}

void refresh(QWidget *root)
{
    if (!root)
        return;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        applyFontNow(widget);
        applyToneNow(widget);
        applyBannerNow(widget);
        applyReadOnlyFieldNow(widget);
    }
}

void setTypeScale(qreal scale)
{
    if (!s_applicationFont)
        s_applicationFont = QApplication::font();
    s_typeScale = scale;
    // The application font, so every widget without a font of its own follows (style sheets
    // stop a window's font from reaching its children).
    QApplication::setFont(baseFont());
}

qreal typeScale()
{
    return s_typeScale;
}

QFont baseFont()
{
    QFont font = s_applicationFont ? *s_applicationFont : QApplication::font();
    font.setPointSizeF(font.pointSizeF() * s_typeScale);
    return font;
}

void setHighContrast(bool on)
{
    if (on == s_highContrast)
        return;
    if (on && !s_paletteOverridden)
        s_systemPalette = QApplication::palette();
    s_highContrast = on;
    s_paletteOverridden = true; // so applyTheme keeps the palette captured above
    applyTheme(s_theme);
}

bool highContrast()
{
    return s_highContrast;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x67, 0x70));
    p.setColor(QPalette::Mid, QColor(0xc8, 0xcd, 0xd3));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Dark, QColor(0xa0, 0xa6, 0xad));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Link, QColor(0x1f, 0x5f, 0xb4));
    for (auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9f, 0xa6));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x23, 0x25, 0x29));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x1a, 0x1c, 0x1f));
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x27, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x31, 0x34, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6c, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9f, 0xa6));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4e, 0x54));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3e, 0x44));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x37, 0x3c));
    p.setColor(QPalette::Dark, QColor(0x15, 0x16, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x34, 0x39));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    for (auto role : {QPalette::Text, QPalette::ButtonText, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, QColor(0x74, 0x79, 0x80));
    return p;
}

void applyTheme(Theme theme)
{
    // Whatever the application had while nothing was overridden is the system's palette.
    if (!s_paletteOverridden || !s_systemPalette)
        s_systemPalette = QApplication::palette();
    s_theme = theme;
    s_paletteOverridden = theme != Theme::System || s_highContrast;
    QPalette palette;
    switch (theme) {
    case Theme::System:
        palette = *s_systemPalette;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        // Newer Qt tells the system's colour scheme even when the platform palette does not
        // follow it (e.g. a plain X11 session).
        if (QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark &&
            !isDark(palette))
            palette = darkPalette();
#endif
        break;
    case Theme::Light:
        palette = lightPalette();
        break;
    case Theme::Dark:
        palette = darkPalette();
        break;
    }
    if (s_highContrast) {
        // Text at full contrast, hints no longer faint: what a projector washes out.
        const bool dark = isDark(palette);
        const QColor text = dark ? Qt::white : Qt::black;
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(QPalette::Active, role, text),
                palette.setColor(QPalette::Inactive, role, text);
        palette.setColor(QPalette::PlaceholderText,
                         dark ? QColor(0xc8, 0xcc, 0xd2) : QColor(0x3c, 0x42, 0x48));
        palette.setColor(QPalette::Window, dark ? QColor(0x10, 0x11, 0x13) : Qt::white);
        palette.setColor(QPalette::Base, dark ? Qt::black : Qt::white);
        palette.setColor(QPalette::Mid, dark ? QColor(0x80, 0x86, 0x8e) : QColor(0x70, 0x76, 0x7e));
    }
    QApplication::setPalette(palette);
}

Theme theme()
{
    return s_theme;
}

QString breakable(const QString &text)
{
    // Only words too long to fit a narrow panel get break opportunities; short ones ("E.164",
    // "invalid_grant") stay as typed, so they can be searched and copied as they are.
    constexpr qsizetype LongWord = 24;
    QString out;
    out.reserve(text.size() + text.size() / 8);
    qsizetype wordStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !text.at(i).isSpace())
            continue;
        const QStringView word = QStringView(text).mid(wordStart, i - wordStart);
        for (const QChar c : word) {
            out += c;
            if (word.size() > LongWord &&
                (c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('/') ||
                 c == QLatin1Char(':') || c == QLatin1Char('&') || c == QLatin1Char('=')))
                out += QChar(0x200B);
        }
        if (i < text.size())
            out += text.at(i);
        wordStart = i + 1;
    }
    return out;
}

QString masked(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    return QCoreApplication::translate("nv::UiStyle", "%1••• (%2 characters)")
        .arg(secret.left(4))
        .arg(secret.size());
}

} // namespace nv::UiStyle
