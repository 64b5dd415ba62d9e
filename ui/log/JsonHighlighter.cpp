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

// A rule before its colours: the pattern, the colour role of what it matches, and which group
// is coloured.
struct RuleSpec
{
    QRegularExpression pattern;
    UiStyle::Colour colour;
    bool bold = false;
    int group = 0;
};

// Compiled once for every highlighter: a copy of a QRegularExpression shares the compiled form,
// so the detail view's five pages (and a dark/light switch) do not compile each pattern again.
// Later rules win where they overlap: strings first, then keys, markers last.
const QList<RuleSpec> &ruleSpecs()
{
    using Colour = UiStyle::Colour;
    static const QList<RuleSpec> specs = {
        // Header names and the overview's labels ("Correlation id: ...").
        {QRegularExpression(QStringLiteral("^[A-Za-z][A-Za-z0-9 !#$%&'*+.^_`|~-]*(?=: )")),
         Colour::SyntaxHeaderName},
        // Whole numbers only: not the digit groups of a UUID, a host or a timestamp.
        {QRegularExpression(
             QStringLiteral("(?<![\\w.:-])-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?(?![\\w.:-])")),
         Colour::SyntaxNumber},
        {QRegularExpression(QStringLiteral("\\b(?:true|false|null)\\b")), Colour::SyntaxLiteral,
         true},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"")), Colour::SyntaxString},
        {QRegularExpression(QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:")), Colour::SyntaxKey,
         true, 1},
        {QRegularExpression(QStringLiteral("^(?:──|HTTP/|GET |POST |PUT |PATCH |DELETE |HEAD "
                                           "|OPTIONS ).*$")),
         Colour::SyntaxTitle, true},
        {QRegularExpression(QStringLiteral("\\[redacted:[0-9a-f]{8}\\]")), Colour::MarkerText,
         true},
    };
    return specs;
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
    m_rules.clear();
    for (const RuleSpec &spec : ruleSpecs()) {
        QTextCharFormat format = charFormat(UiStyle::colour(spec.colour, m_dark), spec.bold);
        // A redaction marker stands out on a background of its own.
        if (spec.colour == UiStyle::Colour::MarkerText)
            format.setBackground(UiStyle::colour(UiStyle::Colour::MarkerBackground, m_dark));
        m_rules.append({spec.pattern, format, spec.group});
    }
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
