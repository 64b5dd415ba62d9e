#include "MainWindow.h"

#include "BrowserPane.h"
#include "FlowPanel.h"
#include "ProfilePanel.h"
#include "RequestLogModel.h"
#include "RequestLogView.h"
#include "ResultPanel.h"
#include "UiStyle.h"
#include "WebEngineCapture.h"
#include "flow/FlowRun.h"
#include "log/RequestLog.h"
#include "phone/PhoneNumberCheck.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxHost.h"
#include "secrets/SecretStore.h"

#include <QCloseEvent>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

namespace nv {

namespace {
QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No horizontal scrolling: the splitter may not squeeze a panel below what it needs, or
    // its right edge would be cut off.
    area->setMinimumWidth(content->minimumSizeHint().width() +
                          area->verticalScrollBar()->sizeHint().width());
    return area;
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}
} // namespace

MainWindow::MainWindow(const ConsoleOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_secrets(new SecretStore(this))
    , m_log(new RequestLog(options.logDatabase, this))
    , m_sandbox(new SandboxHost(SandboxConfig::defaults(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("NV Console"));
    setWindowIcon(QIcon(QStringLiteral(":/nv/icons/nv-console.svg")));
    QFile style(QStringLiteral(":/nv/style/console.qss"));
    if (style.open(QIODevice::ReadOnly))
        setStyleSheet(QString::fromUtf8(style.readAll()));

    // The sandbox's secret is well known and must never reach the keychain.
    m_secrets->setSessionSecret(Profile::builtInSandbox().name,
                                SandboxConfig::defaultClientSecret());

    buildLayout();

    connect(m_sandbox, &SandboxHost::ready, this, &MainWindow::onSandboxReady);
    connect(m_sandbox, &SandboxHost::failed, this, &MainWindow::onSandboxFailed);
    connect(m_profilePanel, &ProfilePanel::profileChanged, this, &MainWindow::onProfileChanged);
    connect(m_profilePanel, &ProfilePanel::secretAvailable, this, [this] {
        if (m_runPending)
            startRun();
    });
    connect(m_flowPanel, &FlowPanel::runRequested, this, &MainWindow::startRun);
    connect(m_flowPanel, &FlowPanel::cancelRequested, this, &MainWindow::cancelRun);
    connect(m_flowPanel, &FlowPanel::verifyRequested, this, &MainWindow::verifyAgain);

    // Start on the profile asked for, else the last one used, else the built-in sandbox.
    QString profile = options.profile.isEmpty() ? m_profiles.lastUsedProfile() : options.profile;
    if (!options.profile.isEmpty() && !m_profiles.find(options.profile)) {
        m_flowPanel->setMessage(tr("There is no profile called \"%1\"; the built-in sandbox is "
                                   "selected instead.")
                                    .arg(options.profile),
                                true);
        profile.clear();
    }
    m_profilePanel->selectProfile(profile.isEmpty() ? Profile::builtInSandbox().name : profile);
    if (!options.phoneNumber.isEmpty())
        m_flowPanel->setPhoneNumber(options.phoneNumber);
    else if (m_profilePanel->currentProfile().sandbox)
        m_flowPanel->setPhoneNumber(m_sandbox->config().msisdn);

    m_sandbox->start();
    m_log->loadRecent(500);
    if (options.runAtStart)
        QTimer::singleShot(0, this, &MainWindow::startRun);
}

MainWindow::~MainWindow()
{
    // The run owns the browser page: it goes before the view that shows it.
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
        delete m_run.data();
    }
}

FlowRun *MainWindow::currentRun() const
{
    return m_run.data();
}

void MainWindow::buildLayout()
{
    m_profilePanel = new ProfilePanel(&m_profiles, m_secrets);
    m_flowPanel = new FlowPanel;
    m_resultPanel = new ResultPanel;
    m_browserPane = new BrowserPane;
    m_logView = new RequestLogView(m_log);

    auto *right = new QSplitter(Qt::Vertical);
    right->setObjectName(QStringLiteral("resultSplitter"));
    right->setChildrenCollapsible(false);
    right->addWidget(m_resultPanel);
    right->addWidget(m_browserPane);
    right->setStretchFactor(0, 0);
    right->setStretchFactor(1, 1);
    right->setSizes({220, 320});

    auto *top = new QSplitter(Qt::Horizontal);
    top->setObjectName(QStringLiteral("topSplitter"));
    top->setChildrenCollapsible(false);
    top->addWidget(scrolled(m_profilePanel, top));
    top->addWidget(scrolled(m_flowPanel, top));
    top->addWidget(right);
    top->setStretchFactor(0, 0);
    top->setStretchFactor(1, 1);
    top->setStretchFactor(2, 1);
    top->setSizes({370, 430, 480});

    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("mainSplitter"));
    main->setChildrenCollapsible(false);
    main->addWidget(top);
    main->addWidget(m_logView);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    main->setSizes({580, 260});
    setCentralWidget(main);

    m_sandboxStatus = new QLabel(this);
    m_sandboxStatus->setObjectName(QStringLiteral("sandboxStatus"));
    statusBar()->addWidget(m_sandboxStatus, 1);
    statusBar()->setSizeGripEnabled(true);
    updateSandboxStatus();
    resize(1280, 860);
}

