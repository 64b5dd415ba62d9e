// The detail view's highlighter: what each rule colours, and that highlighters sharing one set of
// compiled patterns still keep their own colours.

#include "JsonHighlighter.h"
#include "UiStyle.h"

#include <QGuiApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace nv;

namespace {

const QString Exchange = QStringLiteral("HTTP/1.1 200 OK\n"
                                        "Content-Type: application/json\n"
                                        "Authorization: Bearer [redacted:0123abcd]\n"
                                        "{\"devicePhoneNumberVerified\": true, \"n\": 42, "
                                        "\"id\": \"3f2a-77\"}");

// The foreground colour the highlighter gave the character at `offset` in the document; an
// invalid colour where no rule applies.
QColor colourAt(const QTextDocument &document, int offset)
{
    const QTextBlock block = document.findBlock(offset);
    const int inBlock = offset - block.position();
    QColor found;
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (inBlock >= range.start && inBlock < range.start + range.length &&
            range.format.hasProperty(QTextFormat::ForegroundBrush))
            found = range.format.foreground().color(); // later ranges win, as they are applied
    return found;
}

int offsetOf(const QString &needle, int skip = 0)
{
    return int(Exchange.indexOf(needle)) + skip;
}

} // namespace

class TestJsonHighlighter : public QObject
{
    Q_OBJECT
private slots:
    void eachRuleColoursItsPart()
    {
        QTextDocument document;
        JsonHighlighter highlighter(&document);
        document.setPlainText(Exchange);
        highlighter.rehighlight(); // now, not from the event loop
        const struct
        {
            QString text;
            int skip;
            UiStyle::Colour role;
        } parts[] = {
            {QStringLiteral("HTTP/1.1"), 0, UiStyle::Colour::SyntaxTitle},
            {QStringLiteral("Content-Type"), 0, UiStyle::Colour::SyntaxHeaderName},
            {QStringLiteral("[redacted:"), 1, UiStyle::Colour::MarkerText},
            {QStringLiteral("devicePhoneNumberVerified"), 0, UiStyle::Colour::SyntaxKey},
            {QStringLiteral("true"), 0, UiStyle::Colour::SyntaxLiteral},
            {QStringLiteral("42"), 0, UiStyle::Colour::SyntaxNumber},
            {QStringLiteral("3f2a-77"), 0, UiStyle::Colour::SyntaxString},
        };
        for (const auto &part : parts)
            QCOMPARE(colourAt(document, offsetOf(part.text, part.skip)),
                     UiStyle::colour(part.role, false));
        // The digit groups of an id are not numbers; a space between parts is not coloured.
        QCOMPARE(colourAt(document, offsetOf(QStringLiteral("3f2a-77"), 5)),
                 UiStyle::colour(UiStyle::Colour::SyntaxString, false));
        QVERIFY(!colourAt(document, offsetOf(QStringLiteral(" true"))).isValid());
    }

    // The patterns are compiled once for all highlighters; the colours stay each one's own.
    void highlightersKeepTheirOwnColours()
    {
        QTextDocument light;
        QTextDocument dark;
        JsonHighlighter lightHighlighter(&light);
        JsonHighlighter darkHighlighter(&dark);
        darkHighlighter.setDark(true);
        light.setPlainText(Exchange);
        dark.setPlainText(Exchange);
        lightHighlighter.rehighlight();
        darkHighlighter.rehighlight();
        const int key = offsetOf(QStringLiteral("devicePhoneNumberVerified"));
        QCOMPARE(colourAt(light, key), UiStyle::colour(UiStyle::Colour::SyntaxKey, false));
        QCOMPARE(colourAt(dark, key), UiStyle::colour(UiStyle::Colour::SyntaxKey, true));
        QVERIFY(colourAt(light, key) != colourAt(dark, key));

        // Back to light: the document is coloured again, in the light shades.
        darkHighlighter.setDark(false);
        QCOMPARE(colourAt(dark, key), UiStyle::colour(UiStyle::Colour::SyntaxKey, false));
    }
};

QTEST_MAIN(TestJsonHighlighter)
#include "tst_jsonhighlighter.moc"
