#include "MainWindow.h"

#include "BrowserPane.h"
#include "FlowPanel.h"
#include "LogView.h"
#include "ProfilePanel.h"
#include "ResultPanel.h"
#include "TokenInspector.h"
#include "UiStyle.h"
#include "WebEngineCapture.h"
#include "flow/FlowRun.h"
#include "flow/IdTokenCheck.h"
#include "flow/JwksFetch.h"
#include "log/RequestLog.h"
#include "phone/PhoneNumberCheck.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxHost.h"
#include "secrets/SecretStore.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkInformation>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QWebEnginePage>

namespace nv {

namespace {
QScrollArea *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return area;
}

// No horizontal scrolling: the splitter may not squeeze a panel below what it needs, or its
// right edge would be cut off. Recomputed when the type size changes.
void fitWidth(QScrollArea *area)
{
    area->setMinimumWidth(area->widget()->minimumSizeHint().width() +
                          area->verticalScrollBar()->sizeHint().width());
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

const char *ThemeKey = "view/theme";
} // namespace

MainWindow::MainWindow(const ConsoleOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_secrets(new SecretStore(this))
    , m_log(new RequestLog(options.logDatabase, this))
    , m_sandbox(nullptr)
    , m_jwks(new JwksFetch(this))
{
    SandboxConfig sandboxConfig = SandboxConfig::defaults();
    if (options.sandboxTokenLifetime > 0)
        sandboxConfig.tokenTtlSeconds = options.sandboxTokenLifetime;
    if (!options.sandboxScenario.isEmpty())
        sandboxConfig.scenario = options.sandboxScenario;
    m_sandbox = new SandboxHost(sandboxConfig, this);

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
    buildMenus();
    restoreSettings();

    connect(m_sandbox, &SandboxHost::ready, this, &MainWindow::onSandboxReady);
    connect(m_sandbox, &SandboxHost::failed, this, &MainWindow::onSandboxFailed);
    connect(m_sandbox, &SandboxHost::scenarioChanged, this, [this](const QString &id) {
        m_profilePanel->setScenario(id);
        updateStatus();
    });
    connect(m_profilePanel, &ProfilePanel::profileChanged, this, &MainWindow::onProfileChanged);
    connect(m_profilePanel, &ProfilePanel::secretAvailable, this, [this] {
        if (m_pending == Pending::Run)
            startRun();
        else if (m_pending == Pending::Authorize)
            authorizeStep();
    });
    connect(m_profilePanel, &ProfilePanel::scenarioChosen, this, [this](const QString &id) {
        // Takes effect for the next login on the running sandbox: no restart.
        m_sandbox->setScenario(id);
    });
    connect(m_flowPanel, &FlowPanel::runRequested, this, &MainWindow::startRun);
    connect(m_flowPanel, &FlowPanel::nextStepRequested, this, &MainWindow::nextStep);
    connect(m_flowPanel, &FlowPanel::cancelRequested, this, &MainWindow::cancelRun);
    connect(m_flowPanel, &FlowPanel::newFlowRequested, this, &MainWindow::newFlow);
    connect(m_flowPanel, &FlowPanel::authorizeRequested, this, &MainWindow::authorizeStep);
    connect(m_flowPanel, &FlowPanel::exchangeRequested, this, &MainWindow::exchangeStep);
    connect(m_flowPanel, &FlowPanel::verifyRequested, this, &MainWindow::verifyAgain);
    connect(m_flowPanel, &FlowPanel::devicePhoneNumberRequested, this,
            &MainWindow::fetchDevicePhoneNumber);
    connect(m_jwks, &JwksFetch::exchangeRecorded, this, [this](const HttpExchange &raw) {
        m_log->record(raw, m_run ? m_run->secrets() : QStringList());
    });
    connect(m_jwks, &JwksFetch::finished, this,
            [this](const QJsonObject &jwks, const QString &issuer, const QUrl &,
                   const QString &problem) {
                if (!m_run || !m_run->token().ok)
                    return;
                m_tokenInspector->setIdTokenCheck(
                    IdTokenCheck::check(m_run->token().idToken, m_run->authorizeRequest().nonce,
                                        issuer, jwks, problem));
            });

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
    m_profilePanel->setScenario(m_sandbox->scenario());
    if (!options.phoneNumber.isEmpty())
        m_flowPanel->setPhoneNumber(options.phoneNumber);
    else if (m_profilePanel->currentProfile().sandbox)
        m_flowPanel->setPhoneNumber(m_sandbox->config().msisdn);

    m_sandbox->start();
    if (options.runAtStart)
        QTimer::singleShot(0, this, &MainWindow::startRun);

    // The network state is nice to have, not worth a slower first paint: asked for afterwards.
    QTimer::singleShot(300, this, [this] {
        if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
            connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged,
                    this, &MainWindow::updateStatus);
        }
        updateStatus();
    });
}

