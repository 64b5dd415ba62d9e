// QrCode (libqrencode) and TerminalQr, read back by a real scanner: the code drawn into an
// image, and the terminal text drawn as a terminal would show it.

#include "QrScan.h"
#include "qr/QrCode.h"
#include "qr/TerminalQr.h"

#include <QPainter>
#include <QTest>

using nv::QrCode;
using nv::TerminalQr;

namespace {

QImage drawCode(const QrCode &code, int modulePixels)
{
    const int side = code.size() + 2 * QrCode::QuietZone;
    QImage image(side * modulePixels, side * modulePixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (code.isDark(x, y))
                painter.fillRect((x + QrCode::QuietZone) * modulePixels,
                                 (y + QrCode::QuietZone) * modulePixels, modulePixels, modulePixels,
                                 Qt::black);
        }
    }
    return image;
}

// The lines as a terminal shows them: each cell cellPx wide and 2 × cellPx high, the half
// blocks in the foreground colour, the rest in the background, with a margin of background.
QImage drawTerminal(const QStringList &lines, TerminalQr::Colors colors, QString *problem)
{
    QColor foreground = Qt::black;
    QColor background = Qt::white;
    if (colors == TerminalQr::Colors::LightOnDark)
        std::swap(foreground, background);
    const int cell = 4;
    const int margin = 16;
    QStringList text = lines;
    for (QString &line : text) {
        if (colors == TerminalQr::Colors::Ansi) {
            if (!line.startsWith(QLatin1String("\x1b[30;107m")) ||
                !line.endsWith(QLatin1String("\x1b[0m"))) {
                *problem = QStringLiteral("a line does not set and reset its colours");
                return QImage();
            }
            line = line.mid(9, line.size() - 13);
        }
    }
    const int columns = text.isEmpty() ? 0 : int(text.first().size());
    QImage image(columns * cell + 2 * margin, int(text.size()) * 2 * cell + 2 * margin,
                 QImage::Format_RGB32);
    image.fill(colors == TerminalQr::Colors::Ansi ? QColor(Qt::darkBlue) : background);
    QPainter painter(&image);
    for (int row = 0; row < text.size(); ++row) {
        if (text.at(row).size() != columns) {
            *problem = QStringLiteral("lines of different widths");
            return QImage();
        }
        for (int column = 0; column < columns; ++column) {
            const QChar c = text.at(row).at(column);
            bool top = false;
            bool bottom = false;
            if (c == QChar(0x2588))
                top = bottom = true;
            else if (c == QChar(0x2580))
                top = true;
            else if (c == QChar(0x2584))
                bottom = true;
            else if (c != QLatin1Char(' ')) {
                *problem = QStringLiteral("unexpected character U+%1").arg(c.unicode(), 4, 16);
                return QImage();
            }
            const int x = margin + column * cell;
            const int y = margin + row * 2 * cell;
            painter.fillRect(x, y, cell, cell, top ? foreground : background);
            painter.fillRect(x, y + cell, cell, cell, bottom ? foreground : background);
        }
    }
    return image;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void sizesOfTypicalUrls();
    void scannerReadsTheCode_data();
    void scannerReadsTheCode();
    void scannerReadsTheTerminal_data();
    void scannerReadsTheTerminal();
    void longestUrlForEightyColumns();
    void refusals();
};

void TestQrCode::sizesOfTypicalUrls()
{
    for (const int length : {300, 500, 600, 800}) {
        const QString url = nvtest::authorizeUrl(length);
        QCOMPARE(url.size(), length);
        const QrCode medium = QrCode::encode(url);
        const QrCode terminal = TerminalQr::forTerminal(url);
        QVERIFY(!medium.isNull());
        QCOMPARE(medium.level(), QrCode::ErrorCorrection::Medium);
        QCOMPARE(medium.size(), 17 + 4 * medium.version());
        qInfo("%d chars: window M version %d (%d modules, %d with quiet zone); terminal %s "
              "version %d: %d columns x %d lines",
              length, medium.version(), medium.size(), medium.size() + 2 * QrCode::QuietZone,
              qPrintable(QrCode::levelName(terminal.level())), terminal.version(),
              TerminalQr::columns(terminal), TerminalQr::lines(terminal));
    }
    // A 300-character URL fits an 80-column terminal at Medium already.
    const QrCode small = TerminalQr::forTerminal(nvtest::authorizeUrl(300));
    QCOMPARE(small.level(), QrCode::ErrorCorrection::Medium);
    QVERIFY(TerminalQr::columns(small) <= 80);
}

