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
    // Later rules win where they overlap: strings first, then keys, markers last.
    m_rules = {
        {QRegularExpression(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+(?=: )")),
         charFormat(QColor(0x6f, 0x42, 0xc1)), 0},
        {QRegularExpression(QStringLiteral("\\b-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b")),
         charFormat(QColor(0x09, 0x86, 0x58)), 0},
        {QRegularExpression(QStringLiteral("\\b(?:true|false|null)\\b")),
         charFormat(QColor(0x00, 0x5c, 0xc5), true), 0},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"")),
         charFormat(QColor(0xa3, 0x15, 0x15)), 0},
        {QRegularExpression(QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:")),
         charFormat(QColor(0x00, 0x45, 0x8b), true), 1},
        {QRegularExpression(QStringLiteral("^(?:──|HTTP/|GET |POST |PUT |PATCH |DELETE |HEAD "
                                           "|OPTIONS ).*$")),
         charFormat(QColor(0x33, 0x33, 0x33), true), 0},
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
