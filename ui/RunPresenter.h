#pragma once

#include "RunSession.h"
#include "flow/FlowOutcome.h"

#include <QObject>
#include <QPointer>

class QTabWidget;

namespace nv {

class BrowserPane;
class FlowPanel;
class FlowRun;
class PhonePane;
class ProfilePanel;
class ResultPanel;
class TokenInspector;
struct AuthorizationResponse;
struct FlowOutcome;
struct RunProblem;
struct TokenResponse;

// The panels of the window, as one person's controls over a RunSession: what the flow panel
// asks for becomes a RunRequest, and what the session and its run report goes to the panel
// where the person is looking. The layout is the window's; this only says what is shown.
class RunPresenter : public QObject
{
    Q_OBJECT
public:
    struct Panels
    {
        ProfilePanel *profile = nullptr;
        FlowPanel *flow = nullptr;
        ResultPanel *result = nullptr;
        BrowserPane *browser = nullptr;
        TokenInspector *tokens = nullptr;
        PhonePane *phone = nullptr;
        QTabWidget *detailTabs = nullptr; // the browser and phone panes, the token inspector
    };

    RunPresenter(RunSession *session, const Panels &panels, QObject *parent = nullptr);

public slots:
    void startRun();
    void nextStep();
    void authorizeStep();
    void exchangeStep();
    void verifyAgain();
    void fetchDevicePhoneNumber();
    void cancelRun();
    void newFlow();

signals:
    // An operator's page waits for the person: give the browser the room, until pageSettled().
    void pageNeedsRoom();
    void pageSettled();
    // The request log should follow this correlation id (empty: no run).
    void runShown(const QString &correlationId);
    // The profile, run or sandbox shown in the status bar changed.
    void statusChanged();

private:
    RunRequest requestFromPanels() const;
    void showTab(QWidget *content);
    void start(RunSession::Mode mode);
    void onRunCreated(FlowRun *run, RunSession::Mode mode);
    void wireBrowser(FlowRun *run);
    void wirePhone(FlowRun *run);
    void warnAboutNetworkPath(FlowRun *run);
    void wireSystemBrowser(FlowRun *run);
    void onPageLoaded(FlowRun *run);
    void onNotStarted(const RunProblem &problem);
    QString describe(const RunProblem &problem) const;
    void onProfileChanged();
    void onSandboxFailed(const QString &reason);
    void onStageChanged(FlowStage stage, StageState state);
    void onCodeCaptured(const AuthorizationResponse &response);
    void onTokenReceived(const TokenResponse &token);
    void onRunFinished(const FlowOutcome &outcome);
    void showWhereAuthorizeStopped(const FlowOutcome &outcome);
    void updateRunState();
    void setRunning(bool running);

    RunSession *m_session;
    Panels m_panels;
    bool m_stepping = false;  // the current run goes one step at a time
    bool m_verifying = false; // the last request was to verify again, not to start a run
    // The profile whose default way to authorize the flow panel shows (a person's change for
    // the next runs stays until the profile's own default changes).
    QString m_networkWarning; // said before the current run started, kept when it fails
    QString m_driverProfile;
    DriverKind m_driverDefault = DriverKind::EmbeddedBrowser;
};

} // namespace nv
