#pragma once

#include "NumberAdviceModule.h"

#include <QObject>

namespace nv {

// The number-advice module: libphonenumber's region, line type and validity for a number.
// Built as a plugin (nv-number-advice) so that the window starts without libphonenumber,
// protobuf and abseil; NumberAdviceLoader loads it after the first paint.
class NumberAdvicePlugin : public QObject, public NumberAdviceModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID NvNumberAdviceModule_iid)
    Q_INTERFACES(nv::NumberAdviceModule)
public:
    void prepare() const override;
    NumberAdvice adviceFor(const QString &e164) const override;
};

} // namespace nv
