#include "ConsoleSettings.h"
#include "WindowTestCase.h"
#include "profile/Profile.h"
#include "sandbox/SandboxConfig.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace nv;
using namespace nvtest;

// The window as a partner demo sees it: nothing stale beside a new outcome, advice that fits
// the call that failed, nothing clipped. Each case is what a person did, click by click.
class TestDemoPolish : public QObject, protected WindowTestCase
{
    Q_OBJECT
private:
    // Clicks a button of the page with the mouse, where the page draws it: asked of the page
    // until it has drawn the button in a window of the view's current size (the window gives a
    // waiting page more room, and the page lays itself out again).
    static void clickInPage(QWebEngineView *view, const QString &id)
    {
        const QString where =
            QStringLiteral("(function(){var b=document.getElementById('%1');if(!b)return null;"
                           "b.scrollIntoView();var r=b.getBoundingClientRect();"
                           "return [r.left+r.width/2,r.top+r.height/2,window.innerWidth,"
                           "window.innerHeight];})()")
                .arg(id);
        QVariantList answer;
        const auto settled = [&] {
            return answer.size() == 4 && answer[2].toInt() == view->width() &&
                   answer[3].toInt() == view->height();
        };
        for (int attempt = 0; attempt < 200 && !settled(); ++attempt) {
            bool answered = false;
            view->page()->runJavaScript(where, [&](const QVariant &result) {
                answer = result.toList();
                answered = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        }
        QVERIFY2(settled(), qPrintable(QStringLiteral("the page never settled in the view")));
        QWidget *target = view->focusProxy() ? view->focusProxy() : view;
        const QPoint at(answer[0].toInt(), answer[1].toInt());
        // Chromium takes a press and a release as a click only once it saw the pointer there.
        QTest::mouseMove(target, at);
        QTest::mousePress(target, Qt::LeftButton, {}, at);
        QTest::mouseRelease(target, Qt::LeftButton, {}, at, 50);
    }

    // What an expression evaluates to in the page.
    static QVariant pageValue(QWebEngineView *view, const QString &expression)
    {
        QVariant value;
        bool answered = false;
        view->page()->runJavaScript(expression, [&](const QVariant &result) {
            value = result;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 20000))
            return {};
        return value;
    }

    void save(const char *name)
    {
        QTest::qWait(300); // let the last layout and paint settle
        const QString path = QDir(QStringLiteral(NV_SCREENSHOT_DIR)).filePath(QLatin1String(name));
        QVERIFY2(m_window->grab().save(path), qPrintable(path));
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void cleanup() { m_window.reset(); }

    // Item 1: the built-in profile's token has number-verification:verify; device-phone-number
    // needs its own scope, and the advice must name that one.
    void devicePhoneNumberRefusalNamesItsScope()
    {
        open();
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        auto *device = child<QPushButton>(m_window.get(), "devicePhoneNumberButton");
        QTRY_VERIFY_WITH_TIMEOUT(device->isEnabled(), 5000);
        click(device);
        QTRY_VERIFY_WITH_TIMEOUT(text("devicePhoneNumberResult").contains(QLatin1String("403")),
                                 20000);
        const QString said = text("devicePhoneNumberResult");
        QVERIFY2(said.contains(
                     QLatin1String("needs the scope number-verification:device-phone-number:read")),
                 qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("does not carry it")), qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("Add number-verification:verify ")),
                 qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String("does not carry the number-verification:verify")),
                 qPrintable(said));
    }

