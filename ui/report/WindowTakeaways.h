#pragma once

#include "DemoSessionMenu.h"
#include "ReportExportDialog.h"
#include "report/ReportFactsBook.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QMainWindow;
class QMenu;

namespace nv {

class FlowRun;
class LogView;
class RunSession;

// What a partner takes away, wired into the console window in one place: File → Export
// report… (the current run), the demo session entries (open, recent, save) and the request
// log's report context. It notes what the log does not hold about this session's runs (the
// id_token check, the network path at the start) so reports made from the window include them.
//
// The window lends what only it knows: how to capture and apply the run settings of a demo
// session (profile, scenario, numbers, driver, theme); the layout part (named splitters,
// presentation mode, full screen) is captured and applied here.
class WindowTakeaways : public QObject
{
    Q_OBJECT
public:
    struct Window
    {
        QMainWindow *window = nullptr;
        RunSession *session = nullptr;
        LogView *logView = nullptr; // may be null
        std::function<bool()> presenting;
        // The profile, scenario, numbers, driver and theme of the window, into a session.
        std::function<DemoSession()> captureRun;
        // Applies them from a validated session, all or nothing; false with *error otherwise.
        std::function<bool(const DemoSession &, QString *error)> applyRun;
    };

    explicit WindowTakeaways(const Window &window, QObject *parent = nullptr);

    // Adds Export report… (Ctrl+Shift+E), Edit and resend the selected exchange…, the session
    // entries, then a separator.
    void addToFileMenu(QMenu *file);
    // `nv-console demo.nvsession`: reads, validates, applies; a message box says why not.
    bool openSessionFile(const QString &path);
    // The current run; with none, the runs of the rows selected in the request log.
    void exportCurrentRun();
    // The request log's selected exchange in ResendDialog; a message says when none is.
    void resendSelectedExchange();
    const ReportFactsBook &facts() const { return m_facts; }
    DemoSessionMenu *sessions() const { return m_sessions; }
    QAction *exportAction() const { return m_export; }
    QAction *resendAction() const { return m_resend; }

private:
    void watch(FlowRun *run);
    ReportExportContext reportContext();
    int selectedLogRow() const;
    DemoSession capture() const;
    bool apply(const DemoSession &session, QString *error);

    Window m_window;
    ReportFactsBook m_facts;
    DemoSessionMenu *m_sessions;
    QAction *m_export = nullptr;
    QAction *m_resend = nullptr;
};

} // namespace nv
