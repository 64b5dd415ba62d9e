#include "MainWindow.h"

#include "AfterFirstPaint.h"
#include "BrowserPane.h"
#include "ConsoleSettings.h"
#include "ConsoleStatusBar.h"
#include "DeferredPage.h"
#include "FittingScrollArea.h"
#include "FlowMenu.h"
#include "FlowPanel.h"
#include "HelpMenu.h"
#include "LanguageMenu.h"
#include "LogView.h"
#include "MenuAction.h"
#include "NewProfileFromPreset.h"
#include "PageRoom.h"
#include "PhonePane.h"
#include "ProfilePanel.h"
#include "ProxyPasswordDialog.h"
#include "ResultPanel.h"
#include "RunPresenter.h"
#include "RunSession.h"
#include "ScenarioBar.h"
#include "ThemeMenu.h"
#include "TokenInspector.h"
#include "UiStyle.h"
#include "WindowPlacement.h"
#include "report/DemoRunSettings.h"
#include "report/WindowTakeaways.h"
#include "sandbox/SandboxHost.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QIcon>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QSslSocket>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace nv {

MainWindow::MainWindow(const ConsoleOptions &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_session(new RunSession(options.sessionOptions(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("NV Console"));
    // The theme's icon when the desktop has the installed one, the bundled one otherwise.
    setWindowIcon(QIcon::fromTheme(QStringLiteral("com.konera.nvconsole"),
                                   QIcon(QStringLiteral(":/nv/icons/nv-console.svg"))));

    buildLayout();
    buildTakeaways();
    buildMenus();
    restoreSettings();
    m_presenter = new RunPresenter(m_session,
                                   {m_profilePanel, m_flowPanel, m_resultPanel, m_browserPane,
                                    m_tokenInspector, m_phonePane, m_detailTabs},
                                   this);
    connect(m_presenter, &RunPresenter::pageNeedsRoom, this, &MainWindow::givePageTheRoom);
    connect(m_presenter, &RunPresenter::pageSettled, this, &MainWindow::restoreResultArea);
    connect(m_presenter, &RunPresenter::runShown, m_logView, &LogView::setCurrentCorrelationId);
    connect(m_presenter, &RunPresenter::statusChanged, this, &MainWindow::updateStatus);
    ProxyPasswordDialog::attach(m_session, m_profilePanel, m_presenter, this);
    connectSandbox();
    selectStartingProfile();
    updateStatus();

    // What the first paint does not show comes right after it: the token inspector's tab (hidden
    // at start) and the built-in sandbox's server (a run waits for it to be ready).
    AfterFirstPaint::call(this, [this] {
        m_tokenPage->fill();
        startSandboxOnceTlsIsLoaded();
    });
    if (!options.sessionFile.isEmpty()) // before --run: the run starts as the session says
        QTimer::singleShot(0, this, [this] { openSession(m_options.sessionFile); });
    // After the first paint too: a run loads the browser engine (20 to 36 ms) and opens its
    // page, and the window shows first. The session above is opened before it.
    if (options.runAtStart)
        AfterFirstPaint::call(this, [this] { m_presenter->startRun(); });
    // The network path is nice to have, not worth a slower first paint: asked for afterwards.
    QTimer::singleShot(300, this, [this] { m_statusBar->watchNetwork(m_session->networkPath()); });
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
    delete m_session;
}

FlowRun *MainWindow::currentRun() const
{
    return m_session->currentRun();
}

// QHttpServer's constructor loads Qt's TLS back end (OpenSSL, loaded and initialised): most of
// the sandbox's start, about 18 million instructions. Loaded on a worker thread first, it is
// found loaded when the server is made on this one.
void MainWindow::startSandboxOnceTlsIsLoaded()
{
    QtConcurrent::run([] { QSslSocket::supportsSsl(); }).then(this, [this] {
        m_session->startSandbox();
    });
}

SandboxHost *MainWindow::sandbox() const
{
    return m_session->sandbox();
}

void MainWindow::connectSandbox()
{
    SandboxHost *sandbox = m_session->sandbox();
    connect(sandbox, &SandboxHost::scenarioChanged, this, [this](const QString &id) {
        m_profilePanel->setScenario(id);
        m_scenarioBar->setScenario(id);
        updateStatus();
    });
    connect(m_scenarioBar, &ScenarioBar::scenarioChosen, sandbox, &SandboxHost::setScenario);
    m_scenarioBar->setScenario(sandbox->scenario());
    connect(m_profilePanel, &ProfilePanel::scenarioChosen, sandbox, [sandbox](const QString &id) {
        // Takes effect for the next login on the running sandbox: no restart.
        sandbox->setScenario(id);
    });
}

void MainWindow::selectStartingProfile()
{
    // The profile asked for, else the last one used, else the built-in sandbox.
    QString profile =
        m_options.profile.isEmpty() ? m_profiles.lastUsedProfile() : m_options.profile;
    if (!m_options.profile.isEmpty() && !m_profiles.find(m_options.profile)) {
        m_flowPanel->setMessage(tr("There is no profile called \"%1\"; the built-in sandbox is "
                                   "selected instead.")
                                    .arg(m_options.profile),
                                true);
        profile.clear();
    }
    m_profilePanel->selectProfile(profile.isEmpty() ? Profile::builtInSandbox().name : profile);
    m_profilePanel->setScenario(m_session->sandbox()->scenario());
    if (!m_options.phoneNumber.isEmpty())
        m_flowPanel->setPhoneNumber(m_options.phoneNumber);
    else if (m_profilePanel->currentProfile().sandbox)
        m_flowPanel->setPhoneNumber(m_session->sandbox()->config().msisdn);
}

// --- layout ----------------------------------------------------------------------------------

void MainWindow::buildLayout()
{
    m_mainSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);
    // The sheet first, then the frame from the window down, then each panel made in its place
    // (its parent already in the window): each panel is styled and sized once. A panel made
    // apart and moved in is restyled whole, and every QComboBox in it then builds its popup
    // list (nine widgets) though nobody has opened it; sized apart, a panel was also sized
    // unstyled first.
    setStyleSheet(UiStyle::windowStyleSheet());
    buildTopArea();
    m_logView = new LogView(m_session->log(), m_mainSplitter);
    m_mainSplitter->addWidget(m_logView);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setSizes({640, 360}); // a proportion: the log shows ten rows and more

    m_statusBar = new ConsoleStatusBar(this);
    setStatusBar(m_statusBar);
    // Never larger than the screen (the offscreen platform's 800×600 is no screen: tests size).
    const bool onScreen = QGuiApplication::platformName() != QLatin1String("offscreen");
    const QSize room = onScreen ? screen()->availableGeometry().size() : QSize(1280, 860);
    resize(QSize(1280, 860).boundedTo(room));
}

// Each splitter is in the window before anything goes into it (see buildLayout).
void MainWindow::buildTopArea()
{
    m_topSplitter = new QSplitter(Qt::Horizontal);
    m_topSplitter->setObjectName(QStringLiteral("topSplitter"));
    m_topSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_topSplitter);
    m_profileArea = new FittingScrollArea(QStringLiteral("profileArea"), m_topSplitter);
    m_profilePanel = new ProfilePanel(&m_profiles, m_session->secrets(), m_profileArea->viewport());
    m_profileArea->setContent(m_profilePanel);
    m_topSplitter->addWidget(m_profileArea);
    m_topSplitter->addWidget(buildFlowColumn());
    m_rightSplitter = new QSplitter(Qt::Vertical);
    m_rightSplitter->setObjectName(QStringLiteral("resultSplitter"));
    m_rightSplitter->setChildrenCollapsible(false);
    m_topSplitter->addWidget(m_rightSplitter);
    auto *resultArea = new FittingScrollArea(QStringLiteral("resultArea"), m_rightSplitter);
    m_resultPanel = new ResultPanel(resultArea->viewport());
    resultArea->setContent(m_resultPanel);
    m_rightSplitter->addWidget(resultArea);
    buildDetailTabs();
    m_rightSplitter->setStretchFactor(0, 0);
    m_rightSplitter->setStretchFactor(1, 1);
    m_rightSplitter->setSizes({280, 350});
    m_topSplitter->setStretchFactor(0, 0);
    m_topSplitter->setStretchFactor(1, 1);
    m_topSplitter->setStretchFactor(2, 1);
    m_topSplitter->setSizes({350, 450, 480});
    fitToScreen();
}

