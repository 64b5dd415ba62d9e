#include "WindowDriver.h"
#include "flow/FlowRun.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxScenario.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace nv;
using namespace nvtest;

// The sandbox's scenarios, picked in the console's scenario picker while the sandbox runs (no
// restart), each run to its end through the window, with a picture of each for a person to
// look at.
class TestConsoleScenarios : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;

    QString text(const char *name) const { return labelText(m_window.get(), name); }

    static void save(QWidget *window, const char *name)
    {
        QTest::qWait(300); // let the last layout and paint settle
        const QString path = QDir(QStringLiteral(NV_SCREENSHOT_DIR)).filePath(QLatin1String(name));
        const QPixmap picture = window->grab();
        QVERIFY(!picture.isNull());
        QVERIFY2(picture.save(path), qPrintable(path));
    }

    // Opens the window, waits for its sandbox, and picks the scenario in the picker.
    void openWithScenario(const QString &id)
    {
        m_window = openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(m_window.get()).contains(QLatin1String("running")),
                                 20000);
        auto *picker = child<QComboBox>(m_window.get(), "sandboxScenario");
        QVERIFY(picker && picker->isVisible());
        const auto scenario = SandboxScenario::fromId(id);
        QVERIFY(scenario);
        QVERIFY(choose(picker, scenario->title));
        // The running sandbox switched: the status bar says so.
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(m_window.get()).contains(scenario->title), 10000);
        QCOMPARE(m_window->sandbox()->scenario(), id);
    }

    void run()
    {
        auto *runButton = child<QPushButton>(m_window.get(), "runButton");
        QVERIFY(runButton->isEnabled());
        click(runButton);
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void cleanup() { m_window.reset(); }

    void mismatchIsNotVerified()
    {
        openWithScenario(QStringLiteral("mismatch"));
        run();
        QTRY_COMPARE_WITH_TIMEOUT(text("verdictLabel"), QStringLiteral("Not verified"), 60000);
        QVERIFY(text("resultHeadline").contains(QLatin1String("is not the number")));
        save(m_window.get(), "scenario-mismatch.png");
    }

    void notOnMobileNetworkIsExplained()
    {
        openWithScenario(QStringLiteral("not-on-mobile-network"));
        run();
        QTRY_COMPARE_WITH_TIMEOUT(text("stageState_verify"), QStringLiteral("failed"), 60000);
        QCOMPARE(text("verdictLabel"), QStringLiteral("Operator error"));
        QVERIFY2(text("resultHeadline")
                     .contains(QLatin1String(
                         "NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK")),
                 qPrintable(text("resultHeadline")));
        QVERIFY(text("resultHeadline").contains(QLatin1String("403")));
        // The explanation says why in words, and what to do.
        QVERIFY2(text("resultExplanation").contains(QLatin1String("mobile data")),
                 qPrintable(text("resultExplanation")));
        QVERIFY2(text("resultAdvice").contains(QLatin1String("Wi-Fi off")),
                 qPrintable(text("resultAdvice")));
        // The steps before verify went through: the token was granted.
        QCOMPARE(text("stageState_token"), QStringLiteral("done"));
        save(m_window.get(), "scenario-not-on-mobile-network.png");
    }

    void consentPageIsAnsweredInTheBrowser()
    {
        openWithScenario(QStringLiteral("consent"));
        run();
        // The operator's page waits for the person, and the window says so above it.
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_window.get(), "browserBanner")->isVisible(),
                                 60000);
        QVERIFY(text("browserBanner").contains(QLatin1String("waits for an answer")));
        QCOMPARE(text("stageState_authorize"), QStringLiteral("running…"));
        auto *tabs = child<QTabWidget>(m_window.get(), "detailTabs");
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("browserPane"));
        auto *view = m_window->findChild<QWebEngineView *>();
        QVERIFY(view && view->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(m_window.get(), "browserAddress")
                                     ->text()
                                     .contains(QLatin1String("/consent")),
                                 20000);
        QTest::qWait(500); // the page paints
        save(m_window.get(), "scenario-consent.png");

        // The person clicks Allow: the real button of the operator's form.
        bool clicked = false;
        view->page()->runJavaScript(
            QStringLiteral("(function(){var b=document.getElementById('allow');"
                           "if(!b)return false;b.click();return true;})()"),
            [&clicked](const QVariant &result) { clicked = result.toBool(); });
        QTRY_VERIFY_WITH_TIMEOUT(clicked, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(text("verdictLabel"), QStringLiteral("Verified"), 60000);
        QVERIFY(!child<QLabel>(m_window.get(), "browserBanner")->isVisible());
    }

    void chainThatStopsSaysWhere()
    {
        openWithScenario(QStringLiteral("unreachable"));
        run();
        QTRY_COMPARE_WITH_TIMEOUT(text("stageState_authorize"), QStringLiteral("failed"), 60000);
        // On the browser, where the person looks: where the chain stopped, and that the
        // redirect URI was never reached.
        auto *banner = child<QLabel>(m_window.get(), "browserBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
        QVERIFY2(text("browserBanner").contains(QLatin1String("without reaching the redirect URI")),
                 qPrintable(text("browserBanner")));
        QVERIFY(text("browserBanner").contains(QLatin1String("/authorize")));
        QVERIFY(text("flowMessage").contains(QLatin1String("authorize")));
        QCOMPARE(text("stageState_token"), QStringLiteral("waiting"));
        save(m_window.get(), "scenario-unreachable.png");
    }

    void cancelDuringAuthorize()
    {
        openWithScenario(QStringLiteral("consent"));
        run();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(m_window.get(), "browserBanner")->isVisible(),
                                 60000);
        QPointer<FlowRun> flow = m_window->currentRun();
        QVERIFY(flow && flow->isBusy());
        auto *cancel = child<QPushButton>(m_window.get(), "cancelButton");
        QVERIFY(cancel->isEnabled());
        click(cancel);
        QTRY_COMPARE_WITH_TIMEOUT(text("verdictLabel"), QStringLiteral("Cancelled"), 10000);
        QVERIFY(!flow->isBusy());
        QCOMPARE(text("stageState_authorize"), QStringLiteral("cancelled"));
        QCOMPARE(text("stageState_token"), QStringLiteral("waiting"));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(child<QPushButton>(m_window.get(), "runButton")->isEnabled());
    }
};

QTEST_MAIN(TestConsoleScenarios)
#include "tst_consolescenarios.moc"
