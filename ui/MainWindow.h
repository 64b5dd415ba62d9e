#pragma once

#include "ConsoleOptions.h"
#include "flow/FlowOutcome.h"
#include "profile/Profile.h"
#include "profile/ProfileStore.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QAction;
class QLabel;
class QScrollArea;
class QSplitter;
class QTabWidget;

namespace nv {

class BrowserPane;
class FlowPanel;
class FlowRun;
class JwksFetch;
class ProfilePanel;
class RequestLog;
class LogView;
class ResultPanel;
class SandboxHost;
class SecretStore;
class TokenInspector;
struct AuthorizationResponse;
struct TokenResponse;

// The console window. It owns the services (profiles, secrets, request log, the in-process
// sandbox) and the current FlowRun, and wires the run's signals to the panels. The panels know
// nothing of each other or of the run, so presentation mode can rearrange them.
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
    RequestLog *requestLog() const { return m_log; }
    SecretStore *secretStore() const { return m_secrets; }
    SandboxHost *sandbox() const { return m_sandbox; }
    bool isPresenting() const { return m_presenting; }

public slots:
    void startRun();
    void nextStep();
    void authorizeStep();
    void exchangeStep();
    void cancelRun();
    void newFlow();
    void verifyAgain();
    void fetchDevicePhoneNumber();
    void setPresentation(bool on);
    void toggleFullScreen();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Pending
    {
        None,
        Run,
        Authorize
    };

    void buildLayout();
    void buildMenus();
    void restoreSettings();
    void saveSettings();
    void onSandboxReady(const QUrl &baseUrl);
    void onSandboxFailed(const QString &reason);
    void onProfileChanged(const nv::Profile &profile);
    void onStageChanged(nv::FlowStage stage, nv::StageState state);
    void onCodeCaptured(const nv::AuthorizationResponse &response);
    void onTokenReceived(const nv::TokenResponse &token);
    void onRunFinished(const nv::FlowOutcome &outcome);
    // A new run for the current inputs, wired to the panels; nullptr (and a message where the
    // person is looking) when it cannot start yet or at all.
    FlowRun *newRun(Pending pendingAs);
    void updateRunState();
    // Gives the result area back the height it had before a page needed the person.
    void restoreResultArea();
    void setRunning(bool running);
    // Why the current profile cannot run yet, in words; empty when it can.
    QString profileProblem(const Profile &profile) const;
    void updateStatus();
    // Colours and fonts again after a theme or type-size change.
    void restyle();

    // The request log view: created, pointed at a run and searched here only, so replacing
    // the view touches these three functions.
    QWidget *createLogView();
    void showRunInLog(const QString &correlationId);
    void focusLogSearch();

    ConsoleOptions m_options;
    ProfileStore m_profiles;
    SecretStore *m_secrets;
    RequestLog *m_log;
    SandboxHost *m_sandbox;
    JwksFetch *m_jwks;
    QString m_sandboxProblem;
    QPointer<FlowRun> m_run;
    Pending m_pending = Pending::None;
    bool m_stepping = false; // the current run goes one step at a time
    bool m_presenting = false;
    QList<int> m_rightSizesBeforePage;
    QByteArray m_topBeforePresenting;
    QByteArray m_rightBeforePresenting;

    ProfilePanel *m_profilePanel = nullptr;
    FlowPanel *m_flowPanel = nullptr;
    ResultPanel *m_resultPanel = nullptr;
    BrowserPane *m_browserPane = nullptr;
    TokenInspector *m_tokenInspector = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    LogView *m_logView = nullptr;
    QScrollArea *m_profileArea = nullptr;
    QScrollArea *m_flowArea = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_topSplitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QLabel *m_statusProfile = nullptr;
    QLabel *m_statusCorrelation = nullptr;
    QLabel *m_sandboxStatus = nullptr;
    QLabel *m_statusNetwork = nullptr;
    QAction *m_presentAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
};

} // namespace nv
