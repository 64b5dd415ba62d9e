#pragma once

#include "demo/DemoSession.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QMenu;
class QWidget;

namespace nv {

// File → Save session…, Open session…, Open recent session: the .nvsession files of prepared
// demos. The window says how to capture its state and how to apply a session (Hooks); this
// reads and validates a whole file before the window applies anything, and says in a sentence
// why a file cannot be opened (damaged, from a newer version, a scenario this console lacks).
class DemoSessionMenu : public QObject
{
    Q_OBJECT
public:
    struct Hooks
    {
        std::function<DemoSession()> capture;
        // Applies a session that has been validated: the profile, scenario, numbers, driver
        // and layout. Returns false with *error when the window could not (nothing applied).
        std::function<bool(const DemoSession &session, QString *error)> apply;
        // The built-in sandbox's scenario ids (SandboxHost::scenarios()); empty: any.
        std::function<QStringList()> knownScenarios;
    };

    DemoSessionMenu(QWidget *window, Hooks hooks, QObject *parent = nullptr);

    // Adds the three entries (and a separator) to menu.
    void addTo(QMenu *menu);
    // Reads, validates and applies; a message box says why not (unless quiet). For the
    // command line (nv-console demo.nvsession) and the menu alike.
    bool openFile(const QString &path);
    bool saveFile(const QString &path);
    void chooseAndOpen();
    void chooseAndSave();
    // Tests: no message boxes; the problem stays in lastError().
    void setQuiet(bool quiet) { m_quiet = quiet; }
    QString lastError() const { return m_lastError; }
    static QString fileFilter();

signals:
    void opened(const QString &path);
    void saved(const QString &path);

private:
    void fillRecent(QMenu *menu);
    void fail(const QString &title, const QString &error);

    QPointer<QWidget> m_window;
    Hooks m_hooks;
    bool m_quiet = false;
    QString m_lastError;
};

} // namespace nv
