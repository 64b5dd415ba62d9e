#pragma once

#include "ConsoleOptions.h"
#include "flow/FlowOutcome.h"
#include "profile/Profile.h"
#include "profile/ProfileStore.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QLabel;
class QSplitter;

namespace nv {

class BrowserPane;
class FlowPanel;
class FlowRun;
class ProfilePanel;
class RequestLog;
class RequestLogView;
class ResultPanel;
class SandboxHost;
class SecretStore;

// The console window. It owns the services (profiles, secrets, request log, the in-process
// sandbox) and the current FlowRun, and wires the run's signals to the panels. The panels know
// nothing of each other or of the run, so a later demo mode can rearrange or replace them.
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

public slots:
    void startRun();
    void cancelRun();
    void verifyAgain();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void onSandboxReady(const QUrl &baseUrl);
    void onSandboxFailed(const QString &reason);
    void onProfileChanged(const nv::Profile &profile);
    void onRunFinished(const nv::FlowOutcome &outcome);
    void setRunning(bool running);
    // Why the current profile cannot run yet, in words; empty when it can.
    QString profileProblem(const Profile &profile) const;
    void updateSandboxStatus();

    ConsoleOptions m_options;
    ProfileStore m_profiles;
    SecretStore *m_secrets;
    RequestLog *m_log;
    SandboxHost *m_sandbox;
    QString m_sandboxProblem;
    QPointer<FlowRun> m_run;
    // A run was asked for (--run, or Run while the sandbox or a secret was still loading).
    bool m_runPending = false;

    ProfilePanel *m_profilePanel = nullptr;
    FlowPanel *m_flowPanel = nullptr;
    ResultPanel *m_resultPanel = nullptr;
    BrowserPane *m_browserPane = nullptr;
    RequestLogView *m_logView = nullptr;
    QLabel *m_sandboxStatus = nullptr;
};

} // namespace nv
