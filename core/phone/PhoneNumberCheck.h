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
    // Advice, filled by checkWithAdvice() only:
    QString regionCode; // ISO 3166 region, e.g. "ES"; empty when unknown
    QString lineType;   // "mobile", "fixed line", "fixed line or mobile", ...; empty when unknown
    bool validForRegion = false;

    // The rule only (isE164, problem): what decides whether a number is sent, everywhere. No
    // libphonenumber, whose metadata for every region is read on its first use; in a file of
    // its own (PhoneNumberRule.cpp), so a program that only applies the rule (nv-cli) does not
    // link the library (nor protobuf and abseil under it).
    static PhoneNumberCheck check(const QString &number);
    // The rule, then libphonenumber's advice (region, line type, validity) for a number that
    // follows it: for a person typing a number (the window's number field).
    static PhoneNumberCheck checkWithAdvice(const QString &number);
    // Reads libphonenumber's metadata for every region now (about 10 ms), on the calling
    // thread; any thread. The window does it on a worker, so that its first checkWithAdvice()
    // on the UI thread finds the metadata read.
    static void loadAdvice();
    // Lower-case hex SHA-256 of the E.164 string, as the API's hashedPhoneNumber expects.
    static QString sha256Hex(const QString &e164);
};

} // namespace nv
