#include "ThemeMenu.h"

#include "ConsoleSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>

namespace nv {

ThemeMenu::ThemeMenu(QMenu *view, QObject *parent)
    : QObject(parent)
{
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(themes);
    const QList<std::tuple<QString, const char *, UiStyle::Theme>> choices{
        {tr("Follow the &system"), "actionThemeSystem", UiStyle::Theme::System},
        {tr("&Light"), "actionThemeLight", UiStyle::Theme::Light},
        {tr("&Dark"), "actionThemeDark", UiStyle::Theme::Dark}};
    const UiStyle::Theme saved = ConsoleSettings::theme();
    for (const auto &[text, name, theme] : choices) {
        QAction *action = themes->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setCheckable(true);
        action->setChecked(theme == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] { choose(theme); });
    }
}

void ThemeMenu::applySaved()
{
    if (const UiStyle::Theme saved = ConsoleSettings::theme(); saved != UiStyle::Theme::System) {
        UiStyle::applyTheme(saved);
        emit changed();
    }
}

void ThemeMenu::choose(UiStyle::Theme theme)
{
    UiStyle::applyTheme(theme);
    emit changed();
    ConsoleSettings::setTheme(theme);
}

} // namespace nv
