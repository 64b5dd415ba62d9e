#include "LogTableModel.h"
#include "UiStyle.h"
#include "WindowDriver.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxScenario.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace nv;
using namespace nvtest;

// Saves pictures of the window in its main states (idle, a flow running, verified, not
// verified, an error, presentation mode, the dark theme), for a person to look at and for the
// documentation. Fails when a picture cannot be taken or saved.
class TestScreenshots : public QObject
{
    Q_OBJECT
private:
    static QString target(const char *name)
    {
        return QDir(QStringLiteral(NV_SCREENSHOT_DIR)).filePath(QLatin1String(name));
    }

    static void save(QWidget *window, const char *name)
    {
        QTest::qWait(300); // let the last layout and paint settle
        const QPixmap picture = window->grab();
        QVERIFY(!picture.isNull());
        QCOMPARE(picture.size(), window->size() * picture.devicePixelRatio());
        QVERIFY2(picture.save(target(name)), target(name).toUtf8());
    }

    static std::unique_ptr<MainWindow> open()
    {
        auto window = openWindow({QStringLiteral("--profile"), Profile::builtInSandbox().name});
        if (!QTest::qWaitFor(
                [&] { return sandboxStatus(window.get()).contains(QLatin1String("running")); },
                20000))
            qWarning("the sandbox did not start");
        return window;
    }

    static bool pickScenario(QWidget *window, const QString &id)
    {
        const auto scenario = SandboxScenario::fromId(id);
        return scenario && choose(child<QComboBox>(window, "sandboxScenario"), scenario->title) &&
               QTest::qWaitFor([&] { return sandboxStatus(window).contains(scenario->title); },
                               10000);
    }

    static void showVerifyCallInLog(QWidget *window)
    {
        click(child<QPushButton>(window, "logThisRun"));
        auto *table = child<QTableView>(window, "logTable");
        QTRY_VERIFY_WITH_TIMEOUT(
            columnValues(table, LogTableModel::StepColumn).contains(QLatin1String("verify")),
            10000);
        const int row =
            int(columnValues(table, LogTableModel::StepColumn).indexOf(QLatin1String("verify")));
        const QRect cell = table->visualRect(table->model()->index(row, LogTableModel::HostPath));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void mainStates()
    {
        auto window = open();
        QCOMPARE(window->size(), QSize(1280, 860));
        save(window.get(), "main-window-idle.png");

        // A flow running: the slow operator answers every hop late.
        QVERIFY(pickScenario(window.get(), QStringLiteral("slow")));
        typeInto(child<QLineEdit>(window.get(), "phoneNumber"), QStringLiteral("+34666666666"));
        click(child<QPushButton>(window.get(), "runButton"));
        auto *verdict = child<QLabel>(window.get(), "verdictLabel");
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window.get(), "stageState_code"),
                                  QStringLiteral("done"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window.get(), "stageState_token"),
                                  QStringLiteral("running…"), 10000);
        save(window.get(), "main-window-running.png");
        QTRY_COMPARE_WITH_TIMEOUT(verdict->text(), QStringLiteral("Verified"), 60000);

        QVERIFY(pickScenario(window.get(), QStringLiteral("match")));
        click(child<QPushButton>(window.get(), "runButton"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict->text(), QStringLiteral("Verified"), 45000);
        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(window.get(), "idTokenSignature").contains(QLatin1String("Valid")), 10000);
        showVerifyCallInLog(window.get());
        save(window.get(), "main-window-verified.png");