MainWindow::~MainWindow()
{
    // Type size and contrast are the application's: a window that goes while presenting must
    // not leave them to the next one.
    if (m_presenting) {
        UiStyle::setTypeScale(1.0);
        UiStyle::setHighContrast(false);
    }
    // The run owns the browser page: it goes before the view that shows it.
    m_jwks->cancel();
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
    m_tokenInspector = new TokenInspector;
    QWidget *logView = createLogView();

    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(m_browserPane, tr("Embedded browser"));
    m_detailTabs->addTab(scrolled(m_tokenInspector, m_detailTabs), tr("Token inspector"));

    m_rightSplitter = new QSplitter(Qt::Vertical);
    m_rightSplitter->setObjectName(QStringLiteral("resultSplitter"));
    m_rightSplitter->setChildrenCollapsible(false);
    auto *resultArea = scrolled(m_resultPanel, nullptr);
    resultArea->setObjectName(QStringLiteral("resultArea"));
    m_rightSplitter->addWidget(resultArea);
    m_rightSplitter->addWidget(m_detailTabs);
    m_rightSplitter->setStretchFactor(0, 0);
    m_rightSplitter->setStretchFactor(1, 1);
    m_rightSplitter->setSizes({280, 350});

    m_profileArea = scrolled(m_profilePanel, nullptr);
    m_profileArea->setObjectName(QStringLiteral("profileArea"));
    m_flowArea = scrolled(m_flowPanel, nullptr);
    m_flowArea->setObjectName(QStringLiteral("flowArea"));
    m_topSplitter = new QSplitter(Qt::Horizontal);
    m_topSplitter->setObjectName(QStringLiteral("topSplitter"));
    m_topSplitter->setChildrenCollapsible(false);
    m_topSplitter->addWidget(m_profileArea);
    m_topSplitter->addWidget(m_flowArea);
    m_topSplitter->addWidget(m_rightSplitter);
    m_topSplitter->setStretchFactor(0, 0);
    m_topSplitter->setStretchFactor(1, 1);
    m_topSplitter->setStretchFactor(2, 1);
    m_topSplitter->setSizes({350, 450, 480});
    fitWidth(m_profileArea);
    fitWidth(m_flowArea);

    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_topSplitter);
    m_mainSplitter->addWidget(logView);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({630, 180});
    setCentralWidget(m_mainSplitter);

    const auto statusLabel = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // Long values must not widen the window: they are cut, and whole in the tooltip.
        label->setMinimumWidth(1);
        label->setContentsMargins(2, 0, 14, 0);
        return label;
    };
    m_statusProfile = statusLabel("statusProfile");
    m_statusCorrelation = statusLabel("statusCorrelation");
    m_sandboxStatus = statusLabel("sandboxStatus");
    m_statusNetwork = statusLabel("statusNetwork");
    statusBar()->addWidget(m_statusProfile);
    statusBar()->addWidget(m_statusCorrelation);
    statusBar()->addWidget(m_sandboxStatus, 1);
    statusBar()->addPermanentWidget(m_statusNetwork);
    statusBar()->setSizeGripEnabled(true);
    updateStatus();
    resize(1280, 860);
}

