#pragma once

#include <QObject>

class QMainWindow;
class QMenu;

namespace nv {

// Help: About (version, Qt version, the licences of the libraries the console is built on), the
// documentation installed with it, and the keyboard shortcuts, read from the window's own
// actions so the list never drifts from what the keys do.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    explicit HelpMenu(QMainWindow *window);

    void showAbout();
    void showShortcuts();
    void openDocumentation();
    // The installed documentation folder; empty when the console runs from a build tree.
    static QString documentationFolder();

private:
    QMainWindow *m_window;
};

} // namespace nv
