#include "PhoneNumberCheck.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace nv {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

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

PhoneNumberCheck PhoneNumberCheck::checkWithAdvice(const QString &number)
{
    PhoneNumberCheck result = check(number);
    if (!result.isE164)
        return result;

    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    // "ZZ": unknown region, so the country code must come from the number itself.
    if (util->Parse(number.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    std::string region;
    util->GetRegionCodeForNumber(parsed, &region);
    if (region != "ZZ")
        result.regionCode = QString::fromStdString(region);
    result.validForRegion = util->IsValidNumber(parsed);
    if (result.validForRegion)
        result.lineType = lineTypeName(util->GetNumberType(parsed));
    return result;
}

} // namespace nv