void MainWindow::updateSandboxStatus()
{
    if (!m_sandboxProblem.isEmpty())
        m_sandboxStatus->setText(tr("Built-in sandbox unavailable: %1").arg(m_sandboxProblem));
    else if (m_sandbox->isReady())
        m_sandboxStatus->setText(
            tr("Built-in sandbox running at %1 · its subscriber is %2")
                .arg(m_sandbox->baseUrl().toString(), m_sandbox->config().msisdn));
    else
        m_sandboxStatus->setText(tr("Starting the built-in sandbox…"));
}

void MainWindow::onSandboxReady(const QUrl &baseUrl)
{
    m_profilePanel->setSandboxBaseUrl(baseUrl);
    updateSandboxStatus();
    if (m_runPending)
        startRun();
}

void MainWindow::onSandboxFailed(const QString &reason)
{
    m_sandboxProblem = reason;
    updateSandboxStatus();
    if (m_profilePanel->currentProfile().sandbox) {
        m_runPending = false;
        m_flowPanel->setMessage(tr("The built-in sandbox could not start: %1").arg(reason), true);
    }
}

void MainWindow::onProfileChanged(const Profile &profile)
{
    // A pending run was for the previous profile, and the last run's token belongs to the
    // previous operator: "Verify again" would mix the two.
    m_runPending = false;
    m_flowPanel->setCanVerify(m_run && !m_run->isBusy() && m_run->token().ok &&
                              m_run->profile().name == profile.name);
    m_flowPanel->setMessage(QString(), false);
    if (profile.sandbox && !m_sandboxProblem.isEmpty())
        m_flowPanel->setMessage(
            tr("The built-in sandbox could not start: %1").arg(m_sandboxProblem), true);
}

QString MainWindow::profileProblem(const Profile &profile) const
{
    if (!isHttpUrl(profile.authorizeUrl))
        return tr("The profile's authorize URL is not an http(s) URL.");
    if (!isHttpUrl(profile.tokenUrl))
        return tr("The profile's token URL is not an http(s) URL.");
    if (!isHttpUrl(profile.verifyUrl))
        return tr("The profile's verify URL is not an http(s) URL.");
    if (profile.clientId.isEmpty())
        return tr("The profile has no client ID. Built-in profiles are read-only: duplicate "
                  "it and fill in your client ID.");
    if (!profile.redirectUri.isValid() || profile.redirectUri.scheme().isEmpty())
        return tr("The profile's redirect URI is not a valid URI.");
    return {};
}