// Presenting hides the profile column: the scenario picker comes above the flow instead.
QWidget *MainWindow::buildFlowColumn()
{
    auto *flowColumn = new QWidget(m_topSplitter);
    auto *flowLayout = new QVBoxLayout(flowColumn);
    flowLayout->setContentsMargins(0, 0, 0, 0);
    flowLayout->setSpacing(0);
    m_scenarioBar = new ScenarioBar(flowColumn);
    m_scenarioBar->hide();
    flowLayout->addWidget(m_scenarioBar);
    m_flowArea = new FittingScrollArea(QStringLiteral("flowArea"), flowColumn);
    m_flowPanel = new FlowPanel(m_flowArea->viewport());
    m_flowArea->setContent(m_flowPanel);
    flowLayout->addWidget(m_flowArea, 1);
    return flowColumn;
}

void MainWindow::buildDetailTabs()
{
    m_detailTabs = new QTabWidget;
    m_detailTabs->setObjectName(QStringLiteral("detailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_rightSplitter->addWidget(m_detailTabs);
    // The tab widget moves its pages into its own stack; these hold no combo box.
    m_browserPane = new BrowserPane;
    m_detailTabs->addTab(m_browserPane, tr("Embedded browser"));
    m_phonePane = new PhonePane;
    m_detailTabs->addTab(m_phonePane, tr("Phone"));
    m_tokenInspector = new TokenInspector;
    m_tokenPage = new DeferredPage(m_tokenInspector, [this](QWidget *inspector) {
        m_tokenArea = new FittingScrollArea(QStringLiteral("tokenArea"));
        m_tokenArea->setContent(inspector);
        m_tokenArea->setWidthCap(m_flowArea->widthCap()); // the cap the columns got at start
        return m_tokenArea;
    });
    m_detailTabs->addTab(m_tokenPage, tr("Token inspector"));
}

// On a screen too narrow for the three columns side by side, the panels scroll sideways rather
// than push the window past the screen's edge.
void MainWindow::fitToScreen()
{
    const int cap = WindowPlacement::columnCap(this, m_rightSplitter);
    for (FittingScrollArea *area : {m_profileArea, m_flowArea, m_tokenArea})
        if (area) // the token area comes after the first paint
            area->setWidthCap(cap);
}

void MainWindow::givePageTheRoom()
{
    if (m_pageRoom.isGiven())
        return;
    // The browser pane's own splitter is looked up now: the pane builds its layout itself.
    m_pageRoom = PageRoom();
    m_pageRoom.addHidden(m_logView);
    m_pageRoom.addHidden(m_rightSplitter->widget(0)); // the result card
    if (auto *inner = m_browserPane->findChild<QSplitter *>(QStringLiteral("browserSplitter")))
        m_pageRoom.addSplitter(inner, 0);
    m_pageRoom.give();
}

void MainWindow::restoreResultArea()
{
    m_pageRoom.restore();
}

// --- menus -----------------------------------------------------------------------------------

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildProfileMenu();
    new FlowMenu(
        menuBar(), [this] { return m_presenter; }, m_flowPanel);
    buildViewMenu();
    new HelpMenu(this);
}

void MainWindow::buildTakeaways()
{
    // Reports, edit and resend, demo sessions, presets: their logic is in their own classes;
    // the window lends its panels.
    const DemoRunSettings run({this, m_session, &m_profiles, m_profilePanel, m_flowPanel});
    m_takeaways = new WindowTakeaways(
        {this, m_session, m_logView, [this] { return m_presenting; },
         [run] { return run.capture(); },
         [run](const DemoSession &session, QString *error) { return run.apply(session, error); }},
        this);
    m_newFromPreset =
        new NewProfileFromPreset({this, &m_profiles, m_profilePanel, m_session->log()}, this);
}

bool MainWindow::openSession(const QString &path)
{
    return m_takeaways->openSessionFile(path);
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_takeaways->addToFileMenu(file); // ends with a separator
    connect(addMenuAction(file, tr("&Quit"), "actionQuit", {QKeySequence::Quit}),
            &QAction::triggered, this, &MainWindow::close);
}

void MainWindow::buildProfileMenu()
{
    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    m_newFromPreset->addTo(profile);
    connect(addMenuAction(profile, tr("&Duplicate profile"), "actionDuplicateProfile", {}),
            &QAction::triggered, m_profilePanel, &ProfilePanel::duplicateCurrent);
    profile->addSeparator();
    connect(addMenuAction(profile, tr("&Import profiles…"), "actionImportProfiles", {}),
            &QAction::triggered, this, [this] { m_profilePanel->importFromFile(); });
    connect(addMenuAction(profile, tr("&Export profile…"), "actionExportProfile", {}),
            &QAction::triggered, this, [this] { m_profilePanel->exportCurrent(); });
}

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_presentAction = addMenuAction(view, tr("&Presentation mode"), "actionPresentation",
                                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_presentAction->setCheckable(true);
    m_presentAction->setToolTip(tr("Larger type, high contrast, the verdict filling its area; "
                                   "Ctrl+Shift+P again to leave"));
    connect(m_presentAction, &QAction::triggered, this, &MainWindow::setPresentation);
    m_fullScreenAction =
        addMenuAction(view, tr("&Full screen"), "actionFullScreen", {QKeySequence(Qt::Key_F11)});
    m_fullScreenAction->setCheckable(true);
    connect(m_fullScreenAction, &QAction::triggered, this, &MainWindow::toggleFullScreen);
    auto *themes = new ThemeMenu(view, this);
    connect(themes, &ThemeMenu::changed, this, &MainWindow::restyle);
    themes->applySaved();
    new LanguageMenu(view, this);
    view->addSeparator();
    connect(addMenuAction(view, tr("&Find in log"), "actionFindInLog", {QKeySequence::Find}),
            &QAction::triggered, this, &MainWindow::focusLogSearch);
}

void MainWindow::focusLogSearch()
{
    if (m_presenting)
        setPresentation(false);
    m_logView->focusSearch();
}

// --- settings and status ---------------------------------------------------------------------

void MainWindow::restoreSettings()
{
    using ConsoleSettings::Splitter;
    if (const QByteArray geometry = ConsoleSettings::windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    for (const auto &[splitter, key] :
         {std::pair{m_mainSplitter, Splitter::Main}, std::pair{m_topSplitter, Splitter::Top},
          std::pair{m_rightSplitter, Splitter::Result}}) {
        if (const QByteArray state = ConsoleSettings::splitterState(key); !state.isEmpty())
            splitter->restoreState(state);
    }
    // A remembered geometry from other screens, or the first size on a small one.
    WindowPlacement::fitToScreens(this);
}

void MainWindow::saveSettings()
{
    using ConsoleSettings::Splitter;
    if (m_presenting)
        setPresentation(false); // save the working layout, not the presenting one
    ConsoleSettings::setWindowGeometry(saveGeometry());
    ConsoleSettings::setSplitterState(Splitter::Main, m_mainSplitter->saveState());
    ConsoleSettings::setSplitterState(Splitter::Top, m_topSplitter->saveState());
    ConsoleSettings::setSplitterState(Splitter::Result, m_rightSplitter->saveState());
}

void MainWindow::updateStatus()
{
    m_statusBar->update(*m_session, m_profilePanel->currentProfile());
}

// --- presentation ----------------------------------------------------------------------------

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
    m_scenarioBar->setVisible(on && m_profilePanel->currentProfile().sandbox);
    m_logView->setVisible(!on);
    fitToScreen();

    if (on) {
        const int width = m_topSplitter->width();
        m_topSplitter->setSizes({0, width * 45 / 100, width * 55 / 100});
        const int height = m_rightSplitter->height();
        m_rightSplitter->setSizes({height * 60 / 100, height * 40 / 100});
        m_flowArea->verticalScrollBar()->setValue(0);
    } else {
        // Minimum widths at the normal type size first, or the sizes are clamped to presenting.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
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
    m_session->cancel();
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace nv
