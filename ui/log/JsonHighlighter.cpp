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

// The patterns, compiled once for every highlighter: a copy of a QRegularExpression shares the
// compiled form, so the detail view's five pages (and a dark/light switch) do not compile each
// pattern again. Later rules win where they overlap: strings first, then keys, markers last.
const QList<QRegularExpression> &JsonHighlighter::patterns()
{
    static const QList<QRegularExpression> compiled = {
        // Header names and the overview's labels ("Correlation id: ...").
        QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9 !#$%&'*+.^_`|~-]*(?=: )")),
        // Whole numbers only: not the digit groups of a UUID, a host or a timestamp.
        QRegularExpression(
            QStringLiteral("(?<![\\w.:-])-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?(?![\\w.:-])")),
        QRegularExpression(QStringLiteral("\\b(?:true|false|null)\\b")),
        QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"")),
        QRegularExpression(QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:")),
        QRegularExpression(QStringLiteral("^(?:──|HTTP/|GET |POST |PUT |PATCH |DELETE |HEAD "
                                          "|OPTIONS ).*$")),
        QRegularExpression(QStringLiteral("\\[redacted:[0-9a-f]{8}\\]")),
    };
    return compiled;
}

void JsonHighlighter::buildRules()
{
    // The colours come from UiStyle, in the shade for this background and for presentation.
    auto colour = [this](UiStyle::Colour role) { return UiStyle::colour(role, m_dark); };
    QTextCharFormat marker = charFormat(colour(UiStyle::Colour::MarkerText), true);
    marker.setBackground(colour(UiStyle::Colour::MarkerBackground));
    const QList<QRegularExpression> &p = patterns();
    m_rules = {
        {p[0], charFormat(colour(UiStyle::Colour::SyntaxHeaderName)), 0},
        {p[1], charFormat(colour(UiStyle::Colour::SyntaxNumber)), 0},
        {p[2], charFormat(colour(UiStyle::Colour::SyntaxLiteral), true), 0},
        {p[3], charFormat(colour(UiStyle::Colour::SyntaxString)), 0},
        {p[4], charFormat(colour(UiStyle::Colour::SyntaxKey), true), 1},
        {p[5], charFormat(colour(UiStyle::Colour::SyntaxTitle), true), 0},
        {p[6], marker, 0},
    };
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
