#include "ConsoleSettings.h"
#include "Translations.h"
#include "WindowDriver.h"
#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QPixmap>
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

    // The labels shown whose text does not fit them: cut at the right or bottom edge.
    static QStringList clippedLabels(QWidget *window)
    {
        QStringList clipped;
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            // The status bar's values are cut on purpose rather than widen the window, and
            // shown whole in their tooltip.
            if (label->toolTip() == label->text())
                continue;
            const QSize need = label->minimumSizeHint();
            const int height =
                label->wordWrap() ? label->heightForWidth(label->width()) : need.height();
            if (label->height() < height || (!label->wordWrap() && label->width() < need.width()))
                clipped << QStringLiteral("%1 \"%2\": %3×%4, needs %5×%6")
                               .arg(label->objectName(), label->text().left(40))
                               .arg(label->width())
                               .arg(label->height())
                               .arg(label->wordWrap() ? label->width() : need.width())
                               .arg(height);
        }
        return clipped;
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
        // Every label shown is as large as its text needs, once the layouts have taken in the
        // texts set since the window opened (the log's count, the sandbox's status).
        QStringList clipped;
        QTRY_VERIFY2_WITH_TIMEOUT((clipped = clippedLabels(window.get())).isEmpty(),
                                  qPrintable(u'\n' + clipped.join(u'\n')), 5000);
    }

    // The window's icon is drawn from the SVG (or the theme's scalable one) at the screen's
    // pixel ratio: as many device pixels as the scale asks for, not a small bitmap stretched.
    void windowIconIsSharp()
    {
        auto window = openWindow();
        const qreal ratio = window->devicePixelRatioF();
        qInfo() << "device pixel ratio" << ratio;
        QCOMPARE(ratio, QGuiApplication::primaryScreen()->devicePixelRatio());
        const QIcon icon = window->windowIcon();
        QVERIFY(!icon.isNull());
        for (const int side : {16, 24, 32, 48, 64, 128}) {
            const QPixmap pixmap = icon.pixmap(QSize(side, side), ratio);
            QCOMPARE(pixmap.devicePixelRatio(), ratio);
            QCOMPARE(pixmap.size(), QSize(side, side) * ratio);
            // Drawn, not empty: the middle of the icon is not transparent.
            QVERIFY(pixmap.toImage().pixelColor(pixmap.rect().center()).alpha() > 0);
        }
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