void MainWindow::buildMenus()
{
    const auto action = [this](QMenu *menu, const QString &text, const char *name,
                               const QList<QKeySequence> &keys, auto slot) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    action(file, tr("&Import profiles…"), "actionImportProfiles", {},
           [this] { m_profilePanel->importFromFile(); });
    action(file, tr("&Export profile…"), "actionExportProfile", {},
           [this] { m_profilePanel->exportCurrent(); });
    file->addSeparator();
    action(file, tr("&Quit"), "actionQuit", {QKeySequence::Quit}, [this] { close(); });

    QMenu *flow = menuBar()->addMenu(tr("F&low"));
    action(flow, tr("&Run flow"), "actionRun",
           {QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)}, &MainWindow::startRun);
    action(flow, tr("Next &step"), "actionNextStep", {QKeySequence(Qt::Key_F10)},
           &MainWindow::nextStep);
    action(flow, tr("&Verify the number"), "actionVerify",
           {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
           &MainWindow::verifyAgain);
    action(flow, tr("Ask for the &device phone number"), "actionDevicePhoneNumber", {},
           &MainWindow::fetchDevicePhoneNumber);
    action(flow, tr("&Cancel"), "actionCancel", {QKeySequence(Qt::Key_Escape)},
           &MainWindow::cancelRun);
    flow->addSeparator();
    action(flow, tr("&New flow"), "actionNewFlow", {QKeySequence::New}, &MainWindow::newFlow);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_presentAction = action(view, tr("&Presentation mode"), "actionPresentation",
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
                             [this](bool on) { setPresentation(on); });
    m_presentAction->setCheckable(true);
    m_presentAction->setToolTip(tr("Larger type, high contrast, the verdict filling its area; "
                                   "Ctrl+Shift+P again to leave"));
    m_fullScreenAction = action(view, tr("&Full screen"), "actionFullScreen",
                                {QKeySequence(Qt::Key_F11)}, &MainWindow::toggleFullScreen);
    m_fullScreenAction->setCheckable(true);
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *group = new QActionGroup(this);
    const QList<std::tuple<QString, const char *, UiStyle::Theme>> choices{
        {tr("Follow the &system"), "actionThemeSystem", UiStyle::Theme::System},
        {tr("&Light"), "actionThemeLight", UiStyle::Theme::Light},
        {tr("&Dark"), "actionThemeDark", UiStyle::Theme::Dark}};
    const int saved = QSettings().value(QLatin1String(ThemeKey), 0).toInt();
    for (const auto &[text, name, theme] : choices) {
        QAction *a = themes->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setCheckable(true);
        a->setChecked(int(theme) == saved);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, theme = theme] {
            UiStyle::applyTheme(theme);
            restyle();
            QSettings().setValue(QLatin1String(ThemeKey), int(theme));
        });
    }
    if (saved != int(UiStyle::Theme::System)) {
        UiStyle::applyTheme(UiStyle::Theme(saved));
        restyle();
    }
    view->addSeparator();
    action(view, tr("&Find in log"), "actionFindInLog", {QKeySequence::Find},
           &MainWindow::focusLogSearch);
}

// --- the request log view, in one place --------------------------------------------------

QWidget *MainWindow::createLogView()
{
    m_logView = new LogView(m_log);
    return m_logView;
}

void MainWindow::showRunInLog(const QString &correlationId)
{
    m_logView->setCurrentCorrelationId(correlationId);
}

void MainWindow::focusLogSearch()
{
    if (m_presenting)
        setPresentation(false);
    for (const char *name : {"logSearch", "logFilter"}) {
        if (auto *edit = m_logView->findChild<QLineEdit *>(QLatin1String(name))) {
            edit->setFocus(Qt::ShortcutFocusReason);
            edit->selectAll();
            return;
        }
    }
}

// --- settings ------------------------------------------------------------------------------

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (settings.contains(QStringLiteral("window/geometry")))
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    for (QSplitter *splitter : {m_mainSplitter, m_topSplitter, m_rightSplitter}) {
        const QString key = QStringLiteral("window/") + splitter->objectName();
        if (settings.contains(key))
            splitter->restoreState(settings.value(key).toByteArray());
    }
}

void MainWindow::saveSettings()
{
    if (m_presenting)
        setPresentation(false); // save the working layout, not the presenting one
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    for (QSplitter *splitter : {m_mainSplitter, m_topSplitter, m_rightSplitter})
        settings.setValue(QStringLiteral("window/") + splitter->objectName(),
                          splitter->saveState());
}

// --- status --------------------------------------------------------------------------------

