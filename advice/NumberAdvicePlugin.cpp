#include "NumberAdvicePlugin.h"

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

// GetInstance() takes a lock and checks the singleton at every call: once is enough. Its first
// call reads the metadata; C++ makes the static's initialisation thread-safe, and
// libphonenumber's own singleton is too.
const PhoneNumberUtil *phoneNumberUtil()
{
    static const PhoneNumberUtil *const util = PhoneNumberUtil::GetInstance();
    return util;
}

} // namespace

void NumberAdvicePlugin::prepare() const
{
    phoneNumberUtil();
}

NumberAdvice NumberAdvicePlugin::adviceFor(const QString &e164) const
{
    NumberAdvice advice;
    const PhoneNumberUtil *const util = phoneNumberUtil();
    PhoneNumber parsed;
    // "ZZ": unknown region, so the country code must come from the number itself.
    if (util->Parse(e164.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return advice;
    std::string region;
    util->GetRegionCodeForNumber(parsed, &region);
    if (region != "ZZ")
        advice.regionCode = QString::fromStdString(region);
    // IsValidNumber(n) is GetNumberType(n) != UNKNOWN with the same region and metadata: one
    // pass of the national number patterns answers both questions.
    const PhoneNumberUtil::PhoneNumberType type = util->GetNumberType(parsed);
    advice.validForRegion = type != PhoneNumberUtil::UNKNOWN;
    if (advice.validForRegion)
        advice.lineType = lineTypeName(type);
    return advice;
}

} // namespace nv