void MainWindow::startRun()
{
    if (m_run && m_run->isBusy())
        return;
    m_runPending = false;
    const QString number = m_flowPanel->phoneNumber();
    if (number.isEmpty()) {
        m_flowPanel->setMessage(tr("Enter the phone number to verify first."), true);
        return;
    }
    const PhoneNumberCheck check = PhoneNumberCheck::check(number);
    if (!check.isE164 && !m_flowPanel->sendInvalidNumber()) {
        m_flowPanel->setMessage(tr("Not started: \"%1\" is not an E.164 number (%2). Correct "
                                   "it, or tick \"Send it anyway\".")
                                    .arg(number, check.problem),
                                true);
        return;
    }

    Profile profile = m_profilePanel->currentProfile();
    if (profile.sandbox) {
        if (!m_sandboxProblem.isEmpty()) {
            m_flowPanel->setMessage(
                tr("The built-in sandbox could not start: %1").arg(m_sandboxProblem), true);
            return;
        }
        if (!m_sandbox->isReady()) {
            m_runPending = true;
            m_flowPanel->setMessage(tr("The built-in sandbox is still starting; the run begins "
                                       "as soon as it is ready."),
                                    false);
            return;
        }
        profile = profile.resolvedAgainst(m_sandbox->baseUrl());
    }
    if (const QString problem = profileProblem(profile); !problem.isEmpty()) {
        m_flowPanel->setMessage(tr("Not started: %1").arg(problem), true);
        return;
    }
    const QString secret = m_secrets->secret(profile.name);
    if (secret.isEmpty()) {
        m_flowPanel->setMessage(tr("Not started: this profile has no client secret. Enter it "
                                   "in the Client secret field."),
                                true);
        if (m_options.runAtStart)
            m_runPending = true; // --run: the keychain may still be answering
        return;
    }

    if (m_run) {
        // The previous run and its page go; the new page replaces it in the view.
        m_run->disconnect(this);
        m_run->deleteLater();
    }
    auto *capture = new WebEngineCapture;
    auto *run = new FlowRun(profile, secret, capture, this);
    run->setObjectName(QStringLiteral("flowRun"));
    run->setPhoneNumber(number);
    run->setAllowInvalidNumber(!check.isE164);
    run->setCorrelationId(m_flowPanel->correlationId());
    m_run = run;

    connect(capture, &WebEngineCapture::pageCreated, m_browserPane, &BrowserPane::showPage);
    connect(capture, &AuthorizeDriver::hop, m_browserPane, &BrowserPane::addHop);
    connect(run, &FlowRun::exchangeRecorded, this,
            [this, run](const HttpExchange &raw) { m_log->record(raw, run->secrets()); });
    connect(run, &FlowRun::stageChanged, m_flowPanel, &FlowPanel::setStage);
    connect(run, &FlowRun::codeCaptured, m_flowPanel, &FlowPanel::setCode);
    connect(run, &FlowRun::codeCaptured, this, [this](const AuthorizationResponse &response) {
        // The browser stopped at the redirect URI and its page is blank: say why instead.
        m_browserPane->showMessage(
            response.kind == AuthorizationResponse::Kind::Code
                ? tr("The operator redirected to the redirect URI with a code.\nThe browser's "
                     "part of the run is done.")
                : tr("The operator redirected to the redirect URI without a code:\n%1")
                      .arg(response.describe()));
    });
    connect(run, &FlowRun::tokenReceived, m_flowPanel, &FlowPanel::setToken);
    connect(run, &FlowRun::finished, this, &MainWindow::onRunFinished);

    m_flowPanel->resetRun(run->correlationId());
    m_logView->setCurrentCorrelationId(run->correlationId());
    m_browserPane->clearHops();
    m_resultPanel->showRunning(number);
    setRunning(true);
    run->start();
}

void MainWindow::cancelRun()
{
    m_runPending = false;
    if (m_run)
        m_run->cancel();
}

void MainWindow::verifyAgain()
{
    if (!m_run || m_run->isBusy() || !m_run->token().ok)
        return;
    const QString number = m_flowPanel->phoneNumber();
    const PhoneNumberCheck check = PhoneNumberCheck::check(number);
    if (!check.isE164 && !m_flowPanel->sendInvalidNumber()) {
        m_flowPanel->setMessage(
            tr("Not sent: \"%1\" is not an E.164 number (%2).").arg(number, check.problem), true);
        return;
    }
    m_run->setPhoneNumber(number);
    m_run->setAllowInvalidNumber(!check.isE164);
    m_flowPanel->setMessage(QString(), false);
    m_resultPanel->showRunning(number);
    setRunning(true);
    m_run->verify();
}

void MainWindow::setRunning(bool running)
{
    m_flowPanel->setBusy(running);
    m_profilePanel->setLocked(running);
}

void MainWindow::onRunFinished(const FlowOutcome &outcome)
{
    FlowRun *run = m_run;
    if (!run)
        return;
    setRunning(false);
    m_flowPanel->setCanVerify(run->token().ok);
    const VerifyResponse *verify =
        outcome.stage == FlowStage::Verify && run->verifyResponse().httpStatus > 0
            ? &run->verifyResponse()
            : nullptr;
    m_resultPanel->showOutcome(outcome, verify, run->phoneNumber());
    switch (outcome.kind) {
    case FlowOutcome::Kind::Verified:
    case FlowOutcome::Kind::NotVerified:
        m_flowPanel->setMessage(QString(), false);
        break;
    case FlowOutcome::Kind::Cancelled:
        m_flowPanel->setMessage(outcome.message, false);
        break;
    default:
        m_flowPanel->setMessage(tr("The run stopped at the %1 stage: %2")
                                    .arg(flowStageName(outcome.stage), outcome.message),
                                true);
        break;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_runPending = false;
    if (m_run && m_run->isBusy())
        m_run->cancel();
    QMainWindow::closeEvent(event);
}

} // namespace nv
