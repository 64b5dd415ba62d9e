#include "ExchangeComparisonView.h"
#include "LogTableModel.h"
#include "PresetDialog.h"
#include "ReportExportDialog.h"
#include "ResendDialog.h"
#include "WindowDriver.h"
#include "flow/FlowRun.h"
#include "log/RequestLog.h"
#include "profile/ProfilePresets.h"
#include "profile/ProfileStore.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxScenario.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace nv;
using namespace nvtest;

// What a partner takes away, reached from the real window the way a person reaches it: the
// File menu's report export, edit and resend, demo sessions (menu and command line), and the
// Profile menu's preset dialog. In-process sandbox, embedded browser, the real request log.
class TestWindowTakeaways : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;

    void open(QStringList arguments = {})
    {
        if (!arguments.contains(QLatin1String("--profile")))
            arguments << QStringLiteral("--profile") << Profile::builtInSandbox().name;
        m_window = openWindow(arguments);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(m_window.get()).contains(QLatin1String("running")),
                                 20000);
    }

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static QWidget *topLevel(const char *name)
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String(name) && w->isVisible())
                return w;
        }
        return nullptr;
    }

    void runVerified()
    {
        typeInto(child<QLineEdit>(m_window.get(), "phoneNumber"), SandboxConfig::defaults().msisdn);
        click(child<QPushButton>(m_window.get(), "runButton"));
        QTRY_COMPARE_WITH_TIMEOUT(labelText(m_window.get(), "verdictLabel"),
                                  QStringLiteral("Verified"), 45000);
    }

    // Fills the export dialog as a person does and waits for the file.
    void exportAs(QWidget *dialog, const char *format, const QString &file)
    {
        QTest::mouseClick(child<QRadioButton>(dialog, format), Qt::LeftButton, {}, QPoint(6, 6));
        QVERIFY(child<QRadioButton>(dialog, format)->isChecked());
        typeInto(child<QLineEdit>(dialog, "reportPath"), file);
        QSignalSpy finished(qobject_cast<ReportExportDialog *>(dialog),
                            &ReportExportDialog::finished);
        click(child<QPushButton>(dialog, "reportExport"));
        QVERIFY(finished.wait(60000));
        QVERIFY2(QFile::exists(file), qPrintable(labelText(dialog, "reportStatus")));
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess tool;
        tool.start(QStringLiteral(NV_PDFTOTEXT),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        if (!tool.waitForFinished(60000) || tool.exitCode() != 0)
            return QStringLiteral("<pdftotext failed: %1>")
                .arg(QString::fromUtf8(tool.readAllStandardError()));
        return QString::fromUtf8(tool.readAllStandardOutput());
    }

    // The row of the run's exchange of step in the log (filtered to the run), or -1.
    int logRowOf(const QString &step)
    {
        auto *table = child<QTableView>(m_window.get(), "logTable");
        return int(columnValues(table, LogTableModel::StepColumn).indexOf(step));
    }

    // How many exchanges of step the log shows (the log file is shared by this test's windows).
    int logCount(const QString &step)
    {
        auto *table = child<QTableView>(m_window.get(), "logTable");
        return int(columnValues(table, LogTableModel::StepColumn).count(step));
    }

    void selectLogRow(int row)
    {
        auto *table = child<QTableView>(m_window.get(), "logTable");
        const QRect cell = table->visualRect(table->model()->index(row, LogTableModel::HostPath));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    }

    static QString scenarioTitle(const QString &id) { return SandboxScenario::fromId(id)->title; }

    void saveShot(QWidget *widget, const char *name)
    {
        QApplication::processEvents();
        QVERIFY(widget->grab().save(
            QDir(QStringLiteral(NV_SCREENSHOT_DIR)).filePath(QLatin1String(name))));
    }

    // What the demo session test sets and expects back.
    struct DemoState
    {
        QString profile;
        QString scenario;
        QString number;
        bool hashed = false;
        QString driver;
    };

    DemoState shownState() const
    {
        return {child<QComboBox>(m_window.get(), "profilePicker")->currentText(),
                child<QComboBox>(m_window.get(), "sandboxScenario")->currentData().toString(),
                child<QLineEdit>(m_window.get(), "phoneNumber")->text(),
                child<QCheckBox>(m_window.get(), "sendHashed")->isChecked(),
                child<QComboBox>(m_window.get(), "authorizeWith")->currentText()};
    }

    static QString describe(const DemoState &s)
    {
        return QStringLiteral("%1 | %2 | %3 | %4 | %5")
            .arg(s.profile, s.scenario, s.number,
                 s.hashed ? QStringLiteral("hashed") : QStringLiteral("plain"), s.driver);
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        for (const char *name : {"reportExportDialog", "resendDialog", "presetDialog"}) {
            if (QWidget *w = topLevel(name))
                w->close();
        }
        m_window.reset();
    }

    void exportReportFromTheFileMenuAsHtmlAndPdf()
    {
        open();
        // No run yet and nothing selected in the log: said, and no dialog.
        QString said;
        whenModal([&said](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                said = box->text();
                box->accept();
            }
        });
        QVERIFY(chooseFromMenu(m_window.get(), QStringLiteral("File"), "actionExportReport"));
        QVERIFY2(said.contains(QLatin1String("no run to report yet")), qPrintable(said));
        QVERIFY(!topLevel("reportExportDialog"));

        // The run's exchanges wait in the log to share a write; the report must not miss them
        // however long the wait (CI once exported before the default 50 ms had passed).
        auto *log = m_window->findChild<RequestLog *>();
        QVERIFY(log);
        log->setFlushDelayMs(60 * 60 * 1000);
        runVerified();
        const QString correlationId = m_window->currentRun()->correlationId();
        QMenu *file = menuOf(m_window.get(), QStringLiteral("File"));
        file->popup(m_window->mapToGlobal(QPoint(0, 0)));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        saveShot(file, "window-file-menu.png");
        file->hide();
        QVERIFY(chooseFromMenu(m_window.get(), QStringLiteral("File"), "actionExportReport"));
        QTRY_VERIFY(topLevel("reportExportDialog"));
        QWidget *dialog = topLevel("reportExportDialog");
        saveShot(dialog, "window-export-report-dialog.png");

        const QString html = path("from-window.html");
        exportAs(dialog, "reportHtml", html);
        if (QTest::currentTestFailed())
            return;
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(page.readAll());
        QVERIFY(text.contains(QLatin1String("Verified")));
        QVERIFY(text.contains(correlationId));
        QVERIFY(text.contains(QLatin1String("Checked claims"))); // the window's own facts

        const QString pdf = path("from-window.pdf");
        exportAs(dialog, "reportPdf", pdf);
        if (QTest::currentTestFailed())
            return;
        const QString read = pdfText(pdf);
        QVERIFY2(read.contains(QStringLiteral("✓ Verified")), qPrintable(read.left(600)));
        QVERIFY2(read.contains(correlationId), qPrintable(read.left(600)));
    }

    void resendFromTheLogsSelectedExchange()
    {
        open();
        // Nothing selected: the entry says so by being disabled.
        QVERIFY(!chooseFromMenu(m_window.get(), QStringLiteral("File"), "actionResendExchange"));

        runVerified();
        const QString correlationId = m_window->currentRun()->correlationId();
        click(child<QPushButton>(m_window.get(), "logThisRun"));
        QTRY_VERIFY_WITH_TIMEOUT(logRowOf(QStringLiteral("verify")) >= 0, 10000);
        selectLogRow(logRowOf(QStringLiteral("verify")));
        QVERIFY(chooseFromMenu(m_window.get(), QStringLiteral("File"), "actionResendExchange"));
        QTRY_VERIFY(topLevel("resendDialog"));
        auto *dialog = qobject_cast<ResendDialog *>(topLevel("resendDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->urlEdit()->text().endsWith(QLatin1String("/verify")));
        QVERIFY(dialog->headersEdit()->toPlainText().contains(QLatin1String("Bearer [redacted:")));

        // Another number, with the run's token (revealed on sending, never shown).
        QPlainTextEdit *body = dialog->bodyEdit();
        body->setFocus();
        body->selectAll();
        QTest::keyClicks(body, QStringLiteral("{\"phoneNumber\": \"+34600000001\"}"));
        QSignalSpy answered(dialog, &ResendDialog::answered);
        click(child<QPushButton>(dialog, "resendSend"));
        QVERIFY(answered.wait(30000));
        QVERIFY2(dialog->statusText().contains(QLatin1String("Recorded as exchange")),
                 qPrintable(dialog->statusText()));
        QVERIFY(dialog->statusText().contains(correlationId));
        QVERIFY(dialog->comparison()->text().contains(
            QLatin1String("\"devicePhoneNumberVerified\": false")));
        saveShot(dialog, "window-resend-dialog.png");

        // The resent exchange is in the window's log, under the run's correlation id.
        QTRY_VERIFY_WITH_TIMEOUT(logRowOf(QStringLiteral("manual")) >= 0, 10000);
        auto *table = child<QTableView>(m_window.get(), "logTable");
        QCOMPARE(
            columnValues(table, LogTableModel::Correlation).at(logRowOf(QStringLiteral("manual"))),
            correlationId);
        QCOMPARE(columnValues(table, LogTableModel::Status).at(logRowOf(QStringLiteral("manual"))),
                 QStringLiteral("200"));
    }

    void demoSessionSavedThenOpenedFromTheMenuAndTheCommandLine()
    {
        open();
        // A profile of one's own, a scenario, a hashed number, plain HTTP.
        click(child<QPushButton>(m_window.get(), "profileDuplicate"));
        const QString profile = child<QComboBox>(m_window.get(), "profilePicker")->currentText();
        QVERIFY(profile != Profile::builtInSandbox().name);
        QVERIFY(choose(child<QComboBox>(m_window.get(), "sandboxScenario"),
                       scenarioTitle(QStringLiteral("mismatch"))));
        QTRY_COMPARE(m_window->sandbox()->scenario(), QStringLiteral("mismatch"));
        typeInto(child<QLineEdit>(m_window.get(), "phoneNumber"), QStringLiteral("+34600000002"));
        auto *hashed = child<QCheckBox>(m_window.get(), "sendHashed");
        QTest::mouseClick(hashed, Qt::LeftButton, {}, QPoint(6, hashed->height() / 2));
        QVERIFY(choose(child<QComboBox>(m_window.get(), "authorizeWith"),
                       QStringLiteral("Plain HTTP (no browser)")));
        const DemoState saved = shownState();
        QCOMPARE(describe(saved), QStringLiteral("%1 | mismatch | +34600000002 | hashed | Plain "
                                                 "HTTP (no browser)")
                                      .arg(profile));

        const QString session = path("partner-demo.nvsession");
        whenModal([session](QWidget *modal) { answerFileDialog(modal, session); });
        QVERIFY(chooseFromMenu(m_window.get(), QStringLiteral("File"), "actionSaveSession"));
        QVERIFY(QFile::exists(session));

        // Everything changed, then the session from File → Open session….
        QVERIFY(choose(child<QComboBox>(m_window.get(), "profilePicker"), Profile::konera().name));
        QVERIFY(choose(child<QComboBox>(m_window.get(), "sandboxScenario"),
                       scenarioTitle(QStringLiteral("match"))));
        typeInto(child<QLineEdit>(m_window.get(), "phoneNumber"), QStringLiteral("+34600000009"));
        QTest::mouseClick(hashed, Qt::LeftButton, {}, QPoint(6, hashed->height() / 2));
        QTRY_COMPARE(m_window->sandbox()->scenario(), QStringLiteral("match"));
        QVERIFY(describe(shownState()) != describe(saved));
        child<QAction>(m_window.get(), "actionThemeDark")->trigger();
        m_window->setPresentation(true);
        whenModal([session](QWidget *modal) { answerFileDialog(modal, session); });
        QVERIFY(chooseFromMenu(m_window.get(), QStringLiteral("File"), "actionOpenSession"));
        QTRY_COMPARE(describe(shownState()), describe(saved));
        QCOMPARE(m_window->sandbox()->scenario(), QStringLiteral("mismatch"));
        QVERIFY(child<QAction>(m_window.get(), "actionThemeSystem")->isChecked()); // as saved
        QVERIFY(!m_window->isPresenting());

        // It is the first of the recent sessions, and opens from there too.
        QVERIFY(choose(child<QComboBox>(m_window.get(), "profilePicker"), Profile::konera().name));
        auto *recent = child<QMenu>(m_window.get(), "menuRecentSessions");
        recent->popup(m_window->mapToGlobal(QPoint(0, 0)));
        QVERIFY(QTest::qWaitForWindowExposed(recent));
        QCOMPARE(recent->actions().first()->text(), QStringLiteral("partner-demo.nvsession"));
        saveShot(recent, "window-recent-sessions.png");
        recent->setActiveAction(recent->actions().first());
        QTest::keyClick(recent, Qt::Key_Return);
        QTRY_COMPARE(describe(shownState()), describe(saved));

        // `nv-console partner-demo.nvsession` on a machine without that profile: it comes back
        // from the file, over the profile the command line asked for.
        m_window.reset();
        QVERIFY(ProfileStore().remove(profile));
        QVERIFY(!ProfileStore().find(profile));
        m_window = openWindow({QStringLiteral("--profile"), Profile::konera().name, session});
        QTRY_COMPARE_WITH_TIMEOUT(describe(shownState()), describe(saved), 20000);
        QVERIFY(ProfileStore().find(profile));
        QTRY_COMPARE(m_window->sandbox()->scenario(), QStringLiteral("mismatch"));
    }

    void aDamagedSessionOnTheCommandLineIsRefusedWithASentence()
    {
        const QString damaged = path("damaged.nvsession");
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"nv-console-session\", \"version\": 1, \"profile\": ");
        file.close();
        QString said;
        whenModal([&said](QWidget *modal) {
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                said = box->text();
                box->accept();
            }
        });
        open({damaged});
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 20000);
        QVERIFY2(said.contains(QLatin1String("damaged")), qPrintable(said));
        // Nothing applied: the window is as the command line asked.
        QCOMPARE(child<QComboBox>(m_window.get(), "profilePicker")->currentText(),
                 Profile::builtInSandbox().name);
    }

    void newProfileFromTheSandboxesDiscoveryPreset()
    {
        // A log of its own: the runs of the tests before checked id_tokens, which reads a
        // discovery document and a key set too.
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(logDatabasePath() + QLatin1String(suffix));
        open();
        const QString issuer = m_window->sandbox()->baseUrl().toString();
        QVERIFY(chooseFromMenu(m_window.get(), QStringLiteral("Profile"),
                               "actionNewProfileFromPreset"));
        QTRY_VERIFY(topLevel("presetDialog"));
        QWidget *dialog = topLevel("presetDialog");
        QCOMPARE(QApplication::activeModalWidget(), dialog); // the window waits for it
        QVERIFY(choose(child<QComboBox>(dialog, "presetChoice"),
                       ProfilePresets::fromId(QStringLiteral("camara-discovery"))->title));
        typeInto(child<QLineEdit>(dialog, "presetIssuer"), issuer);
        click(child<QPushButton>(dialog, "presetRead"));
        QPushButton *create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), 20000);
        typeInto(child<QLineEdit>(dialog, "presetClientId"), SandboxConfig::defaultClientId());
        const QString name = child<QLineEdit>(dialog, "presetName")->text();
        saveShot(dialog, "window-preset-dialog.png");
        click(create);
        QTRY_VERIFY(!topLevel("presetDialog"));

        // Saved, selected, and its discovery exchanges are in the request log.
        QCOMPARE(child<QComboBox>(m_window.get(), "profilePicker")->currentText(), name);
        const std::optional<Profile> stored = ProfileStore().find(name);
        QVERIFY(stored);
        QCOMPARE(stored->authorizeUrl.toString(),
                 issuer + QStringLiteral("/camara/api/auth/v1/authorize"));
        QCOMPARE(stored->jwksUrl.toString(), issuer + QStringLiteral("/camara/api/auth/v1/jwks"));
        QCOMPARE(stored->clientId, SandboxConfig::defaultClientId());
        QCOMPARE(child<QLineEdit>(m_window.get(), "authorizeUrl")->text(),
                 stored->authorizeUrl.toString());
        QTRY_COMPARE_WITH_TIMEOUT(logCount(QStringLiteral("discovery")), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(logCount(QStringLiteral("jwks")), 1, 10000);

        // A second one from the same preset never overwrites the first.
        QVERIFY(chooseFromMenu(m_window.get(), QStringLiteral("Profile"),
                               "actionNewProfileFromPreset"));
        QTRY_VERIFY(topLevel("presetDialog"));
        dialog = topLevel("presetDialog");
        QVERIFY(choose(child<QComboBox>(dialog, "presetChoice"),
                       ProfilePresets::fromId(QStringLiteral("camara-discovery"))->title));
        typeInto(child<QLineEdit>(dialog, "presetIssuer"), issuer);
        click(child<QPushButton>(dialog, "presetRead"));
        create = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), 20000);
        click(create);
        QTRY_COMPARE(child<QComboBox>(m_window.get(), "profilePicker")->currentText(),
                     name + QStringLiteral(" (2)"));
        QCOMPARE(ProfileStore().find(name)->clientId, SandboxConfig::defaultClientId());
    }

    // Not a check, and skipped unless NV_POSE is set: sets the window up as the documentation
    // shows it (file-menu, profile-menu, export, resend, preset) and holds it there for a
    // screenshot taken from outside, under a real X server:
    //   NV_POSE=file-menu xvfb-shot 1366x768 out.png --wait 20 -- tst_windowtakeaways pose
    void pose()
    {
        const QString pose = qEnvironmentVariable("NV_POSE");
        if (pose.isEmpty())
            QSKIP("NV_POSE is not set");
        open();
        // The whole screen (an X server without a window manager does not maximize).
        m_window->setGeometry(m_window->screen()->availableGeometry());
        const auto openMenu = [this](const QString &title) {
            QMenuBar *bar = m_window->menuBar();
            QTest::mouseClick(
                bar, Qt::LeftButton, {},
                bar->actionGeometry(menuOf(m_window.get(), title)->menuAction()).center());
        };
        if (pose == QLatin1String("profile-menu")) {
            openMenu(QStringLiteral("Profile"));
        } else if (pose == QLatin1String("preset")) {
            QVERIFY(chooseFromMenu(m_window.get(), QStringLiteral("Profile"),
                                   "actionNewProfileFromPreset"));
            QTRY_VERIFY(topLevel("presetDialog"));
            QWidget *dialog = topLevel("presetDialog");
            QVERIFY(choose(child<QComboBox>(dialog, "presetChoice"),
                           ProfilePresets::fromId(QStringLiteral("camara-discovery"))->title));
            typeInto(child<QLineEdit>(dialog, "presetIssuer"),
                     m_window->sandbox()->baseUrl().toString());
            click(child<QPushButton>(dialog, "presetRead"));
        } else {
            runVerified();
            click(child<QPushButton>(m_window.get(), "logThisRun"));
            QTRY_VERIFY_WITH_TIMEOUT(logRowOf(QStringLiteral("verify")) >= 0, 10000);
            selectLogRow(logRowOf(QStringLiteral("verify")));
            if (pose == QLatin1String("file-menu"))
                openMenu(QStringLiteral("File"));
            else if (pose == QLatin1String("export"))
                QVERIFY(
                    chooseFromMenu(m_window.get(), QStringLiteral("File"), "actionExportReport"));
            else if (pose == QLatin1String("resend"))
                QVERIFY(
                    chooseFromMenu(m_window.get(), QStringLiteral("File"), "actionResendExchange"));
        }
        QTest::qWait(600000); // until the screenshot is taken and the program stopped
    }
};

QTEST_MAIN(TestWindowTakeaways)
#include "tst_windowtakeaways.moc"
