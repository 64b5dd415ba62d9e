#pragma once

#include "phone/PhoneNumberCheck.h"

#include <QString>

namespace nv {

class NumberAdviceModule;

// Loads the number-advice module (advice/: libphonenumber) once, from the folders ModuleSearch
// names, and adds its advice to the E.164 rule's answer. Without the module, the rule still
// decides and PhoneNumberCheck::adviceMissing says why there is no advice. Any thread.
class NumberAdviceLoader
{
public:
    static QString moduleName() { return QStringLiteral("nv-number-advice"); }

    // The module, loaded on the first call; null when it is not installed or does not load
    // (why says which).
    static const NumberAdviceModule *module(QString *why = nullptr);
    // Loads the module and reads its metadata: for a worker thread, so that a later
    // checkWithAdvice() on the UI thread finds both done.
    static void load();
    // The rule, then the module's advice for a number that follows it: for a person typing a
    // number (the window's number field).
    static PhoneNumberCheck checkWithAdvice(const QString &number);
};

} // namespace nv