void MainWindow::updateStatus()
{
    const Profile profile = m_profilePanel ? m_profilePanel->currentProfile() : Profile();
    m_statusProfile->setText(
        tr("Profile: %1").arg(profile.name.isEmpty() ? tr("none") : profile.name));
    m_statusCorrelation->setText(m_run ? tr("Correlation id: %1").arg(m_run->correlationId())
                                       : tr("Correlation id: new for each run"));

    if (!m_sandboxProblem.isEmpty()) {
        m_sandboxStatus->setText(tr("Built-in sandbox unavailable: %1").arg(m_sandboxProblem));
    } else if (m_sandbox->isReady()) {
        QString scenario = m_sandbox->scenario();
        if (const auto known = SandboxScenario::fromId(scenario))
            scenario = known->title;
        m_sandboxStatus->setText(
            tr("Sandbox running at %1 · %2 · subscriber %3")
                .arg(m_sandbox->baseUrl().authority(), scenario, m_sandbox->config().msisdn));
    } else {
        m_sandboxStatus->setText(tr("Starting the built-in sandbox…"));
    }

    QString network = tr("Network: not known");
    if (QNetworkInformation *info = QNetworkInformation::instance()) {
        switch (info->reachability()) {
        case QNetworkInformation::Reachability::Online:
            network = tr("Network: online");
            break;
        case QNetworkInformation::Reachability::Disconnected:
            network = tr("Network: offline (the sandbox still works)");
            break;
        case QNetworkInformation::Reachability::Local:
        case QNetworkInformation::Reachability::Site:
            network = tr("Network: local only");
            break;
        case QNetworkInformation::Reachability::Unknown:
            break;
        }
    }
    m_statusNetwork->setText(network);
    for (QLabel *label : {m_statusProfile, m_statusCorrelation, m_sandboxStatus})
        label->setToolTip(label->text());
}

void MainWindow::onSandboxReady(const QUrl &baseUrl)
{
    m_profilePanel->setSandboxBaseUrl(baseUrl);
    updateStatus();
    if (m_pending == Pending::Run)
        startRun();
    else if (m_pending == Pending::Authorize)
        authorizeStep();
}

void MainWindow::onSandboxFailed(const QString &reason)
{
    m_sandboxProblem = reason;
    updateStatus();
    if (m_profilePanel->currentProfile().sandbox) {
        m_pending = Pending::None;
        m_flowPanel->setMessage(tr("The built-in sandbox could not start: %1").arg(reason), true);
    }
}

