#pragma once

#include "UiStyle.h"

#include <QObject>

class QMenu;

namespace nv {

// View → Theme: follow the system, light or dark. The choice is kept in the settings
// (ConsoleSettings) and applied again at the next start; changed() asks the window to colour
// itself again. The entries are named actionThemeSystem, actionThemeLight and actionThemeDark,
// so a demo session can pick one as a person does.
class ThemeMenu : public QObject
{
    Q_OBJECT
public:
    // Adds the submenu to view.
    explicit ThemeMenu(QMenu *view, QObject *parent = nullptr);

    // The saved theme, when it is not the system's (call once the window can restyle).
    void applySaved();

signals:
    void changed();

private:
    void choose(UiStyle::Theme theme);
};

} // namespace nv
