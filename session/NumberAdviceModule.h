#pragma once

#include <QString>
#include <QtPlugin>

namespace nv {

// What libphonenumber says of a number that follows the E.164 rule: advice for a person typing
// it, never a reason to refuse it (the API accepts numbers the metadata does not know).
struct NumberAdvice
{
    QString regionCode; // ISO 3166 region, e.g. "ES"; empty when unknown
    QString lineType;   // "mobile", "fixed line", ...; empty when unknown
    bool validForRegion = false;
};

// What the number-advice module (advice/, a plugin that links libphonenumber with protobuf and
// abseil) offers. The window does not link those libraries: NumberAdviceLoader loads the module
// after the window's first paint, on a worker thread. Both functions may be called from any
// thread.
class NumberAdviceModule
{
public:
    virtual ~NumberAdviceModule() = default;

    // Reads the metadata for every region now (about 10 ms and 3.5 MiB, on first use).
    virtual void prepare() const = 0;
    virtual NumberAdvice adviceFor(const QString &e164) const = 0;
};

} // namespace nv

#define NvNumberAdviceModule_iid "com.konera.nvconsole.NumberAdviceModule/1"
Q_DECLARE_INTERFACE(nv::NumberAdviceModule, NvNumberAdviceModule_iid)