void MainWindow::onProfileChanged(const Profile &profile)
{
    // A pending run was for the previous profile, and the last run's token belongs to the
    // previous operator: "Verify" would mix the two.
    m_pending = Pending::None;
    const bool sameOperator = m_run && !m_run->isBusy() && m_run->profile().name == profile.name;
    m_flowPanel->setCanVerify(sameOperator && m_run->token().ok);
    m_flowPanel->setCanExchange(sameOperator &&
                                m_run->authorization().kind == AuthorizationResponse::Kind::Code);
    m_flowPanel->setMessage(QString(), false);
    if (profile.sandbox && !m_sandboxProblem.isEmpty())
        m_flowPanel->setMessage(
            tr("The built-in sandbox could not start: %1").arg(m_sandboxProblem), true);
    updateStatus();
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

// --- runs ----------------------------------------------------------------------------------

FlowRun *MainWindow::newRun(Pending pendingAs)
{
    if (m_run && m_run->isBusy())
        return nullptr;
    m_pending = Pending::None;
    const QString number = m_flowPanel->phoneNumber();
    if (number.isEmpty()) {
        m_flowPanel->setMessage(tr("Enter the phone number to verify first."), true);
        return nullptr;
    }
    const PhoneNumberCheck check = PhoneNumberCheck::check(number);
    if (!check.isE164 && !m_flowPanel->sendInvalidNumber()) {
        m_flowPanel->setMessage(tr("Not started: \"%1\" is not an E.164 number (%2). Correct "
                                   "it, or tick \"Send it anyway\".")
                                    .arg(number, check.problem),
                                true);
        return nullptr;
    }

    Profile profile = m_profilePanel->currentProfile();
    if (profile.sandbox) {
        if (!m_sandboxProblem.isEmpty()) {
            m_flowPanel->setMessage(
                tr("The built-in sandbox could not start: %1").arg(m_sandboxProblem), true);
            return nullptr;
        }
        if (!m_sandbox->isReady()) {
            m_pending = pendingAs;
            m_flowPanel->setMessage(tr("The built-in sandbox is still starting; the run begins "
                                       "as soon as it is ready."),
                                    false);
            return nullptr;
        }
        profile = profile.resolvedAgainst(m_sandbox->baseUrl());
    }
    if (const QString problem = profileProblem(profile); !problem.isEmpty()) {
        m_flowPanel->setMessage(tr("Not started: %1").arg(problem), true);
        return nullptr;
    }
    const QString secret = m_secrets->secret(profile.name);
    if (secret.isEmpty()) {
        m_flowPanel->setMessage(tr("Not started: this profile has no client secret. Enter it "
                                   "in the Client secret field."),
                                true);
        if (m_options.runAtStart)
            m_pending = pendingAs; // --run: the keychain may still be answering
        return nullptr;
    }

    if (m_run) {
        // The previous run and its page go; the new page replaces it in the view.
        m_run->disconnect(this);
        m_run->deleteLater();
    }
    m_jwks->cancel();
    auto *capture = new WebEngineCapture;
    auto *run = new FlowRun(profile, secret, capture, this);
    run->setObjectName(QStringLiteral("flowRun"));
    run->setPhoneNumber(number, m_flowPanel->sendHashed());
    run->setAllowInvalidNumber(!check.isE164);
    run->setCorrelationId(m_flowPanel->correlationId());
    m_run = run;

    connect(capture, &WebEngineCapture::pageCreated, this, [this, run](QWebEnginePage *page) {
        m_browserPane->showPage(page);
        m_detailTabs->setCurrentWidget(m_browserPane);
        // A page that stays put while authorize runs waits for the person: say so above it.
        connect(page, &QWebEnginePage::loadFinished, this, [this, run](bool ok) {
            if (!ok || run != m_run || run->stageState(FlowStage::Authorize) != StageState::Running)
                return;
            m_browserPane->setBanner(tr("The operator shows a page and waits for an answer: "
                                        "answer it here to continue."),
                                     false);
            m_resultPanel->showStep(tr("Waiting for you"),
                                    tr("The operator's page in the embedded browser needs an "
                                       "answer (e.g. Allow) before the flow can go on."));
            // The page is where the person must look now: give it the room, for now.
            const QList<int> sizes = m_rightSplitter->sizes();
            if (m_rightSizesBeforePage.isEmpty() && sizes.value(0) > 170) {
                m_rightSizesBeforePage = sizes;
                m_rightSplitter->setSizes({170, sizes.value(0) + sizes.value(1) - 170});
            }
        });
    });
    connect(capture, &AuthorizeDriver::hop, m_browserPane, &BrowserPane::addHop);
    connect(run, &FlowRun::exchangeRecorded, this,
            [this, run](const HttpExchange &raw) { m_log->record(raw, run->secrets()); });
    connect(run, &FlowRun::stageChanged, m_flowPanel, &FlowPanel::setStage);
    connect(run, &FlowRun::stageChanged, this,
            [this](FlowStage stage, StageState state) { onStageChanged(stage, state); });
    connect(run, &FlowRun::codeCaptured, this, &MainWindow::onCodeCaptured);
    connect(run, &FlowRun::tokenReceived, this, &MainWindow::onTokenReceived);
    connect(run, &FlowRun::finished, this, &MainWindow::onRunFinished);
    connect(run, &FlowRun::devicePhoneNumberFinished, this,
            [this](const DevicePhoneNumberResponse &response) {
                m_flowPanel->setDevicePhoneNumber(response);
                updateRunState();
            });

    m_flowPanel->resetRun(run->correlationId());
    m_tokenInspector->clear();
    m_browserPane->reset();
    showRunInLog(run->correlationId());
    updateStatus();
    return run;
}

void MainWindow::startRun()
{
    FlowRun *run = newRun(Pending::Run);
    if (!run)
        return;
    m_stepping = false;
    m_resultPanel->showRunning(run->phoneNumber());
    setRunning(true);
    run->start();
}

void MainWindow::authorizeStep()
{
    FlowRun *run = newRun(Pending::Authorize);
    if (!run)
        return;
    m_stepping = true;
    m_resultPanel->showStep(tr("Step 1 of 4"),
                            tr("Authorize: the operator's page opens in the embedded browser "
                               "and the network recognises the SIM."));
    setRunning(true);
    run->authorize();
}

void MainWindow::exchangeStep()
{
    if (!m_run || m_run->isBusy() ||
        m_run->authorization().kind != AuthorizationResponse::Kind::Code)
        return;
    m_stepping = true;
    m_resultPanel->showStep(tr("Step 3 of 4"),
                            tr("Token: the code and the client secret go to the token "
                               "endpoint."));
    setRunning(true);
    m_run->exchangeCode();
}

void MainWindow::nextStep()
{
    if (m_run && m_run->isBusy())
        return;
    // After a complete run (or one that failed at verify) the next step is a new run.
    if (!m_run || m_run->stageState(FlowStage::Verify) != StageState::Waiting) {
        authorizeStep();
        return;
    }
    if (m_run->token().ok) {
        verifyAgain();
        return;
    }
    if (m_run->authorization().kind == AuthorizationResponse::Kind::Code &&
        m_run->stageState(FlowStage::Token) == StageState::Waiting) {
        exchangeStep();
        return;
    }
    authorizeStep();
}

void MainWindow::cancelRun()
{
    m_pending = Pending::None;
    if (m_run)
        m_run->cancel();
}

void MainWindow::newFlow()
{
    // Everything of the last run goes: its browser session (the run owns its off-the-record
    // profile), its token, its correlation id. The number and the profile stay.
    m_pending = Pending::None;
    m_jwks->cancel();
    restoreResultArea();
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_stepping = false;
    m_flowPanel->setCorrelationId(QString());
    m_flowPanel->clearRun();
    m_flowPanel->setBusy(false);
    m_profilePanel->setLocked(false);
    m_tokenInspector->clear();
    m_browserPane->reset();
    m_resultPanel->showIdle();
    showRunInLog(QString());
    updateStatus();
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
    m_run->setPhoneNumber(number, m_flowPanel->sendHashed());
    m_run->setAllowInvalidNumber(!check.isE164);
    m_flowPanel->setMessage(QString(), false);
    m_resultPanel->showRunning(number);
    setRunning(true);
    m_run->verify();
}

void MainWindow::fetchDevicePhoneNumber()
{
    if (!m_run || m_run->isBusy() || !m_run->token().ok)
        return;
    m_flowPanel->setDevicePhoneNumberRunning();
    setRunning(true);
    m_run->fetchDevicePhoneNumber();
}

void MainWindow::setRunning(bool running)
{
    m_flowPanel->setBusy(running);
    m_profilePanel->setLocked(running);
}

void MainWindow::updateRunState()
{
    if (!m_run)
        return;
    setRunning(m_run->isBusy());
    m_flowPanel->setCanExchange(m_run->authorization().kind == AuthorizationResponse::Kind::Code);
    m_flowPanel->setCanVerify(m_run->token().ok);
}

void MainWindow::onStageChanged(FlowStage stage, StageState state)
{
    // The run clears its busy flag after it reports a step done: look once it has.
    QTimer::singleShot(0, this, [this, stage, state, run = QPointer<FlowRun>(m_run)] {
        if (!run || run != m_run)
            return;
        updateRunState();
        if (!m_stepping || state != StageState::Done || run->isBusy())
            return;
        if (stage == FlowStage::Code)
            m_resultPanel->showStep(tr("Step 2 of 4 done"),
                                    tr("The code is caught. Next step: exchange it for a token "
                                       "(F10)."));
        else if (stage == FlowStage::Token)
            m_resultPanel->showStep(tr("Step 3 of 4 done"),
                                    tr("The access token is here (see the token inspector). Next "
                                       "step: verify the number (F10)."));
    });
}

void MainWindow::restoreResultArea()
{
    if (!m_rightSizesBeforePage.isEmpty())
        m_rightSplitter->setSizes(m_rightSizesBeforePage);
    m_rightSizesBeforePage.clear();
}

void MainWindow::onCodeCaptured(const AuthorizationResponse &response)
{
    restoreResultArea();
    if (m_run && m_run->isBusy() && !m_stepping)
        m_resultPanel->showRunning(m_run->phoneNumber());
    m_tokenInspector->setCode(response);
    m_browserPane->setBanner(QString(), false);
    if (m_run)
        m_browserPane->markRedirectReached(m_run->authorizeRequest().redirectUri);
    // The browser stopped at the redirect URI and its page is blank: say why instead.
    m_browserPane->showMessage(
        response.kind == AuthorizationResponse::Kind::Code
            ? tr("The operator sent the browser back to the redirect URI with a code.\nThe "
                 "browser's part of the flow is done.")
            : tr("The operator sent the browser back to the redirect URI without a code:\n%1")
                  .arg(response.describe()));
}

void MainWindow::onTokenReceived(const TokenResponse &token)
{
    if (!m_run)
        return;
    m_tokenInspector->setToken(token, m_run->profile().scope);
    if (!token.ok)
        return;
    m_detailTabs->setCurrentIndex(1);
    if (token.idToken.isEmpty()) {
        IdTokenCheck none;
        none.signatureDetail = tr("Not checked: the operator issued no id_token (the scope "
                                  "did not ask for openid).");
        m_tokenInspector->setIdTokenCheck(none);
        return;
    }
    m_tokenInspector->setIdTokenChecking();
    m_jwks->start(
        m_run->profile().authorizeUrl,
        ExchangeContext{m_run->runId(), m_run->correlationId(), QString(), m_run->profile().name});
}

void MainWindow::onRunFinished(const FlowOutcome &outcome)
{
    FlowRun *run = m_run;
    if (!run)
        return;
    restoreResultArea();
    updateRunState();
    setRunning(false);
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
        m_browserPane->setBanner(QString(), false);
        break;
    default:
        // Short: the result says why and what to do; this only marks where the run stopped.
        m_flowPanel->setMessage(
            tr("Stopped at the %1 step.").arg(flowStageName(outcome.stage).toLower()), true);
        break;
    }
    if (outcome.stage == FlowStage::Authorize &&
        (outcome.kind == FlowOutcome::Kind::AuthorizeFailed ||
         outcome.kind == FlowOutcome::Kind::NetworkFailure)) {
        // Where the chain stopped, on the browser itself: that is where the person looks.
        const QUrl last = m_browserPane->lastHopUrl();
        m_browserPane->setBanner(
            tr("The chain stopped%1 without reaching the redirect URI %2.\n%3")
                .arg(last.isEmpty() ? QString()
                                    : tr(" at %1").arg(last.toString(QUrl::RemoveQuery)),
                     run->authorizeRequest().redirectUri.toString(QUrl::RemoveQuery),
                     outcome.message),
            true);
        m_detailTabs->setCurrentWidget(m_browserPane);
    }
}

