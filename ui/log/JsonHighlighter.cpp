#include "JsonHighlighter.h"

#include "UiStyle.h"

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
    const bool highContrast = UiStyle::highContrast();
    if (dark == m_dark && highContrast == m_highContrast)
        return;
    m_dark = dark;
    m_highContrast = highContrast;
    buildRules();
    rehighlight();
}

void JsonHighlighter::buildRules()
{
    // The colours come from UiStyle, in the shade for this background and for presentation.
    auto colour = [this](UiStyle::Colour role) { return UiStyle::colour(role, m_dark); };
    // Later rules win where they overlap: strings first, then keys, markers last.
    // Header names and the overview's labels ("Correlation id: ...").
    m_rules = {
        {QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9 !#$%&'*+.^_`|~-]*(?=: )")),
         charFormat(colour(UiStyle::Colour::SyntaxHeaderName)), 0},
        // Whole numbers only: not the digit groups of a UUID, a host or a timestamp.
        {QRegularExpression(
             QStringLiteral("(?<![\\w.:-])-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?(?![\\w.:-])")),
         charFormat(colour(UiStyle::Colour::SyntaxNumber)), 0},
        {QRegularExpression(QStringLiteral("\\b(?:true|false|null)\\b")),
         charFormat(colour(UiStyle::Colour::SyntaxLiteral), true), 0},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"")),
         charFormat(colour(UiStyle::Colour::SyntaxString)), 0},
        {QRegularExpression(QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:")),
         charFormat(colour(UiStyle::Colour::SyntaxKey), true), 1},
        {QRegularExpression(QStringLiteral("^(?:──|HTTP/|GET |POST |PUT |PATCH |DELETE |HEAD "
                                           "|OPTIONS ).*$")),
         charFormat(colour(UiStyle::Colour::SyntaxTitle), true), 0},
    };
    QTextCharFormat marker = charFormat(colour(UiStyle::Colour::MarkerText), true);
    marker.setBackground(colour(UiStyle::Colour::MarkerBackground));
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
