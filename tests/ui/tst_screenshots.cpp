#include "RequestLogModel.h"
#include "WindowDriver.h"
#include "sandbox/SandboxConfig.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace nv;
using namespace nvtest;

// Saves pictures of the window, idle and after a verified run, for a person to look at and for
// the documentation. Fails when a picture cannot be taken or saved.
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
        QTest::qWait(200); // let the last layout and paint settle
        const QPixmap picture = window->grab();
        QVERIFY(!picture.isNull());
        QCOMPARE(picture.size(), window->size() * picture.devicePixelRatio());
        QVERIFY2(picture.save(target(name)), target(name).toUtf8());
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void idleAndVerified()
    {
        auto window = openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(window.get()).contains(QLatin1String("running")),
                                 20000);
        QCOMPARE(window->size(), QSize(1280, 860));
        save(window.get(), "main-window-idle.png");

        typeInto(child<QLineEdit>(window.get(), "phoneNumber"), QStringLiteral("+34666666666"));
        click(child<QPushButton>(window.get(), "runButton"));
        auto *verdict = child<QLabel>(window.get(), "verdictLabel");
        QTRY_COMPARE_WITH_TIMEOUT(verdict->text(), QStringLiteral("Verified"), 45000);

        // Show this run's exchanges with the verify call selected, as in a demo.
        click(child<QPushButton>(window.get(), "logThisRun"));
        auto *table = child<QTableView>(window.get(), "logTable");
        QTRY_VERIFY_WITH_TIMEOUT(
            columnValues(table, RequestLogModel::StepColumn).contains(QLatin1String("verify")),
            10000);
        const int row =
            int(columnValues(table, RequestLogModel::StepColumn).indexOf(QLatin1String("verify")));
        const QRect cell = table->visualRect(table->model()->index(row, RequestLogModel::HostPath));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        save(window.get(), "main-window-verified.png");

        typeInto(child<QLineEdit>(window.get(), "phoneNumber"), QStringLiteral("+34600000001"));
        click(child<QPushButton>(window.get(), "verifyButton"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict->text(), QStringLiteral("Not verified"), 20000);
        save(window.get(), "main-window-not-verified.png");

        typeInto(child<QLineEdit>(window.get(), "phoneNumber"), QStringLiteral("0034666666666"));
        click(child<QPushButton>(window.get(), "runButton"));
        save(window.get(), "main-window-bad-number.png");
    }

    // The window takes its colours from the palette: with a dark one, nothing stays white.
    void darkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc9));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
        dark.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x52));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        const QPalette previous = QApplication::palette();
        QApplication::setPalette(dark);

        auto window = openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(window.get()).contains(QLatin1String("running")),
                                 20000);
        click(child<QPushButton>(window.get(), "runButton"));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(window.get(), "verdictLabel")->text(),
                                  QStringLiteral("Verified"), 45000);
        click(child<QPushButton>(window.get(), "logThisRun"));
        save(window.get(), "main-window-dark-verified.png");
        window.reset();
        QApplication::setPalette(previous);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