        typeInto(child<QLineEdit>(window.get(), "phoneNumber"), QStringLiteral("+34600000001"));
        click(child<QPushButton>(window.get(), "verifyButton"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict->text(), QStringLiteral("Not verified"), 20000);
        save(window.get(), "main-window-not-verified.png");

        // Presentation mode, as on a projector.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window->isPresenting());
        typeInto(child<QLineEdit>(window.get(), "phoneNumber"), QStringLiteral("+34666666666"));
        click(child<QPushButton>(window.get(), "verifyButton"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict->text(), QStringLiteral("Verified"), 20000);
        save(window.get(), "main-window-presentation.png");
        typeInto(child<QLineEdit>(window.get(), "phoneNumber"), QStringLiteral("+34600000001"));
        click(child<QPushButton>(window.get(), "verifyButton"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict->text(), QStringLiteral("Not verified"), 20000);
        save(window.get(), "main-window-presentation-not-verified.png");
        typeInto(child<QLineEdit>(window.get(), "phoneNumber"), QStringLiteral("+34666666666"));

        // An error, explained where the person looks.
        QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!window->isPresenting());
        QVERIFY(pickScenario(window.get(), QStringLiteral("not-on-mobile-network")));
        click(child<QPushButton>(window.get(), "runButton"));
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window.get(), "stageState_verify"),
                                  QStringLiteral("failed"), 45000);
        QCOMPARE(verdict->text(), QStringLiteral("Operator error"));
        save(window.get(), "main-window-error.png");
        QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        // The same error, presented: the picture must show it, not the form.
        QVERIFY(window->isPresenting());
        QVERIFY(!child<QWidget>(window.get(), "profileArea")->isVisible());
        QCOMPARE(verdict->text(), QStringLiteral("Operator error"));
        QCOMPARE(labelText(window.get(), "stageState_verify"), QStringLiteral("failed"));
        QVERIFY2(labelText(window.get(), "resultHeadline").contains(QLatin1String("403")),
                 qPrintable(labelText(window.get(), "resultHeadline")));
        save(window.get(), "main-window-presentation-error.png");
        QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(pickScenario(window.get(), QStringLiteral("match")));

        // A fresh start, so the picture shows the refused number and no earlier result.
        click(child<QPushButton>(window.get(), "newFlowButton"));
        typeInto(child<QLineEdit>(window.get(), "phoneNumber"), QStringLiteral("0034666666666"));
        click(child<QPushButton>(window.get(), "runButton"));
        // Flagged under the number and under Run flow, and nothing sent.
        QCOMPARE(verdict->text(), QStringLiteral("No run yet"));
        QVERIFY(!window->currentRun());
        auto *check = child<QLabel>(window.get(), "phoneCheck");
        QVERIFY(check->isVisible());
        QVERIFY2(check->text().contains(QLatin1String("Not an E.164 number")),
                 qPrintable(check->text()));
        auto *message = child<QLabel>(window.get(), "flowMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("not an E.164 number")),
                 qPrintable(message->text()));
        save(window.get(), "main-window-bad-number.png");
    }

    // The dark theme, chosen in View → Theme; nothing stays white.
    void darkTheme()
    {
        auto window = open();
        auto *dark = window->findChild<QAction *>(QStringLiteral("actionThemeDark"));
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(UiStyle::isDark(QApplication::palette()));
        click(child<QPushButton>(window.get(), "runButton"));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(window.get(), "verdictLabel")->text(),
                                  QStringLiteral("Verified"), 45000);
        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(window.get(), "idTokenSignature").contains(QLatin1String("Valid")), 10000);
        showVerifyCallInLog(window.get());
        save(window.get(), "main-window-dark-verified.png");

        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        // Presenting, still dark, still the verified run.
        QVERIFY(window->isPresenting());
        QVERIFY(!child<QWidget>(window.get(), "profileArea")->isVisible());
        QVERIFY(UiStyle::isDark(QApplication::palette()));
        QCOMPARE(child<QLabel>(window.get(), "verdictLabel")->text(), QStringLiteral("Verified"));
        save(window.get(), "main-window-dark-presentation.png");
        QTest::keyClick(window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);

        window->findChild<QAction *>(QStringLiteral("actionThemeSystem"))->trigger();
        QVERIFY(!UiStyle::isDark(QApplication::palette()));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
