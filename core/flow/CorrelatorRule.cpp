#include "CorrelatorRule.h"

#include <QCoreApplication>

namespace nv {

namespace CorrelatorRule {

namespace {
constexpr int MaxLength = 256;

bool allowed(QChar c)
{
    static const QString punctuation = QStringLiteral("-_:;./<>{}");
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
           punctuation.contains(c);
}

QString shown(QChar c)
{
    if (c == QLatin1Char(' '))
        return QCoreApplication::translate("nv", "a space");
    if (c.isPrint())
        return QStringLiteral("\"%1\"").arg(c);
    return QStringLiteral("U+%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')).toUpper();
}
} // namespace

QString pattern()
{
    return QStringLiteral("^[a-zA-Z0-9-_:;.\\/<>{}]{0,256}$");
}

QString problem(const QString &value)
{
    // The same test as the pattern, character by character, so the words can name the culprit.
    if (value.size() > MaxLength)
        return QCoreApplication::translate("nv", "The correlation id has %1 characters; CAMARA "
                                                 "allows at most %2 (%3).")
            .arg(value.size())
            .arg(MaxLength)
            .arg(pattern());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (!allowed(value.at(i)))
            return QCoreApplication::translate(
                       "nv", "The correlation id has %1 at position %2; CAMARA allows only "
                             "letters, digits and - _ : ; . / < > { } (%3). An operator that "
                             "checks it answers 400 INVALID_ARGUMENT.")
                .arg(shown(value.at(i)))
                .arg(i + 1)
                .arg(pattern());
    }
    return {};
}

} // namespace CorrelatorRule

} // namespace nv
