#include "PhoneNumberCheck.h"

#include <QCryptographicHash>
#include <QObject>
#include <QRegularExpression>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace nv {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

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

QString lineTypeName(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return QStringLiteral("fixed line");
    case PhoneNumberUtil::MOBILE:
        return QStringLiteral("mobile");
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return QStringLiteral("fixed line or mobile");
    case PhoneNumberUtil::TOLL_FREE:
        return QStringLiteral("toll free");
    case PhoneNumberUtil::PREMIUM_RATE:
        return QStringLiteral("premium rate");
    case PhoneNumberUtil::SHARED_COST:
        return QStringLiteral("shared cost");
    case PhoneNumberUtil::VOIP:
        return QStringLiteral("VoIP");
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return QStringLiteral("personal number");
    case PhoneNumberUtil::PAGER:
        return QStringLiteral("pager");
    case PhoneNumberUtil::UAN:
        return QStringLiteral("universal access number");
    case PhoneNumberUtil::VOICEMAIL:
        return QStringLiteral("voicemail");
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

PhoneNumberCheck PhoneNumberCheck::check(const QString &number)
{
    PhoneNumberCheck result;
    result.input = number;
    // \A and \z, not ^ and $: "$" also matches before a trailing newline.
    static const QRegularExpression e164(QStringLiteral("\\A\\+[1-9][0-9]{4,14}\\z"));
    result.isE164 = e164.match(number).hasMatch();
    if (!result.isE164) {
        result.problem = describeProblem(number);
        return result;
    }

    // GetInstance() takes a lock and checks the singleton at every call: once is enough (a
    // batch checks every number of its list).
    static const PhoneNumberUtil *const util = PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    // "ZZ": unknown region, so the country code must come from the number itself.
    if (util->Parse(number.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    std::string region;
    util->GetRegionCodeForNumber(parsed, &region);
    if (region != "ZZ")
        result.regionCode = QString::fromStdString(region);
    // IsValidNumber(n) is GetNumberType(n) != UNKNOWN with the same region and metadata: one
    // pass of the national number patterns answers both questions.
    const PhoneNumberUtil::PhoneNumberType type = util->GetNumberType(parsed);
    result.validForRegion = type != PhoneNumberUtil::UNKNOWN;
    if (result.validForRegion)
        result.lineType = lineTypeName(type);
    return result;
}

QString PhoneNumberCheck::sha256Hex(const QString &e164)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(e164.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace nv
