#include "WindowTakeaways.h"

#include "DemoLayout.h"
#include "LogView.h"
#include "ReportExportDialog.h"
#include "RunSession.h"
#include "flow/FlowRun.h"
#include "log/RequestLog.h"
#include "network/NetworkPathProbe.h"
#include "sandbox/SandboxHost.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

namespace nv {

WindowTakeaways::WindowTakeaways(const Window &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    DemoSessionMenu::Hooks hooks;
    hooks.capture = [this] { return capture(); };
    hooks.apply = [this](const DemoSession &session, QString *error) {
        return apply(session, error);
    };
    hooks.knownScenarios = [] {
        QStringList ids;
        for (const SandboxScenario &scenario : SandboxHost::scenarios())
            ids << scenario.id;
        return ids;
    };
    m_sessions = new DemoSessionMenu(window.window, hooks, this);
    if (m_window.session) {
        connect(m_window.session, &RunSession::runCreated, this,
                [this](FlowRun *run) { watch(run); });
        connect(m_window.session, &RunSession::idTokenChecked, this,
                [this](const IdTokenCheck &check) {
                    if (FlowRun *run = m_window.session->currentRun())
                        m_facts.noteIdTokenCheck(run->correlationId(), check);
                });
    }
    if (m_window.logView) {
        m_window.logView->setReportContext(reportContext());
    }
}

void WindowTakeaways::watch(FlowRun *run)
{
    // The path this machine reached the network by when the run started; a refusal by the
    // network names it again in the outcome.
    NetworkPathProbe *probe = m_window.session->networkPath();
    if (probe->hasPath())
        m_facts.noteNetworkPath(run->correlationId(), probe->verdict().sentence);
    connect(run, &FlowRun::finished, this, [this, run](const FlowOutcome &outcome) {
        if (!outcome.networkPath.isEmpty())
            m_facts.noteNetworkPath(run->correlationId(), outcome.networkPath);
    });
}

void WindowTakeaways::addToFileMenu(QMenu *file)
{
    m_export = file->addAction(tr("Export &report…"), this, &WindowTakeaways::exportCurrentRun);
    m_export->setObjectName(QStringLiteral("actionExportReport"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("The current run as a PDF or a self-contained HTML file"));
    m_resend = file->addAction(tr("Edit and resend the selected e&xchange…"), this,
                               &WindowTakeaways::resendSelectedExchange);
    m_resend->setObjectName(QStringLiteral("actionResendExchange"));
    // Said in the menu rather than after the click: which exchange is the log's business.
    connect(file, &QMenu::aboutToShow, this,
            [this] { m_resend->setEnabled(selectedLogRow() >= 0); });
    file->addSeparator();
    m_sessions->addTo(file);
}

int WindowTakeaways::selectedLogRow() const
{
    if (!m_window.logView || !m_window.logView->table()->selectionModel())
        return -1;
    const QModelIndexList rows = m_window.logView->table()->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void WindowTakeaways::resendSelectedExchange()
{
    const int row = selectedLogRow();
    if (row < 0) {
        QMessageBox::information(m_window.window, tr("Edit and resend"),
                                 tr("Select an exchange in the request log first, then choose "
                                    "Edit and resend again (or use the row's context menu)."));
        return;
    }
    m_window.logView->editAndResend(row);
}

void WindowTakeaways::exportCurrentRun()
{
    FlowRun *run = m_window.session ? m_window.session->currentRun() : nullptr;
    RequestLog *log = m_window.session ? m_window.session->log() : nullptr;
    if ((!run || run->correlationId().isEmpty()) && selectedLogRow() >= 0) {
        m_window.logView->exportReport(selectedLogRow());
        return;
    }
    if (!run || !log || run->correlationId().isEmpty()) {
        QMessageBox::information(m_window.window, tr("Export report"),
                                 tr("There is no run to report yet. Run the flow, or select an "
                                    "exchange of an earlier run in the request log."));
        return;
    }
    ReportExportDialog::open(m_window.window, log->databasePath(), {run->correlationId()},
                             reportContext());
}

ReportExportContext WindowTakeaways::reportContext()
{
    ReportExportContext context;
    context.facts = [this](const QString &id) { return m_facts.facts(id); };
    context.presenting = m_window.presenting;
    context.log = m_window.session ? m_window.session->log() : nullptr;
    return context;
}

bool WindowTakeaways::openSessionFile(const QString &path)
{
    return m_sessions->openFile(path);
}

DemoSession WindowTakeaways::capture() const
{
    DemoSession session = m_window.captureRun ? m_window.captureRun() : DemoSession{};
    if (m_window.window) {
        session.layout.splitters = DemoLayout::splitterStates(m_window.window);
        session.layout.fullScreen = m_window.window->isFullScreen();
    }
    session.layout.presentation = m_window.presenting && m_window.presenting();
    return session;
}

bool WindowTakeaways::apply(const DemoSession &session, QString *error)
{
    if (m_window.applyRun && !m_window.applyRun(session, error))
        return false;
    QMainWindow *window = m_window.window;
    if (!window)
        return true;
    // Presentation mode first: it rearranges the splitters, which the session then sets.
    if (m_window.presenting && m_window.presenting() != session.layout.presentation)
        QMetaObject::invokeMethod(window, "setPresentation",
                                  Q_ARG(bool, session.layout.presentation));
    DemoLayout::restoreSplitters(window, session.layout.splitters);
    if (window->isFullScreen() != session.layout.fullScreen)
        session.layout.fullScreen ? window->showFullScreen() : window->showNormal();
    return true;
}

} // namespace nv
