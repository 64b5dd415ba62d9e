#pragma once

#include "ConsoleOptions.h"
#include "PageRoom.h"
#include "profile/ProfileStore.h"

#include <QMainWindow>

class QAction;
class QMenu;
class QScrollArea;
class QSplitter;
class QTabWidget;

namespace nv {

class BrowserPane;
class ConsoleStatusBar;
class DeferredPage;
class FittingScrollArea;
class FlowPanel;
class FlowRun;
class LogView;
class NewProfileFromPreset;
class PhonePane;
class ProfilePanel;
class ResultPanel;
class ScenarioBar;
class RunPresenter;
class RunSession;
class SandboxHost;
class TokenInspector;
class WindowTakeaways;

// The console window: the layout, the menus, presentation mode and the wiring. The work is
// elsewhere: RunSession (in the core) owns the services and the run, RunPresenter turns the
// panels' requests into runs and the runs into what the panels show. The panels know nothing
// of each other or of the run, so presentation mode can rearrange them.
//
// Nothing here waits: the sandbox starts on its own thread, secrets and the log answer with
// signals, and a run reports through signals too. Closing the window cancels a run in flight.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ConsoleOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The latest run (kept until the next one starts, so its page stays on screen).
    FlowRun *currentRun() const;
    SandboxHost *sandbox() const;
    bool isPresenting() const { return m_presenting; }
    // A demo session file (.nvsession), as File → Open session… opens one; a message box says
    // why when it cannot be, and nothing changes then.
    bool openSession(const QString &path);

public slots:
    void setPresentation(bool on);
    void toggleFullScreen();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void buildTopArea();
    QWidget *buildFlowColumn();
    void buildDetailTabs();
    void buildMenus();
    void buildTakeaways();
    void buildFileMenu();
    void buildProfileMenu();
    void buildViewMenu();
    void startSandboxOnceTlsIsLoaded();
    void connectSandbox();
    void selectStartingProfile();
    void restoreSettings();
    void saveSettings();
    void updateStatus();
    // An operator's page waits for the person: the browser gets the room, until it is answered.
    void fitToScreen();
    void givePageTheRoom();
    void restoreResultArea();
    // Colours and fonts again after a theme or type-size change.
    void restyle();
    void focusLogSearch();

    ConsoleOptions m_options;
    ProfileStore m_profiles;
    RunSession *m_session;
    RunPresenter *m_presenter = nullptr;
    WindowTakeaways *m_takeaways = nullptr;
    NewProfileFromPreset *m_newFromPreset = nullptr;
    bool m_presenting = false;
    PageRoom m_pageRoom; // the room a waiting operator's page gets, and what it had before
    QByteArray m_topBeforePresenting;
    QByteArray m_rightBeforePresenting;

    ProfilePanel *m_profilePanel = nullptr;
    FlowPanel *m_flowPanel = nullptr;
    ResultPanel *m_resultPanel = nullptr;
    BrowserPane *m_browserPane = nullptr;
    TokenInspector *m_tokenInspector = nullptr;
    PhonePane *m_phonePane = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    LogView *m_logView = nullptr;
    FittingScrollArea *m_profileArea = nullptr;
    FittingScrollArea *m_flowArea = nullptr;
    FittingScrollArea *m_tokenArea = nullptr;
    DeferredPage *m_tokenPage = nullptr;
    ScenarioBar *m_scenarioBar = nullptr; // the scenario picker while presenting
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_topSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    ConsoleStatusBar *m_statusBar = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
};

} // namespace nv
