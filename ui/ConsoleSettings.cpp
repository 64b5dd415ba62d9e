#include "ConsoleSettings.h"

#include <QRegularExpression>
#include <QSettings>

namespace nv::ConsoleSettings {

namespace {
const QString ThemeKey = QStringLiteral("view/theme");
const QString LanguageKey = QStringLiteral("view/language");
const QString SystemLanguage = QStringLiteral("system");
const QString GeometryKey = QStringLiteral("window/geometry");

// The object names the splitters had when their states were first saved: kept as the keys.
QString splitterKey(Splitter splitter)
{
    switch (splitter) {
    case Splitter::Main:
        return QStringLiteral("window/mainSplitter");
    case Splitter::Top:
        return QStringLiteral("window/topSplitter");
    case Splitter::Result:
        break;
    }
    return QStringLiteral("window/resultSplitter");
}

QString themeName(UiStyle::Theme theme)
{
    switch (theme) {
    case UiStyle::Theme::Light:
        return QStringLiteral("light");
    case UiStyle::Theme::Dark:
        return QStringLiteral("dark");
    case UiStyle::Theme::System:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

UiStyle::Theme theme()
{
    const QString saved = QSettings().value(ThemeKey).toString();
    // Earlier versions stored the enum's number: 1 light, 2 dark.
    if (saved == themeName(UiStyle::Theme::Light) || saved == QLatin1String("1"))
        return UiStyle::Theme::Light;
    if (saved == themeName(UiStyle::Theme::Dark) || saved == QLatin1String("2"))
        return UiStyle::Theme::Dark;
    return UiStyle::Theme::System;
}

void setTheme(UiStyle::Theme theme)
{
    QSettings().setValue(ThemeKey, themeName(theme));
}

QString language()
{
    const QString saved = QSettings().value(LanguageKey).toString();
    // A locale name: letters, digits and _ or - (anything else is a damaged file).
    static const QRegularExpression localeName(QStringLiteral("^[a-z]{2,3}([_-][A-Za-z0-9]+)*$"));
    return saved == SystemLanguage || !localeName.match(saved).hasMatch() ? QString() : saved;
}

void setLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language.isEmpty() ? SystemLanguage : language);
}

QByteArray windowGeometry()
{
    return QSettings().value(GeometryKey).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(GeometryKey, geometry);
}

QByteArray splitterState(Splitter splitter)
{
    return QSettings().value(splitterKey(splitter)).toByteArray();
}

void setSplitterState(Splitter splitter, const QByteArray &state)
{
    QSettings().setValue(splitterKey(splitter), state);
}

} // namespace nv::ConsoleSettings
