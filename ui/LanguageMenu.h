#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace nv {

// View → Language: the system's language or one the console ships (found from its catalogues).
// The choice is kept in the settings (ConsoleSettings) and applied at the next start, before
// the window is built: the window's texts are set once, so switching them live would need every
// panel to set its texts again. Choosing says so and offers to restart now. The entries are
// named actionLanguageSystem and actionLanguage_<locale name> ("actionLanguage_es").
class LanguageMenu : public QObject
{
    Q_OBJECT
public:
    // Adds the submenu to view; window is the one a restart closes.
    LanguageMenu(QMenu *view, QWidget *window);

    // Starts the program again with the same arguments, once the window has closed (which saves
    // its layout and cancels a run in flight). Nothing happens when the window stays open.
    void restart();

private:
    void choose(const QString &language);

    QWidget *m_window;
};

} // namespace nv
