#include "ExchangeDetailView.h"
#include "FileScan.h"
#include "LogTableModel.h"
#include "TokenInspector.h"
#include "WindowTestCase.h"
#include "flow/FlowRun.h"
#include "phone/PhoneNumberCheck.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxHost.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUuid>
#include <QWebEngineView>

using namespace nv;
using namespace nvtest;

namespace {
// What was there when the window first painted: the token inspector's tab, a message about a
// run.
struct FirstPaintWatch : QObject
{
    explicit FirstPaintWatch(QWidget *window)
        : m_window(window)
    {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !painted) {
            painted = true;
            tokenAreaAtFirstPaint = m_window->findChild<QWidget *>(QStringLiteral("tokenArea"));
            const auto *message = m_window->findChild<QLabel *>(QStringLiteral("flowMessage"));
            flowMessageAtFirstPaint = message->isVisibleTo(m_window) ? message->text() : QString();
        }
        return false;
    }
    QWidget *m_window;
    bool painted = false;
    bool tokenAreaAtFirstPaint = false;
    QString flowMessageAtFirstPaint; // what the flow column said, if anything
};
} // namespace

// The console window end to end: the built-in sandbox, the embedded browser, the request log.
class TestMainWindow : public QObject, protected WindowTestCase
{
    Q_OBJECT
private:
    // Shortcuts work in the active window only, as on a desktop.
    void activate()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // The window as nv-console makes it, shown; the watch has seen its first paint unless that
    // took longer than 20 s (or the command line was refused: no watch).
    std::unique_ptr<FirstPaintWatch> showUntilFirstPaint(const QStringList &arguments = {})
    {
        ConsoleOptions options;
        QString error;
        if (!ConsoleOptions::parse(QStringList{QStringLiteral("nv-console"),
                                               QStringLiteral("--log-db"), logDatabasePath()} +
                                       arguments,
                                   &options, &error))
            return nullptr;
        m_window = std::make_unique<MainWindow>(options);
        auto watch = std::make_unique<FirstPaintWatch>(m_window.get());
        m_window->show();
        (void)QTest::qWaitFor([&watch] { return watch->painted; }, 20000); // the caller checks
        return watch;
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void cleanup() { m_window.reset(); }

    // What the first paint does not show is made after it: the token inspector's tab is not
    // in the window when it first paints, and is there (the inspector in its scroll area) once
    // the event loop has gone on; the built-in sandbox starts then too.
    void hiddenTabComesAfterTheFirstPaint()
    {
        const auto watch = showUntilFirstPaint();
        QVERIFY(watch && watch->painted);
        QVERIFY(!watch->tokenAreaAtFirstPaint);
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(m_window.get(), "tokenArea"), 20000);
        QVERIFY(child<QWidget>(m_window.get(), "tokenArea")
                    ->isAncestorOf(m_window->findChild<TokenInspector *>()));
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(m_window.get()).contains(QLatin1String("running")),
                                 20000);
    }

    // --run starts the run once the window has painted: what the run starts first (the
    // sandbox's server, the browser engine) must not hold the window back. The run goes on to
    // its verdict.
    void runAtStartComesAfterTheFirstPaint()
    {
        const auto watch = showUntilFirstPaint({QStringLiteral("--run")});
        QVERIFY(watch && watch->painted);
        QVERIFY2(watch->flowMessageAtFirstPaint.isEmpty(),
                 qPrintable(watch->flowMessageAtFirstPaint));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->currentRun(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
    }

    // A QComboBox moved into a styled window builds its popup list there and then (nine
    // widgets, unopened); the panels are made in their place instead. Qt builds the list itself
    // for an editable box and for the size policies that measure the items: those are left out.
    void comboBoxesBuildTheirPopupWhenOpened()
    {
        const auto watch = showUntilFirstPaint();
        QVERIFY(watch && watch->painted);
        const auto popupOf = [](QComboBox *box) {
            return box->findChild<QFrame *>(QString(), Qt::FindDirectChildrenOnly);
        };
        QStringList checked;
        for (QComboBox *box : m_window->findChildren<QComboBox *>()) {
            if (box->isEditable() ||
                box->sizeAdjustPolicy() != QComboBox::AdjustToContentsOnFirstShow)
                continue;
            QVERIFY2(!popupOf(box), qPrintable(box->objectName()));
            checked << box->objectName();
        }
        QVERIFY2(checked.size() >= 5, qPrintable(checked.join(QLatin1Char(' '))));
        auto *method = child<QComboBox>(m_window.get(), "tokenAuthMethod");
        QVERIFY(checked.contains(method->objectName()));
        method->showPopup(); // built now, and it works
        QVERIFY(popupOf(method));
        QTRY_VERIFY_WITH_TIMEOUT(method->view()->isVisible(), 5000);
        QCOMPARE(method->view()->model()->rowCount(), method->count());
        method->hidePopup();
    }

    void logFilterFollowsTheRunItWasShowing()
    {
        open();
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        click(child<QPushButton>(m_window.get(), "logThisRun"));
        auto *filter = child<QLineEdit>(m_window.get(), "logFilter");
        const QString first = m_window->currentRun()->correlationId();
        QCOMPARE(filter->text(), first);

        // A new run: the filter that showed the last run now shows this one.
        click(child<QPushButton>(m_window.get(), "newFlowButton"));
        click(child<QPushButton>(m_window.get(), "runButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->currentRun() && m_window->currentRun()->correlationId() != first, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        const QString second = m_window->currentRun()->correlationId();
        QCOMPARE(filter->text(), second);

        // A filter the person typed for something else is left alone.
        typeInto(filter, first);
        click(child<QPushButton>(m_window.get(), "newFlowButton"));
        click(child<QPushButton>(m_window.get(), "runButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->currentRun() && m_window->currentRun()->correlationId() != second, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        QCOMPARE(filter->text(), first);
    }

    void subscribersNumberIsVerifiedAndLogged()
    {
        open();
        // Start-up does not load the browser engine: no view until a run needs one.
        QVERIFY(!m_window->findChild<QWebEngineView *>());
        QCOMPARE(verdict(), QStringLiteral("No run yet"));

        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        QVERIFY(m_window->findChild<QWebEngineView *>());
        for (const char *stage :
             {"stageState_authorize", "stageState_code", "stageState_token", "stageState_verify"})
            QCOMPARE(child<QLabel>(m_window.get(), stage)->text(), QStringLiteral("done"));
        QVERIFY(child<QLabel>(m_window.get(), "resultFootnote")
                    ->text()
                    .startsWith(QLatin1String("Assessed by the operator")));
        // The token panel shows the token masked, never whole.
        FlowRun *run = m_window->currentRun();
        QVERIFY(run);
        const QString shownToken = child<QLabel>(m_window.get(), "accessToken")->text();
        QVERIFY2(shownToken.contains(QStringLiteral("•••")), qPrintable(shownToken));
        QVERIFY(!shownToken.contains(run->token().accessToken));

        // The log, filtered to this run, holds the authorize hops, the token and the verify call.
        click(child<QPushButton>(m_window.get(), "logThisRun"));
        QCOMPARE(child<QLineEdit>(m_window.get(), "logFilter")->text(), run->correlationId());
        auto *table = child<QTableView>(m_window.get(), "logTable");
        QTRY_VERIFY_WITH_TIMEOUT(
            columnValues(table, LogTableModel::StepColumn).contains(QLatin1String("verify")),
            10000);
        const QStringList ids = columnValues(table, LogTableModel::Correlation);
        QVERIFY(ids.size() >= 4);
        for (const QString &id : ids)
            QCOMPARE(id, run->correlationId());
        const QStringList steps = columnValues(table, LogTableModel::StepColumn);
        QVERIFY(steps.contains(QLatin1String("authorize")));
        QVERIFY(steps.contains(QLatin1String("token")));
        const qsizetype verifyRow = steps.indexOf(QLatin1String("verify"));
        QCOMPARE(columnValues(table, LogTableModel::Status).at(verifyRow), QStringLiteral("200"));

        // The detail pane shows the verify call redacted; "Reveal secrets" shows the token, on
        // purpose, and selecting another row hides it again.
        const QRect cell =
            table->visualRect(table->model()->index(int(verifyRow), LogTableModel::HostPath));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        // A page gets its text when its tab is chosen: the request's, as a person would.
        child<QTabWidget>(m_window.get(), "logDetailTabs")
            ->setCurrentIndex(ExchangeDetailView::RequestTab);
        auto *detail = child<QPlainTextEdit>(m_window.get(), "logDetail");
        auto *reveal = child<QCheckBox>(m_window.get(), "logReveal");
        const QString token = run->token().accessToken;
        QVERIFY(detail->toPlainText().contains(QLatin1String("Authorization: Bearer [redacted")));
        QVERIFY(!detail->toPlainText().contains(token));
        QVERIFY(reveal->isEnabled());
        QTest::mouseClick(reveal, Qt::LeftButton, {}, QPoint(8, reveal->height() / 2));
        QVERIFY(reveal->isChecked());
        QVERIFY(detail->toPlainText().contains(token));
        const QRect other = table->visualRect(
            table->model()->index(verifyRow == 0 ? 1 : 0, LogTableModel::HostPath));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, other.center());
        QVERIFY(!reveal->isChecked());
        QVERIFY(!detail->toPlainText().contains(token));
    }

    void closingDuringARunCancelsIt()
    {
        open();
        runWith(SandboxConfig::defaults().msisdn);
        QVERIFY(m_window->currentRun());
        QVERIFY(m_window->currentRun()->isBusy());
        QVERIFY(child<QPushButton>(m_window.get(), "cancelButton")->isEnabled());
        QPointer<FlowRun> run = m_window->currentRun();
        m_window->close();
        QVERIFY(!run->isBusy()); // cancelled, nothing left running
        m_window.reset();
        QVERIFY(run.isNull());
    }

    void otherNumberIsNotVerified()
    {
        open();
        runWith(QStringLiteral("+34600000001"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Not verified"), 45000);
        QCOMPARE(child<QLabel>(m_window.get(), "stageState_verify")->text(),
                 QStringLiteral("done"));
        QVERIFY(child<QPushButton>(m_window.get(), "verifyButton")->isEnabled());

        // Verify again with the subscriber's number, on the same token: now verified.
        typeInto(child<QLineEdit>(m_window.get(), "phoneNumber"), SandboxConfig::defaults().msisdn);
        click(child<QPushButton>(m_window.get(), "verifyButton"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 20000);
    }

    void badNumberIsFlaggedBeforeSending()
    {
        open();
        auto *phone = child<QLineEdit>(m_window.get(), "phoneNumber");
        auto *check = child<QLabel>(m_window.get(), "phoneCheck");
        typeInto(phone, QStringLiteral("0034666666666"));
        // The warning is there as soon as the number is typed, before anything is sent.
        QVERIFY2(check->text().contains(QLatin1String("Not an E.164 number")),
                 qPrintable(check->text()));
        QVERIFY(check->isVisible());
        QVERIFY(child<QCheckBox>(m_window.get(), "sendInvalidNumber")->isVisible());

        click(child<QPushButton>(m_window.get(), "runButton"));
        auto *message = child<QLabel>(m_window.get(), "flowMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("not an E.164 number")),
                 qPrintable(message->text()));
        QVERIFY(!m_window->currentRun()); // nothing started, nothing sent
        QCOMPARE(verdict(), QStringLiteral("No run yet"));

        // Fixed, the warning goes and says what the number is.
        typeInto(phone, QStringLiteral("+34666666666"));
        QVERIFY2(check->text().startsWith(QStringLiteral("✓ E.164")), qPrintable(check->text()));
        // With the number-advice module of the build tree: the region and the line type.
        QVERIFY2(check->text().contains(QLatin1String("mobile")), qPrintable(check->text()));
    }

    void incompleteProfileSaysWhyUnderTheRunButton()
    {
        open({QStringLiteral("--profile"), Profile::konera().name, QStringLiteral("--phone"),
              QStringLiteral("+34600000002")});
        QCOMPARE(child<QLineEdit>(m_window.get(), "phoneNumber")->text(),
                 QStringLiteral("+34600000002"));
        QCOMPARE(child<QComboBox>(m_window.get(), "profilePicker")->currentText(),
                 Profile::konera().name);
        // A built-in profile keeps no secret, and the field says how to run with one.
        QVERIFY2(text("secretStatus").contains(QLatin1String("Make an editable copy")),
                 qPrintable(text("secretStatus")));

        click(child<QPushButton>(m_window.get(), "runButton"));
        auto *message = child<QLabel>(m_window.get(), "flowMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("no client ID")),
                 qPrintable(message->text()));
        QVERIFY(!m_window->currentRun());
    }

    void stepByStepThenNewFlow()
    {
        open();
        activate();
        auto *next = child<QPushButton>(m_window.get(), "nextStepButton");
        QVERIFY(next->isEnabled());
        click(next); // authorize, and the code is caught
        QTRY_COMPARE_WITH_TIMEOUT(text("stageState_code"), QStringLiteral("done"), 45000);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 5000);
        QCOMPARE(text("stageState_token"), QStringLiteral("waiting"));
        QCOMPARE(verdict(), QStringLiteral("Step 2 of 4 done"));
        QVERIFY(child<QPushButton>(m_window.get(), "stepTokenButton")->isEnabled());
        QVERIFY(!child<QPushButton>(m_window.get(), "verifyButton")->isEnabled());

        QTest::keyClick(m_window.get(), Qt::Key_F10); // the same, by keyboard: the token
        QTRY_COMPARE_WITH_TIMEOUT(text("stageState_token"), QStringLiteral("done"), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Step 3 of 4 done"), 5000);
        QCOMPARE(text("stageState_verify"), QStringLiteral("waiting"));
        QVERIFY(
            child<QLabel>(m_window.get(), "accessToken")->text().contains(QStringLiteral("•••")));

        click(next); // verify
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 20000);
        const QString firstCorrelation = m_window->currentRun()->correlationId();
        QVERIFY(text("statusCorrelation").contains(firstCorrelation));

        // Re-running the token step with the same code: the operator refuses a used code.
        click(child<QPushButton>(m_window.get(), "stepTokenButton"));
        QTRY_COMPARE_WITH_TIMEOUT(text("stageState_token"), QStringLiteral("failed"), 20000);
        QVERIFY2(text("resultHeadline").contains(QLatin1String("invalid_grant")),
                 qPrintable(text("resultHeadline")));

        // New flow: everything of that run goes.
        click(child<QPushButton>(m_window.get(), "newFlowButton"));
        QCOMPARE(verdict(), QStringLiteral("No run yet"));
        for (const char *stage :
             {"stageState_authorize", "stageState_code", "stageState_token", "stageState_verify"})
            QCOMPARE(text(stage), QStringLiteral("waiting"));
        QVERIFY(!m_window->currentRun());
        QVERIFY(child<QLineEdit>(m_window.get(), "browserAddress")->text().isEmpty());
        QCOMPARE(text("accessToken"), QStringLiteral("—"));
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier); // Run flow
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        QVERIFY(m_window->currentRun()->correlationId() != firstCorrelation);
    }

    void idTokenIsCheckedAndTokenCountsDownToExpiry()
    {
        open({QStringLiteral("--sandbox-token-lifetime"), QStringLiteral("900")});
        // The countdown follows the built-in sandbox's clock: moving that clock past the
        // token's lifetime expires it in the sandbox and on the screen at once, nobody waits.
        std::shared_ptr<SandboxClock> clock = m_window->sandbox()->config().clock;
        QVERIFY(clock);
        auto *inspector = m_window->findChild<TokenInspector *>();
        QVERIFY(inspector);
        inspector->setClock([clock] { return clock->monotonicMs(); });
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        // The id_token's signature, iss and nonce, checked against the sandbox's JWKS.
        QTRY_VERIFY_WITH_TIMEOUT(text("idTokenSignature").contains(QLatin1String("Valid")), 10000);
        QVERIFY(text("idTokenIssuer").startsWith(QStringLiteral("✔")));
        QVERIFY(text("idTokenNonce").startsWith(QStringLiteral("✔")));
        QVERIFY(text("tokenScope").contains(QLatin1String("every scope asked for")));
        // Revealed on purpose only, and copied whole.
        auto *reveal = child<QCheckBox>(m_window.get(), "tokenReveal");
        QVERIFY(!reveal->isChecked());
        click(child<QPushButton>(m_window.get(), "copy_accessToken"));
        QCOMPARE(QApplication::clipboard()->text(), m_window->currentRun()->token().accessToken);

        // The countdown reaches expiry, and a verify after it is refused and explained.
        const qint64 lifetime = m_window->currentRun()->token().expiresIn;
        QCOMPARE(lifetime, qint64(900));
        QVERIFY2(text("expiresIn").contains(QLatin1String("expires in")),
                 qPrintable(text("expiresIn")));
        QVERIFY(inspector->secondsLeft() > 0);
        clock->advance(std::chrono::seconds(lifetime + 1));
        QTRY_VERIFY_WITH_TIMEOUT(text("expiresIn").contains(QLatin1String("expired")), 10000);
        QVERIFY(inspector->secondsLeft() < 0);
        click(child<QPushButton>(m_window.get(), "verifyButton"));
        QTRY_COMPARE_WITH_TIMEOUT(text("stageState_verify"), QStringLiteral("failed"), 20000);
        QVERIFY2(text("resultHeadline").contains(QLatin1String("401")),
                 qPrintable(text("resultHeadline")));
        QVERIFY(!text("resultExplanation").isEmpty());
    }

    void profileEditExportImportRoundTripWithoutTheSecret()
    {
        open();
        auto *picker = child<QComboBox>(m_window.get(), "profilePicker");
        QVERIFY(choose(picker, Profile::konera().name));
        QVERIFY(child<QLineEdit>(m_window.get(), "clientId")->isReadOnly());
        QVERIFY(!child<QPushButton>(m_window.get(), "profileDelete")->isEnabled());
        click(child<QPushButton>(m_window.get(), "profileDuplicate"));
        const QString copyName = picker->currentText();
        QVERIFY2(copyName.contains(QLatin1String("copy")), qPrintable(copyName));
        QVERIFY(!child<QLineEdit>(m_window.get(), "clientId")->isReadOnly());

        // Validation says what is wrong while typing.
        enter("tokenUrl", QStringLiteral("not a url"));
        QVERIFY(child<QLabel>(m_window.get(), "profileValidation")->isVisible());
        QVERIFY(text("profileValidation").contains(QLatin1String("Token URL")));
        enter("tokenUrl", QStringLiteral("https://api.partner.example/token"));
        enter("clientId", QStringLiteral("partner-app-42"));
        enter("scope", QStringLiteral("openid number-verification:verify"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(m_window.get(), "clientSecret")->isEnabled(),
                                 10000);
        const QString secret = QStringLiteral("partner-secret-do-not-share-9431");
        enter("clientSecret", secret);
        QTRY_VERIFY_WITH_TIMEOUT(text("secretStatus").contains(QLatin1String("session")), 10000);

        // A duplicate takes the secret along, here from the session-only fallback (no keychain
        // in this test).
        click(child<QPushButton>(m_window.get(), "profileDuplicate"));
        QTRY_VERIFY(picker->currentText() != copyName);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(m_window.get(), "clientSecret")->text(), secret,
                                  10000);
        QVERIFY(choose(picker, copyName));

        const QString path = testHome() + QStringLiteral("/exported-profile.json");
        QFile::remove(path);
        whenModal([path](QWidget *dialog) { answerFileDialog(dialog, path); });
        click(child<QPushButton>(m_window.get(), "profileExport"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QFile exported(path);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray content = exported.readAll();
        QVERIFY(content.contains("partner-app-42"));
        QVERIFY(content.contains("api.partner.example"));
        QVERIFY2(!content.contains(secret.toUtf8()), "the export holds the secret");

        whenModal([](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        click(child<QPushButton>(m_window.get(), "profileDelete"));
        QTRY_VERIFY_WITH_TIMEOUT(picker->findText(copyName) < 0, 10000);

        whenModal([path](QWidget *dialog) { answerFileDialog(dialog, path); });
        click(child<QPushButton>(m_window.get(), "profileImport"));
        QTRY_COMPARE_WITH_TIMEOUT(picker->currentText(), copyName, 10000);
        QCOMPARE(child<QLineEdit>(m_window.get(), "clientId")->text(),
                 QStringLiteral("partner-app-42"));
        QCOMPARE(child<QLineEdit>(m_window.get(), "tokenUrl")->text(),
                 QStringLiteral("https://api.partner.example/token"));
        QCOMPARE(child<QLineEdit>(m_window.get(), "scope")->text(),
                 QStringLiteral("openid number-verification:verify"));
        // The secret did not travel: the field waits for it.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(m_window.get(), "clientSecret")->isEnabled(),
                                 10000);
        QVERIFY(child<QLineEdit>(m_window.get(), "clientSecret")->text().isEmpty());
        QVERIFY(text("profileSaveProblem").contains(QLatin1String("secret")));
    }

    void devicePhoneNumberNeedsItsScope()
    {
        open();
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        auto *device = child<QPushButton>(m_window.get(), "devicePhoneNumberButton");
        QTRY_VERIFY_WITH_TIMEOUT(device->isEnabled(), 5000);
        click(device);
        // The built-in profile does not ask for the scope: refused, and said why.
        QTRY_VERIFY_WITH_TIMEOUT(text("devicePhoneNumberResult").contains(QLatin1String("403")),
                                 20000);

        // A copy of the sandbox profile that asks for it gets the SIM's number.
        click(child<QPushButton>(m_window.get(), "profileDuplicate"));
        enter("scope", QStringLiteral("openid number-verification:verify "
                                      "number-verification:device-phone-number:read"));
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        QTRY_VERIFY_WITH_TIMEOUT(device->isEnabled(), 5000);
        click(device);
        QTRY_VERIFY_WITH_TIMEOUT(
            text("devicePhoneNumberResult").contains(SandboxConfig::defaults().msisdn), 20000);
    }

    void hashedNumberShowsItsHash()
    {
        open();
        auto *hashed = child<QCheckBox>(m_window.get(), "sendHashed");
        QTest::mouseClick(hashed, Qt::LeftButton, {}, QPoint(8, hashed->height() / 2));
        QVERIFY(hashed->isChecked());
        auto *hash = child<QLabel>(m_window.get(), "phoneHash");
        QVERIFY(hash->isVisible());
        QVERIFY(
            hash->text().contains(PhoneNumberCheck::sha256Hex(SandboxConfig::defaults().msisdn)));
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
    }

    void presentationModeAndFullScreenByKeyboard()
    {
        open();
        activate();
        auto *verdictLabel = child<QLabel>(m_window.get(), "verdictLabel");
        const qreal normalSize = verdictLabel->font().pointSizeF();
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_window->isPresenting());
        QVERIFY(!child<QWidget>(m_window.get(), "profileArea")->isVisible());
        QVERIFY(verdictLabel->font().pointSizeF() > normalSize * 1.5);
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QTRY_VERIFY(m_window->isFullScreen());
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QTRY_VERIFY(!m_window->isFullScreen());
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_window->isPresenting());
        QVERIFY(child<QWidget>(m_window.get(), "profileArea")->isVisible());
        QCOMPARE(verdictLabel->font().pointSizeF(), normalSize);

        // Find in log puts the cursor in the log's search field.
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY2(focus->objectName() == QLatin1String("logSearch") ||
                     focus->objectName() == QLatin1String("logFilter"),
                 qPrintable(focus->objectName()));
    }

    void noSecretReachesAnyFile()
    {
        open();
        // Unique to this run: a marker an earlier run could have left proves nothing.
        const QString correlation =
            QStringLiteral("redaction-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        typeInto(child<QLineEdit>(m_window.get(), "correlationId"), correlation);
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        FlowRun *run = m_window->currentRun();
        QVERIFY(run);
        QCOMPARE(run->correlationId(), correlation);

        QStringList secrets{SandboxConfig::defaultClientSecret(), run->token().accessToken,
                            run->token().refreshToken, run->token().idToken,
                            run->authorization().code};
        secrets.removeAll(QString());
        QVERIFY(secrets.size() >= 3); // secret, code and access token at least

        // Closing the window writes out whatever the log still had queued.
        m_window->close();
        m_window.reset();

        const nvtest::FileScan scan = nvtest::scanFiles(testHome(), secrets, correlation.toUtf8());
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join(QLatin1Char('\n'))));
        QVERIFY(scan.filesRead > 0);
        // The run did reach the disk (redacted), so the search above looked at real rows.
        QVERIFY2(scan.sawMarker, "the run's correlation id is in no file: the log was not written");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
