#include "JsonHighlighter.h"

#include <QColor>
#include <QFont>

namespace nv {

namespace {

QTextCharFormat charFormat(const QColor &colour, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    buildRules();
}

void JsonHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    buildRules();
    rehighlight();
}

void JsonHighlighter::buildRules()
{
    // Two palettes with the same roles; the dark one keeps the contrast on a dark base.
    const bool d = m_dark;
    const QColor header = d ? QColor(0xc3, 0xa6, 0xff) : QColor(0x6f, 0x42, 0xc1);
    const QColor number = d ? QColor(0x7e, 0xe7, 0x87) : QColor(0x09, 0x86, 0x58);
    const QColor literal = d ? QColor(0x79, 0xc0, 0xff) : QColor(0x00, 0x5c, 0xc5);
    const QColor string = d ? QColor(0xff, 0xa6, 0x57) : QColor(0xa3, 0x15, 0x15);
    const QColor key = d ? QColor(0x9e, 0xcb, 0xff) : QColor(0x00, 0x45, 0x8b);
    const QColor title = d ? QColor(0xe6, 0xed, 0xf3) : QColor(0x33, 0x33, 0x33);
    // Later rules win where they overlap: strings first, then keys, markers last.
    // Header names and the overview's labels ("Correlation id: ...").
    m_rules = {
        {QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9 !#$%&'*+.^_`|~-]*(?=: )")),
         charFormat(header), 0},
        // Whole numbers only: not the digit groups of a UUID, a host or a timestamp.
        {QRegularExpression(
             QStringLiteral("(?<![\\w.:-])-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?(?![\\w.:-])")),
         charFormat(number), 0},
        {QRegularExpression(QStringLiteral("\\b(?:true|false|null)\\b")), charFormat(literal, true),
         0},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"")), charFormat(string), 0},
        {QRegularExpression(QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:")),
         charFormat(key, true), 1},
        {QRegularExpression(QStringLiteral("^(?:──|HTTP/|GET |POST |PUT |PATCH |DELETE |HEAD "
                                           "|OPTIONS ).*$")),
         charFormat(title, true), 0},
    };
    QTextCharFormat marker = charFormat(QColor(0x8a, 0x4b, 0x00), true);
    marker.setBackground(QColor(0xff, 0xf0, 0xc2));
    m_rules.append({QRegularExpression(QStringLiteral("\\[redacted:[0-9a-f]{8}\\]")), marker, 0});
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)),
                      rule.format);
        }
    }
}

} // namespace nv
