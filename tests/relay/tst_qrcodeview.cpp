// QrCodeView rendered offscreen, then read back by a real scanner: the widget as the window
// paints it, in the light and the dark theme.

#include "QrCodeView.h"
#include "QrScan.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QTest>

class TestQrCodeView : public QObject
{
    Q_OBJECT

private slots:
    void scannerReadsTheWidget_data();
    void scannerReadsTheWidget();
    void modulesAreWholePixels();
    void accessibleNameAndDescription();
    void unencodableTextShowsWhy();
};

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1b));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

void saveScreenshot(const QImage &image, const QString &name)
{
    QDir().mkpath(QStringLiteral(NV_SCREENSHOT_DIR));
    image.save(QStringLiteral(NV_SCREENSHOT_DIR "/%1.png").arg(name));
}

} // namespace

void TestQrCodeView::scannerReadsTheWidget_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QSize>("size");
    QTest::newRow("300 light") << 300 << false << QSize(420, 420);
    QTest::newRow("500 dark") << 500 << true << QSize(640, 480);
    QTest::newRow("800 dark tall") << 800 << true << QSize(500, 900);
}

void TestQrCodeView::scannerReadsTheWidget()
{
    QFETCH(int, length);
    QFETCH(bool, dark);
    QFETCH(QSize, size);
    const QString url = nvtest::authorizeUrl(length);
    QWidget window;
    window.setAutoFillBackground(true);
    if (dark)
        window.setPalette(darkPalette());
    auto *view = new nv::QrCodeView(&window);
    view->setText(url);
    window.resize(size);
    view->resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage image = window.grab().toImage();
    saveScreenshot(image,
                   QStringLiteral("qr-code-view-%1-%2").arg(length).arg(dark ? "dark" : "light"));
    // Light modules stay white in the dark theme: the middle of the top quiet zone.
    const int module = view->modulePixels();
    const int side = view->code().size() + 2 * nv::QrCode::QuietZone;
    const int top = (size.height() - module * side) / 2;
    QCOMPARE(image.pixelColor(size.width() / 2, top + module).rgb(), QColor(Qt::white).rgb());
    // And the window around the code is the theme's (dark stays dark).
    if (dark && top > 2)
        QVERIFY(image.pixelColor(size.width() / 2, top / 2).lightness() < 80);
    QString error;
    QCOMPARE(nvtest::scanQr(image, &error), url);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestQrCodeView::modulesAreWholePixels()
{
    nv::QrCodeView view;
    view.setText(nvtest::authorizeUrl(500));
    view.resize(700, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int side = view.code().size() + 2 * nv::QrCode::QuietZone;
    QCOMPARE(view.modulePixels(), 700 / side);
    const QImage image = view.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const int extent = view.modulePixels() * side;
    const int left = (700 - extent) / 2;
    const int top = (700 - extent) / 2;
    // Only pure black and pure white inside the code (no smoothing), and each module one colour
    // over its whole square.
    for (int y = top; y < top + extent; ++y) {
        for (int x = left; x < left + extent; ++x) {
            const QRgb pixel = image.pixel(x, y);
            QVERIFY(pixel == qRgb(0, 0, 0) || pixel == qRgb(255, 255, 255));
            const int mx = (x - left) / view.modulePixels() - nv::QrCode::QuietZone;
            const int my = (y - top) / view.modulePixels() - nv::QrCode::QuietZone;
            QCOMPARE(pixel == qRgb(0, 0, 0), view.code().isDark(mx, my));
        }
    }
    // The static image for copying has the same modules.
    const QImage copy = nv::QrCodeView::toImage(view.code(), 3);
    QCOMPARE(copy.width(), side * 3);
    QCOMPARE(copy.pixelColor(3 * (nv::QrCode::QuietZone) + 1, 3 * (nv::QrCode::QuietZone) + 1),
             QColor(Qt::black)); // the finder pattern's corner
}

void TestQrCodeView::accessibleNameAndDescription()
{
    nv::QrCodeView view;
    const QString url = nvtest::authorizeUrl(300);
    view.setText(url);
    QCOMPARE(view.accessibleName(), QStringLiteral("QR code"));
    QVERIFY(view.accessibleDescription().contains(url));
    QVERIFY(view.focusPolicy() & Qt::TabFocus);
    QVERIFY(view.sizeHint().width() >= view.minimumSizeHint().width());
}

void TestQrCodeView::unencodableTextShowsWhy()
{
    nv::QrCodeView view;
    view.setText(nvtest::authorizeUrl(3000));
    QVERIFY(view.code().isNull());
    QVERIFY(view.accessibleDescription().contains(QStringLiteral("2953")));
    QCOMPARE(view.modulePixels(), 0);
    view.resize(300, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.grab().isNull()); // paints the reason, does not crash
}

QTEST_MAIN(TestQrCodeView)
#include "tst_qrcodeview.moc"
