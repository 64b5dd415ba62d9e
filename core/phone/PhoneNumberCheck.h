#pragma once

#include <QString>

namespace nv {

// What the console can tell about a phone number before sending it to /verify.
//
// isE164 is the API's own rule (CAMARA: ^\+[1-9][0-9]{4,14}$), nothing looser: a number that
// fails it is answered with 400 INVALID_ARGUMENT, so the console says why before the call.
// The libphonenumber fields are advice only: a number can be valid E.164 and still unknown to
// the metadata (new ranges, test numbers), and the API accepts it.
struct PhoneNumberCheck
{
    QString input;
    bool isE164 = false;
    QString problem; // in words, empty when the number matches the E.164 rule
    // Advice, filled by NumberAdviceLoader::checkWithAdvice() (nvsession) only, from the
    // number-advice module (libphonenumber):
    QString regionCode; // ISO 3166 region, e.g. "ES"; empty when unknown
    QString lineType;   // "mobile", "fixed line", "fixed line or mobile", ...; empty when unknown
    bool validForRegion = false;
    QString adviceMissing; // why there is no advice (the module is not installed); else empty

    // The rule only (isE164, problem): what decides whether a number is sent, everywhere. No
    // libphonenumber, whose metadata for every region is read on its first use: that is the
    // number-advice module's (advice/), which no program links.
    static PhoneNumberCheck check(const QString &number);
    // Lower-case hex SHA-256 of the E.164 string, as the API's hashedPhoneNumber expects.
    static QString sha256Hex(const QString &e164);
};

} // namespace nv
