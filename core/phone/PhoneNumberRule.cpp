#include "PhoneNumberCheck.h"

#include <QCryptographicHash>
#include <QObject>
#include <QRegularExpression>

// PhoneNumberCheck::check(), the E.164 rule, without libphonenumber (the number-advice module
// adds its advice: NumberAdviceLoader::checkWithAdvice()).
namespace nv {

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/';
}

// The first thing wrong with a number that does not match the E.164 rule, in the order a
// person would fix it.
QString describeProblem(const QString &number)
{
    if (number.isEmpty())
        return QObject::tr("empty: enter a number such as +34666666666");
    bool letters = false;
    bool separators = false;
    bool others = false;
    for (QChar c : number) {
        if (c.isLetter())
            letters = true;
        else if (isSeparator(c))
            separators = true;
        else if (c != u'+' && !(c >= u'0' && c <= u'9'))
            others = true;
    }
    if (letters)
        return QObject::tr("contains letters: only a leading + and digits are allowed");
    if (separators)
        return QObject::tr("contains spaces or separators: write it as + and digits only, "
                           "e.g. +34666666666");
    if (others)
        return QObject::tr("contains characters other than a leading + and the digits 0-9");
    if (!number.startsWith(u'+'))
        return QObject::tr("missing leading +: E.164 numbers start with + and the country code");
    const QString digits = number.mid(1);
    if (digits.contains(u'+'))
        return QObject::tr("more than one +: only a single leading + is allowed");
    if (digits.isEmpty())
        return QObject::tr("no digits after the +");
    if (digits.startsWith(u'0'))
        return QObject::tr("country code cannot start with 0");
    if (digits.size() < 5)
        return QObject::tr("too short: E.164 needs 5 to 15 digits");
    if (digits.size() > 15)
        return QObject::tr("too long: E.164 allows at most 15 digits after the +");
    return QObject::tr("not a valid E.164 number");
}

} // namespace

PhoneNumberCheck PhoneNumberCheck::check(const QString &number)
{
    PhoneNumberCheck result;
    result.input = number;
    // \A and \z, not ^ and $: "$" also matches before a trailing newline.
    static const QRegularExpression e164(QStringLiteral("\\A\\+[1-9][0-9]{4,14}\\z"));
    result.isE164 = e164.match(number).hasMatch();
    if (!result.isE164)
        result.problem = describeProblem(number);
    return result;
}

QString PhoneNumberCheck::sha256Hex(const QString &e164)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(e164.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace nv
