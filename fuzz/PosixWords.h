#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// Splits one command line into words the way a POSIX shell does, for the cURL quoting target:
// written for the test because the property is "a shell gives curl exactly these arguments",
// and no library splits like sh. Anything the shell would expand or interpret instead of
// passing on ($, backticks, globs, redirections, a second command, history "!") is a failure:
// a pasted command must not do more than run curl.
namespace nvfuzz {

struct Words
{
    QStringList argv;
    QString problem; // empty when the line is one plain command
};

inline bool isShellSpecial(QChar c)
{
    return QStringView(u"$`|&;<>()*?[]{}#~!").contains(c);
}

// Inside double quotes: until the closing quote; \ escapes only $ ` " \ and newline.
inline qsizetype readDoubleQuoted(const QString &line, qsizetype i, QString *word, QString *problem)
{
    for (++i; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'"')
            return i + 1;
        if (c == u'$' || c == u'`' || c == u'!') {
            *problem = QStringLiteral("expansion inside double quotes at %1").arg(i);
            return line.size();
        }
        if (c == u'\\' && i + 1 < line.size() && QStringView(u"$`\"\\\n").contains(line[i + 1])) {
            if (line[i + 1] != u'\n')
                *word += line[i + 1];
            ++i;
            continue;
        }
        *word += c;
    }
    *problem = QStringLiteral("unterminated double quote");
    return i;
}

inline Words splitPosixWords(const QString &line)
{
    Words out;
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < line.size() && out.problem.isEmpty();) {
        const QChar c = line[i];
        if (c == u' ' || c == u'\t') {
            if (inWord)
                out.argv << word;
            word.clear();
            inWord = false;
            ++i;
        } else if (c == u'\'') {
            const qsizetype end = line.indexOf(u'\'', i + 1);
            if (end < 0) {
                out.problem = QStringLiteral("unterminated single quote");
                break;
            }
            word += QStringView(line).mid(i + 1, end - i - 1);
            inWord = true;
            i = end + 1;
        } else if (c == u'"') {
            i = readDoubleQuoted(line, i, &word, &out.problem);
            inWord = true;
        } else if (c == u'\\') {
            if (i + 1 >= line.size()) {
                out.problem = QStringLiteral("a lone backslash at the end");
                break;
            }
            if (line[i + 1] != u'\n') { // backslash-newline continues the line
                word += line[i + 1];
                inWord = true;
            }
            i += 2;
        } else if (c == u'\n' || c == u'\r' || c == QChar(0)) {
            out.problem = QStringLiteral("an unquoted line break or NUL at %1").arg(i);
        } else if (isShellSpecial(c)) {
            out.problem = QStringLiteral("unquoted %1 at %2").arg(c).arg(i);
        } else {
            word += c;
            inWord = true;
            ++i;
        }
    }
    if (inWord && out.problem.isEmpty())
        out.argv << word;
    return out;
}

} // namespace nvfuzz