// --- presentation --------------------------------------------------------------------------

void MainWindow::setPresentation(bool on)
{
    if (on == m_presenting)
        return;
    restoreResultArea();
    if (on) {
        m_topBeforePresenting = m_topSplitter->saveState();
        m_rightBeforePresenting = m_rightSplitter->saveState();
    }
    m_presenting = on;
    m_presentAction->setChecked(on);

    // Larger type and full-contrast colours for a projector; the verdict takes its area.
    UiStyle::setTypeScale(on ? 1.4 : 1.0);
    UiStyle::setHighContrast(on);
    m_resultPanel->setPresentation(on);
    m_flowPanel->setPresentation(on);
    restyle();
    m_profileArea->setVisible(!on);
    m_logView->setVisible(!on);
    fitWidth(m_flowArea);
    fitWidth(m_profileArea);

    if (on) {
        const int width = m_topSplitter->width();
        m_topSplitter->setSizes({0, width * 45 / 100, width * 55 / 100});
        const int height = m_rightSplitter->height();
        m_rightSplitter->setSizes({height * 60 / 100, height * 40 / 100});
        m_flowArea->verticalScrollBar()->setValue(0);
    } else {
        m_topSplitter->restoreState(m_topBeforePresenting);
        m_rightSplitter->restoreState(m_rightBeforePresenting);
    }
}

void MainWindow::restyle()
{
    // Widgets under a style sheet keep the palette and font they were polished with: setting
    // the sheet again polishes them with the new ones.
    const QString sheet = styleSheet();
    setStyleSheet(QString());
    setStyleSheet(sheet);
    UiStyle::refresh(this);
}

void MainWindow::toggleFullScreen()
{
    if (isFullScreen())
        showNormal();
    else
        showFullScreen();
    m_fullScreenAction->setChecked(isFullScreen());
}

void MainWindow::changeEvent(QEvent *event)
{
    // A system theme switch (light ↔ dark) while the window is open: colour the tones again.
    if (event->type() == QEvent::ApplicationPaletteChange)
        UiStyle::refresh(this);
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_pending = Pending::None;
    m_jwks->cancel();
    if (m_run && m_run->isBusy())
        m_run->cancel();
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace nv