void TestQrCode::scannerReadsTheCode_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QrCode::ErrorCorrection>("level");
    QTest::newRow("300 M") << 300 << QrCode::ErrorCorrection::Medium;
    QTest::newRow("500 M") << 500 << QrCode::ErrorCorrection::Medium;
    QTest::newRow("800 M") << 800 << QrCode::ErrorCorrection::Medium;
    QTest::newRow("500 L") << 500 << QrCode::ErrorCorrection::Low;
    QTest::newRow("300 H") << 300 << QrCode::ErrorCorrection::High;
}

void TestQrCode::scannerReadsTheCode()
{
    QFETCH(int, length);
    QFETCH(QrCode::ErrorCorrection, level);
    const QString url = nvtest::authorizeUrl(length);
    const QrCode code = QrCode::encode(url, level);
    QVERIFY2(!code.isNull(), qPrintable(code.error()));
    QString error;
    QCOMPARE(nvtest::scanQr(drawCode(code, 4), &error), url);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestQrCode::scannerReadsTheTerminal_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<TerminalQr::Colors>("colors");
    for (const int length : {300, 500, 800}) {
        QTest::addRow("%d ansi", length) << length << TerminalQr::Colors::Ansi;
        QTest::addRow("%d light on dark", length) << length << TerminalQr::Colors::LightOnDark;
        QTest::addRow("%d dark on light", length) << length << TerminalQr::Colors::DarkOnLight;
    }
}

void TestQrCode::scannerReadsTheTerminal()
{
    QFETCH(int, length);
    QFETCH(TerminalQr::Colors, colors);
    const QString url = nvtest::authorizeUrl(length);
    const QrCode code = TerminalQr::forTerminal(url);
    const QStringList lines = TerminalQr::render(code, colors);
    QCOMPARE(lines.size(), TerminalQr::lines(code));
    QString problem;
    const QImage image = drawTerminal(lines, colors, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(image.width(), TerminalQr::columns(code) * 4 + 32);
    QString error;
    QCOMPARE(nvtest::scanQr(image, &error), url);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestQrCode::longestUrlForEightyColumns()
{
    int longest = 0;
    for (int length = 100; length <= 1000; ++length) {
        if (TerminalQr::columns(TerminalQr::forTerminal(nvtest::authorizeUrl(length))) <= 80)
            longest = length;
    }
    qInfo("longest authorize URL that fits 80 columns (quiet zone 4): %d characters", longest);
    // Version 13 at Low holds 428 bytes of 8-bit data; the mode headers of mixed runs cost a
    // few.
    QVERIFY(longest >= 420);
    QVERIFY(TerminalQr::columns(TerminalQr::forTerminal(nvtest::authorizeUrl(longest + 1))) > 80);
}

void TestQrCode::refusals()
{
    QVERIFY(QrCode::encode(QString()).isNull());
    QVERIFY(!QrCode::encode(QString()).error().isEmpty());
    const QrCode nul = QrCode::encode(QStringLiteral("https://a.example/\u0000x"));
    QVERIFY(nul.isNull());
    QVERIFY(nul.error().contains(QStringLiteral("NUL")));
    const QrCode huge = QrCode::encode(nvtest::authorizeUrl(3000));
    QVERIFY(huge.isNull());
    QVERIFY(huge.error().contains(QStringLiteral("at most 2953")));
    const QrCode tooLongForHigh =
        QrCode::encode(nvtest::authorizeUrl(2000), QrCode::ErrorCorrection::High);
    QVERIFY(tooLongForHigh.isNull());
    QVERIFY2(tooLongForHigh.error().contains(QStringLiteral("too long")),
             qPrintable(tooLongForHigh.error()));
    QVERIFY(TerminalQr::render(QrCode()).isEmpty());
    QCOMPARE(QrCode().isDark(0, 0), false);
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
