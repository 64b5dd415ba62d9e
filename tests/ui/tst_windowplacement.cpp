#include "ConsoleSettings.h"
#include "Translations.h"
#include "WindowDriver.h"
#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QStatusBar>
#include <QTest>

using namespace nv;
using namespace nvtest;

// Where the window lands: the rule on its own (numbers in, geometry out), then the real window
// on a 1366×768 laptop screen (ctest gives this test an offscreen screen of that size) with a
// geometry remembered from a larger screen or a projector that is gone; and at twice the scale
// on a 1920×1080 screen (tst_windowplacement_hidpi), where the window has 960×540 to fit in.
class TestWindowPlacement : public QObject
{
    Q_OBJECT
private:
    const QRect laptop{0, 0, 1366, 740}; // 768 less a 28 px panel
    const QRect projector{1366, 0, 1024, 768};

    static QByteArray geometryOf(const QRect &rect)
    {
        QMainWindow other;
        other.setGeometry(rect);
        return other.saveGeometry();
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    // The HiDPI run is in Spanish (ctest sets LANGUAGE=es): longer words, wider controls.
    void initTestCase() { installTranslations(); }

    void fitsWhatFits()
    {
        const QRect wanted(100, 50, 1000, 600);
        QCOMPARE(WindowPlacement::fit(wanted, {laptop}), wanted);
    }

    void shrinksToTheScreen()
    {
        // The first size (1280×860) on a 1366×768 laptop: the bottom would fall off.
        const QRect placed = WindowPlacement::fit({40, 30, 1280, 860}, {laptop});
        QCOMPARE(placed, QRect(40, 0, 1280, 740));
    }

    void bringsBackWhatIsOffEveryScreen()
    {
        // Remembered on a projector to the right that is no longer there.
        const QRect placed = WindowPlacement::fit({1500, 100, 900, 600}, {laptop});
        QVERIFY(laptop.contains(placed));
        QCOMPARE(placed.center(), laptop.center());
    }

    void staysOnTheScreenItMostlyShowsOn()
    {
        // Mostly on the projector, its right edge past it: moved inside the projector.
        const QRect placed = WindowPlacement::fit({1900, 100, 900, 600}, {laptop, projector});
        QVERIFY2(projector.contains(placed), qPrintable(QDebug::toString(placed)));
        QCOMPARE(placed.size(), QSize(900, 600));
    }

    void aboveAndLeftOfTheScreenComesBack()
    {
        const QRect placed = WindowPlacement::fit({-300, -200, 800, 500}, {laptop});
        QCOMPARE(placed.topLeft(), laptop.topLeft());
        QCOMPARE(placed.size(), QSize(800, 500));
    }

    void minimumWinsOverAScreenTooSmall()
    {
        const QRect tiny(0, 0, 640, 480);
        const QRect placed = WindowPlacement::fit({0, 0, 1280, 860}, {tiny}, {700, 500});
        QCOMPARE(placed.size(), QSize(700, 500));
        QCOMPARE(placed.topLeft(), tiny.topLeft());
    }

    // The real window on the 1366×768 screen ctest configured.
    void firstStartFitsTheLaptop()
    {
        // 1366×768, or 960×540 when ctest runs this at QT_SCALE_FACTOR=2 on 1920×1080.
        QScreen *screen = QGuiApplication::primaryScreen();
        auto window = openWindow();
        const QRect available = screen->availableGeometry();
        qInfo() << "screen" << screen->size() << "scale" << screen->devicePixelRatio()
                << "window minimum" << window->minimumSizeHint() << "frame"
                << window->frameGeometry();
        for (const char *part :
             {"topSplitter", "requestLogView", "profileArea", "flowArea", "resultSplitter"})
            if (auto *widget = window->findChild<QWidget *>(QLatin1String(part)))
                qInfo() << part << "minimum" << widget->minimumSizeHint() << widget->minimumSize();
        qInfo() << "status bar minimum" << window->statusBar()->minimumSizeHint();
        QVERIFY2(window->minimumSizeHint().width() <= available.width() &&
                     window->minimumSizeHint().height() <= available.height(),
                 qPrintable(QDebug::toString(window->minimumSizeHint())));
        QTRY_VERIFY2(available.contains(window->frameGeometry()),
                     qPrintable(QDebug::toString(window->frameGeometry())));
        // The status bar, at the bottom, is on screen.
        const QRect status(window->statusBar()->mapToGlobal(QPoint(0, 0)),
                           window->statusBar()->size());
        QVERIFY(available.contains(status));
    }

    void rememberedGeometryIsRepaired_data()
    {
        QTest::addColumn<QRect>("remembered");
        QTest::newRow("off every screen") << QRect(4000, 3000, 1200, 700);
        QTest::newRow("larger than the screen") << QRect(0, 0, 2560, 1440);
        QTest::newRow("bottom off the screen") << QRect(200, 400, 1100, 700);
    }

    void rememberedGeometryIsRepaired()
    {
        QFETCH(QRect, remembered);
        ConsoleSettings::setWindowGeometry(geometryOf(remembered));
        auto window = openWindow();
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QTRY_VERIFY2(available.contains(window->frameGeometry()),
                     qPrintable(QDebug::toString(window->frameGeometry())));
        ConsoleSettings::setWindowGeometry({});
    }
};

QTEST_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"
