#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace nv {

// Colours the detail and raw texts: JSON keys, strings, numbers and literals, header names,
// section titles, and redaction markers (so a person sees at once what was hidden).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);
    // Colours for a dark background (the console's dark theme) or a light one, in the shades of
    // presentation mode when it is on (UiStyle::highContrast()); again after either changed.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    void buildRules();

    QList<Rule> m_rules;
    bool m_dark = false;
    bool m_highContrast = false;
};

} // namespace nv
