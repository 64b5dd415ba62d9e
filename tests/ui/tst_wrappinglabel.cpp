// WrappingLabel remembers the heights it gave: each answer must still be what QLabel computes
// after every change that moves the text's lines (text, font, margins, indent, style).

#include "WrappingLabel.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace nv;

namespace {

const QString Short = QStringLiteral("A short line.");
const QString Long = QStringLiteral(
    "The device opens the operator's page over the mobile network; the network recognises the "
    "SIM by the connection, with no SMS, and sends the browser back with a one-time code.");

// What QLabel itself computes for the label as it is now, with no memory of earlier answers.
int computedNow(const WrappingLabel &label, int width)
{
    return label.QLabel::heightForWidth(width);
}

} // namespace

class TestWrappingLabel : public QObject
{
    Q_OBJECT
private slots:
    void answersAsAPlainLabelAfterEachChange()
    {
        WrappingLabel label(Short);
        label.ensurePolished();
        const int width = 160;
        const int oneLine = label.heightForWidth(width);
        QCOMPARE(oneLine, computedNow(label, width));

        label.setText(Long);
        QVERIFY(label.heightForWidth(width) > oneLine);
        QCOMPARE(label.heightForWidth(width), computedNow(label, width));

        QFont larger = label.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        const int before = label.heightForWidth(width);
        label.setFont(larger);
        QVERIFY(label.heightForWidth(width) > before);
        QCOMPARE(label.heightForWidth(width), computedNow(label, width));

        label.setContentsMargins(0, 20, 0, 20);
        QCOMPARE(label.heightForWidth(width), computedNow(label, width));
        label.setIndent(40);
        QCOMPARE(label.heightForWidth(width), computedNow(label, width));
        label.setMargin(6);
        QCOMPARE(label.heightForWidth(width), computedNow(label, width));

        // A style sheet's padding and font reach the label through its style, not its setters.
        label.setStyleSheet(QStringLiteral("QLabel { padding: 15px; font-size: 9pt; }"));
        QCOMPARE(label.heightForWidth(width), computedNow(label, width));
    }

    // Several widths in turn, as a layout asks them, then the first again.
    void remembersEachWidthItWasAsked()
    {
        WrappingLabel label(Long);
        label.ensurePolished();
        const QList<int> widths = {120, 200, 320, 640};
        QList<int> first;
        for (int width : widths)
            first.append(label.heightForWidth(width));
        for (int i = 0; i < widths.size(); ++i) {
            QCOMPARE(label.heightForWidth(widths[i]), first[i]);
            QCOMPARE(first[i], computedNow(label, widths[i]));
        }
        QVERIFY(first.first() > first.last());
        // A fifth width pushes the oldest out; it is computed again, the same.
        label.heightForWidth(800);
        QCOMPARE(label.heightForWidth(widths.first()), first.first());
    }
};

QTEST_MAIN(TestWrappingLabel)
#include "tst_wrappinglabel.moc"