    // Item 2: a run that does not start leaves no earlier verdict beside its reason.
    void notStartedClearsThePreviousVerdict()
    {
        open();
        runWith(QStringLiteral("+34600000001"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Not verified"), 45000);
        auto *device = child<QPushButton>(m_window.get(), "devicePhoneNumberButton");
        QTRY_VERIFY_WITH_TIMEOUT(device->isEnabled(), 5000);
        click(device);
        QTRY_VERIFY_WITH_TIMEOUT(text("devicePhoneNumberResult").contains(QLatin1String("403")),
                                 20000);

        runWith(QStringLiteral("12345"));
        QTRY_VERIFY_WITH_TIMEOUT(text("flowMessage").startsWith(QLatin1String("Not started")),
                                 5000);
        QCOMPARE(verdict(), QStringLiteral("Not started"));
        QVERIFY2(!text("resultHeadline").contains(QLatin1String("+34600000001")),
                 qPrintable(text("resultHeadline")));
        QVERIFY(text("resultHeadline").contains(QLatin1String("12345")));
        QVERIFY2(!text("devicePhoneNumberResult").contains(QLatin1String("403")),
                 qPrintable(text("devicePhoneNumberResult")));
        QVERIFY2(text("runCorrelationId").startsWith(QLatin1String("Previous run")),
                 qPrintable(text("runCorrelationId")));

        // A new run that starts drops the device-phone-number answer of the one before.
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        click(device);
        QTRY_VERIFY_WITH_TIMEOUT(text("devicePhoneNumberResult").contains(QLatin1String("403")),
                                 20000);
        runWith(QStringLiteral("+34600000001"));
        QTRY_VERIFY_WITH_TIMEOUT(!text("devicePhoneNumberResult").contains(QLatin1String("403")),
                                 5000);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Not verified"), 45000);
        QVERIFY(text("runCorrelationId").startsWith(QLatin1String("This run")));
    }

    // Item 4: Deny on the consent page is the person's refusal, not a network problem.
    void denyOnTheConsentPageIsARefusal()
    {
        open();
        auto *picker = child<QComboBox>(m_window.get(), "sandboxScenario");
        QVERIFY(choose(picker, QStringLiteral("Consent page")));
        runWith(SandboxConfig::defaults().msisdn);
        auto *view = m_window->findChild<QWebEngineView *>();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(m_window.get(), "browserAddress")
                                     ->text()
                                     .contains(QLatin1String("/consent")),
                                 60000);
        clickInPage(view, QStringLiteral("deny"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Authorization failed"), 30000);
        const QString why = text("resultExplanation");
        QVERIFY2(why.contains(QLatin1String("refused on the operator's page")), qPrintable(why));
        QVERIFY2(!why.contains(QLatin1String("mobile data")), qPrintable(why));
        QVERIFY2(!why.contains(QLatin1String("Wi-Fi")), qPrintable(why));
    }

    // Item 5: a host that does not resolve is said in words, with Chromium's code as detail.
    void unresolvableHostIsSaidInWords()
    {
        open();
        click(child<QPushButton>(m_window.get(), "profileDuplicate"));
        enter("authorizeUrl", QStringLiteral("https://nv-demo-host.invalid/authorize"));
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(text("stageState_authorize"), QStringLiteral("failed"), 60000);
        const QString said = text("resultHeadline") + QLatin1Char(' ') + text("resultFootnote") +
                             QLatin1Char(' ') + text("flowMessage") + QLatin1Char(' ') +
                             text("stageDetail_authorize");
        QVERIFY2(said.contains(
                     QLatin1String("the host name nv-demo-host.invalid could not be found (DNS)")),
                 qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("(net::ERR_NAME_NOT_RESOLVED)")), qPrintable(said));
        QVERIFY2(!said.contains(QLatin1String(": net::ERR_NAME_NOT_RESOLVED")), qPrintable(said));
    }

    // Item 6: the middle column never cuts its content: the "Send it anyway" line and the
    // buttons stay inside it, and after a run its left edge is still where it starts.
    void middleColumnFitsWhatItShows()
    {
        open();
        m_window->resize(1366, 768);
        auto *area = child<QScrollArea>(m_window.get(), "flowArea");
        auto *panel = child<QWidget>(m_window.get(), "flowPanel");
        auto *sendAnyway = child<QCheckBox>(m_window.get(), "sendInvalidNumber");
        QVERIFY(area && panel && sendAnyway);
        // The person makes the middle column as narrow as it goes, dragging its right handle.
        auto *columns = child<QSplitter>(m_window.get(), "topSplitter");
        QSplitterHandle *handle = columns->handle(2);
        const QPoint grip(handle->width() / 2, handle->height() / 2);
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip - QPoint(200, 0));
        QTest::mouseMove(handle, grip - QPoint(600, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(600, 0));
        QTRY_COMPARE_WITH_TIMEOUT(area->width(), area->minimumWidth(), 5000);

        typeInto(child<QLineEdit>(m_window.get(), "phoneNumber"), QStringLiteral("12345"));
        QTRY_VERIFY_WITH_TIMEOUT(sendAnyway->isVisible(), 5000);
        const auto insideViewport = [area](QWidget *widget) {
            const QRect shown(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
            return shown.left() >= 0 && shown.right() < area->viewport()->width();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(panel->width() <= area->viewport()->width(),
                                  qPrintable(QStringLiteral("panel %1 wide in a viewport of %2")
                                                 .arg(panel->width())
                                                 .arg(area->viewport()->width())),
                                  5000);
        QVERIFY(insideViewport(sendAnyway));
        QVERIFY(insideViewport(child<QPushButton>(m_window.get(), "newFlowButton")));

        QTest::mouseClick(sendAnyway, Qt::LeftButton, {},
                          QPoint(8, sendAnyway->height() / 2)); // on the box itself
        QVERIFY(sendAnyway->isChecked());
        click(child<QPushButton>(m_window.get(), "runButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!verdict().startsWith(QLatin1String("Checking")), 60000);
        QCOMPARE(area->horizontalScrollBar()->value(), 0);
        QCOMPARE(panel->mapTo(area->viewport(), QPoint(0, 0)).x(), 0);
        QVERIFY(insideViewport(sendAnyway));
        QVERIFY(insideViewport(child<QPushButton>(m_window.get(), "newFlowButton")));
    }

    // On a 1366×768 laptop, normal and presenting: the 403 "not on the mobile network" verdict's
    // headline, explanation, remedy and the operator's words are all readable, each label tall
    // enough for its wrapped text and either inside the result area's viewport or reachable by
    // its scroll bar, which is then shown (it was cut at "What to do: Run the authorize").
    void notOnMobileNetworkIsReadableOnALaptop_data()
    {
        QTest::addColumn<bool>("presenting");
        QTest::newRow("normal") << false;
        QTest::newRow("presentation") << true;
    }

    void notOnMobileNetworkIsReadableOnALaptop()
    {
        QFETCH(bool, presenting);
        open({QStringLiteral("--sandbox-scenario"), QStringLiteral("not-on-mobile-network")});
        m_window->resize(1366, 768);
        if (presenting)
            QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->isPresenting(), presenting);
        click(child<QPushButton>(m_window.get(), "runButton"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Operator error"), 60000);
        QVERIFY(text("resultAdvice").contains(QLatin1String("then verify again")));
        save(presenting ? "not-on-mobile-network-presentation-1366x768.png"
                        : "not-on-mobile-network-1366x768.png");

        auto *area = child<QScrollArea>(m_window.get(), "resultArea");
        QVERIFY(area && area->isVisible());
        QWidget *content = area->widget();
        QScrollBar *bar = area->verticalScrollBar();
        const int viewport = area->viewport()->height();
        for (const char *name : {"verdictLabel", "resultHeadline", "resultExplanation",
                                 "resultAdvice", "resultFootnote"}) {
            auto *label = child<QLabel>(m_window.get(), name);
            QVERIFY2(label && label->isVisible(), name);
            // The whole wrapped text fits the label: nothing cut at its bottom or right edge.
            const int needed = label->hasHeightForWidth() ? label->heightForWidth(label->width())
                                                          : label->sizeHint().height();
            QVERIFY2(label->height() >= needed, qPrintable(QStringLiteral("%1: %2 of %3 px high")
                                                               .arg(name)
                                                               .arg(label->height())
                                                               .arg(needed)));
            QVERIFY2(label->width() <= area->viewport()->width(), name);
            // Inside the viewport now, or reachable by the shown scroll bar.
            const QRect inContent(label->mapTo(content, QPoint(0, 0)), label->size());
            const bool shown =
                inContent.top() >= bar->value() && inContent.bottom() < bar->value() + viewport;
            const bool reachable = bar->isVisible() && inContent.top() >= 0 &&
                                   inContent.bottom() < bar->maximum() + viewport;
            QVERIFY2(shown || reachable,
                     qPrintable(QStringLiteral("%1 at %2..%3, viewport %4 high at %5, bar %6")
                                    .arg(name)
                                    .arg(inContent.top())
                                    .arg(inContent.bottom())
                                    .arg(viewport)
                                    .arg(bar->value())
                                    .arg(bar->isVisible() ? "shown" : "hidden")));
        }
        // The explanation and the remedy are read without scrolling: they are the point.
        for (const char *name : {"resultExplanation", "resultAdvice"}) {
            auto *label = child<QLabel>(m_window.get(), name);
            const QRect inViewport(label->mapTo(area->viewport(), QPoint(0, 0)), label->size());
            QVERIFY2(inViewport.top() >= 0 && inViewport.bottom() < viewport,
                     qPrintable(QStringLiteral("%1 at %2..%3 in a viewport %4 high")
                                    .arg(name)
                                    .arg(inViewport.top())
                                    .arg(inViewport.bottom())
                                    .arg(viewport)));
        }
    }

    // Item 8: on a small screen the operator's page that waits for the person gets the room,
    // with its buttons in sight; Esc clears the page of the cancelled run.
    void waitingPageShowsItsButtonsAndGoesOnCancel()
    {
        open();
        m_window->resize(1280, 720);
        auto *picker = child<QComboBox>(m_window.get(), "sandboxScenario");
        QVERIFY(choose(picker, QStringLiteral("Consent page")));
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_window.get(), "browserBanner")->isVisible(),
                                 60000);
        auto *view = m_window->findChild<QWebEngineView *>();
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(
            pageValue(view, QStringLiteral("document.getElementById('allow')!==null")).toBool(),
            20000);
        save("waiting-page-1280x720.png");
        // In sight without scrolling: the button's bottom edge is inside the page's window.
        const QVariant shown = pageValue(
            view, QStringLiteral("(function(){var r=document.getElementById('allow')"
                                 ".getBoundingClientRect();return r.bottom<=window.innerHeight"
                                 "&&r.top>=0;})()"));
        QVERIFY2(
            shown.toBool(),
            qPrintable(QStringLiteral("view %1 px high; Allow ends at %2")
                           .arg(view->height())
                           .arg(pageValue(view, QStringLiteral("document.getElementById('allow')."
                                                               "getBoundingClientRect().bottom"))
                                    .toString())));

        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Cancelled"), 10000);
        // The cancelled run's page is gone: nothing left that looks answerable.
        QTRY_VERIFY_WITH_TIMEOUT(!view->isVisible(), 5000);
        QVERIFY2(text("browserPlaceholder").contains(QLatin1String("cancelled")),
                 qPrintable(text("browserPlaceholder")));
    }

    // Item 9: presenting hides the profile column, not the scenario picker: a demo switches
    // scenarios live.
    void presentationKeepsTheScenarioPicker()
    {
        open();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QWidget>(m_window.get(), "profileArea")->isVisible(), 5000);
        auto *picker = child<QComboBox>(m_window.get(), "presentationScenario");
        QVERIFY(picker);
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->currentText(), QStringLiteral("Match"));
        QVERIFY(choose(picker, QStringLiteral("Mismatch")));
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(m_window.get()).contains(QLatin1String("Mismatch")),
                                 10000);
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Not verified"), 45000);
        save("presenting-scenario.png");
        // Back at the desk, the profile column's own picker says the same.
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!picker->isVisible(), 5000);
        QCOMPARE(child<QComboBox>(m_window.get(), "sandboxScenario")->currentText(),
                 QStringLiteral("Mismatch"));
    }

    // Item 10: on a first start the request log shows ten rows and more, not five.
    void requestLogShowsTenRows()
    {
        open();
        m_window->resize(1600, 1000);
        auto *log = child<QWidget>(m_window.get(), "requestLogView");
        QVERIFY(log);
        auto *table = log->findChild<QTableView *>();
        QVERIFY(table);
        const auto rows = [table] {
            return table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(
            rows() >= 10,
            qPrintable(
                QStringLiteral("%1 rows in %2 px").arg(rows()).arg(table->viewport()->height())),
            5000);
    }

    // Item 7: presenting, switching the theme, and leaving brings back exactly the layout that
    // was there, with the right column unclipped; a saved layout that squeezed it is repaired.
    void leavingPresentationRestoresTheLayout()
    {
        open();
        m_window->resize(1600, 1000);
        auto *columns = child<QSplitter>(m_window.get(), "topSplitter");
        auto *right = child<QSplitter>(m_window.get(), "resultSplitter");
        QTRY_VERIFY_WITH_TIMEOUT(columns->width() > 1500, 5000);
        const QList<int> columnsBefore = columns->sizes();
        const QList<int> rightBefore = right->sizes();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QWidget>(m_window.get(), "profileArea")->isVisible(), 5000);
        auto *dark = m_window->findChild<QAction *>(QStringLiteral("actionThemeDark"));
        QVERIFY(dark);
        dark->trigger(); // View → Theme → Dark
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(m_window.get(), "profileArea")->isVisible(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(columns->sizes(), columnsBefore, 5000);
        QCOMPARE(right->sizes(), rightBefore);
        // The middle column gives way to the left again: its handle moves.
        QSplitterHandle *handle = columns->handle(2);
        const QPoint grip(handle->width() / 2, handle->height() / 2);
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip - QPoint(60, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(60, 0));
        QTRY_VERIFY_WITH_TIMEOUT(columns->sizes().value(2) > columnsBefore.value(2), 5000);

        // A saved layout that squeezes the right column to a strip opens repaired.
        QSplitter squeezed(Qt::Horizontal);
        for (int i = 0; i < 3; ++i)
            squeezed.addWidget(new QWidget);
        squeezed.resize(1600, 100);
        squeezed.setSizes({350, 1150, 100});
        const QByteArray state = squeezed.saveState();
        m_window.reset();
        ConsoleSettings::setSplitterState(ConsoleSettings::Splitter::Top, state);
        open();
        m_window->resize(1600, 1000);
        auto *result = child<QScrollArea>(m_window.get(), "resultArea");
        QTRY_VERIFY2_WITH_TIMEOUT(result->width() >= result->widget()->minimumSizeHint().width(),
                                  qPrintable(QStringLiteral("result %1 px, needs %2")
                                                 .arg(result->width())
                                                 .arg(result->widget()->minimumSizeHint().width())),
                                  5000);
        auto *tokens = child<QScrollArea>(m_window.get(), "tokenArea");
        QVERIFY2(tokens->width() >= tokens->widget()->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("tokens %1 px, needs %2")
                                .arg(tokens->width())
                                .arg(tokens->widget()->minimumSizeHint().width())));
    }

    // Item 16 (spaces): a number typed as written on a card is offered in E.164, one click.
    void spacedNumberIsOfferedWithoutSpaces()
    {
        open();
        auto *phone = child<QLineEdit>(m_window.get(), "phoneNumber");
        typeInto(phone, QStringLiteral("+34 600 000 001"));
        auto *tidy = child<QPushButton>(m_window.get(), "phoneTidyButton");
        QVERIFY(tidy);
        QTRY_VERIFY_WITH_TIMEOUT(tidy->isVisible(), 5000);
        QVERIFY2(tidy->text().contains(QLatin1String("+34600000001")), qPrintable(tidy->text()));
        click(tidy);
        QCOMPARE(phone->text(), QStringLiteral("+34600000001"));
        QVERIFY(text("phoneCheck").startsWith(QStringLiteral("✓ E.164")));
        QVERIFY(!tidy->isVisible());
        // Nothing to offer for a number that stays wrong without its spaces.
        typeInto(phone, QStringLiteral("12 345"));
        QVERIFY(!tidy->isVisible());
    }

    // Item 16 (tooltips): Prompt says what it is for, not only "none"; konera_context has one.
    void promptAndKoneraContextExplainThemselves()
    {
        open();
        auto *prompt = child<QLineEdit>(m_window.get(), "prompt");
        auto *context = child<QLineEdit>(m_window.get(), "koneraContext");
        QVERIFY(prompt && context);
        QVERIFY2(prompt->toolTip().contains(QLatin1String("OIDC prompt")),
                 qPrintable(prompt->toolTip()));
        QVERIFY(prompt->toolTip() != prompt->text());
        QVERIFY2(context->toolTip().contains(QLatin1String("IP hints")),
                 qPrintable(context->toolTip()));
    }

    // Item 13: a Flow-menu item that cannot act is disabled and says why; it comes alive when
    // it can.
    void flowMenuSaysWhyAnItemCannotAct()
    {
        open();
        auto *verify = m_window->findChild<QAction *>(QStringLiteral("actionVerify"));
        auto *device = m_window->findChild<QAction *>(QStringLiteral("actionDevicePhoneNumber"));
        auto *cancel = m_window->findChild<QAction *>(QStringLiteral("actionCancel"));
        QVERIFY(verify && device && cancel);
        QVERIFY(!verify->isEnabled());
        QVERIFY2(verify->toolTip().contains(QLatin1String("No access token")),
                 qPrintable(verify->toolTip()));
        QVERIFY(!device->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(cancel->toolTip().contains(QLatin1String("Nothing is running")));
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        QTRY_VERIFY_WITH_TIMEOUT(verify->isEnabled(), 5000);
        QVERIFY(device->isEnabled());
        QVERIFY(!verify->toolTip().contains(QLatin1String("No access token")));
        // And it acts: Ctrl+Return verifies the number again on the same token.
        typeInto(child<QLineEdit>(m_window.get(), "phoneNumber"), QStringLiteral("+34600000001"));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Not verified"), 20000);
    }

    // Item 14: in the dark theme, check boxes and text fields have a visible edge.
    void darkThemeFieldsAndCheckBoxesHaveEdges()
    {
        open();
        auto *dark = m_window->findChild<QAction *>(QStringLiteral("actionThemeDark"));
        QVERIFY(dark);
        dark->trigger(); // View → Theme → Dark
        const QColor window = m_window->palette().color(QPalette::Window);
        QVERIFY2(window.lightness() < 80, qPrintable(window.name()));
        const auto contrast = [&window](const QColor &edge) {
            return std::max({std::abs(edge.red() - window.red()),
                             std::abs(edge.green() - window.green()),
                             std::abs(edge.blue() - window.blue())});
        };
        auto *field = child<QLineEdit>(m_window.get(), "correlationId");
        QVERIFY(field);
        const QImage fieldImage = field->grab().toImage();
        const QColor fieldEdge = fieldImage.pixelColor(0, fieldImage.height() / 2);
        QVERIFY2(contrast(fieldEdge) >= 30,
                 qPrintable(QStringLiteral("edge %1 on %2").arg(fieldEdge.name(), window.name())));

        auto *box = child<QCheckBox>(m_window.get(), "sendHashed");
        QVERIFY(box);
        QStyleOptionButton option;
        option.initFrom(box);
        const QRect indicator =
            box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
        const QImage boxImage = box->grab().toImage();
        const QColor boxEdge = boxImage.pixelColor(indicator.left(), indicator.center().y());
        QVERIFY2(contrast(boxEdge) >= 30, qPrintable(QStringLiteral("edge %1 on %2 at %3,%4")
                                                         .arg(boxEdge.name(), window.name())
                                                         .arg(indicator.left())
                                                         .arg(indicator.center().y())));
        save("dark-fields.png");
        // Leave the theme as the other cases expect it.
        m_window->findChild<QAction *>(QStringLiteral("actionThemeSystem"))->trigger();
    }

    // Item 15: Help → About says the version, the Qt version and the libraries' licences;
    // Help → Keyboard shortcuts lists the window's own keys.
    void helpMenuTellsVersionLicencesAndKeys()
    {
        open();
        auto *about = m_window->findChild<QAction *>(QStringLiteral("actionAbout"));
        auto *keys = m_window->findChild<QAction *>(QStringLiteral("actionShortcuts"));
        QVERIFY(about && keys);
        QString aboutText;
        whenModal([&aboutText](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
                aboutText = box->text();
                box->close();
            }
        });
        about->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!aboutText.isEmpty(), 10000);
        QVERIFY2(aboutText.contains(QCoreApplication::applicationVersion()), qPrintable(aboutText));
        QVERIFY(aboutText.contains(QLatin1String(QT_VERSION_STR)));
        QVERIFY(aboutText.contains(QLatin1String("LGPL-3.0")));
        QVERIFY(aboutText.contains(QLatin1String("libphonenumber")));
        QString keysText;
        whenModal([&keysText](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
                keysText = box->text();
                box->close();
            }
        });
        keys->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!keysText.isEmpty(), 10000);
        QVERIFY2(keysText.contains(QLatin1String("Run flow")) &&
                     keysText.contains(QLatin1String("Ctrl+R")),
                 qPrintable(keysText));
        QVERIFY(keysText.contains(QLatin1String("Presentation mode")));
    }
};

QTEST_MAIN(TestDemoPolish)
#include "tst_demopolish.moc"
