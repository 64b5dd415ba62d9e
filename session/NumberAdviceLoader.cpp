#include "NumberAdviceLoader.h"

#include "ModuleSearch.h"
#include "NumberAdviceModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>

namespace nv {

namespace {

struct LoadState
{
    QMutex mutex;
    bool tried = false;
    const NumberAdviceModule *module = nullptr;
    QString error;
};

LoadState &state()
{
    static LoadState loaded;
    return loaded;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("nv::NumberAdviceLoader", text);
}

} // namespace

const NumberAdviceModule *NumberAdviceLoader::module(QString *why)
{
    LoadState &loaded = state();
    const QMutexLocker lock(&loaded.mutex);
    if (!loaded.tried) {
        loaded.tried = true;
        const QString file = ModuleSearch::find(moduleName());
        if (file.isEmpty()) {
            loaded.error =
                tr("the number advice module is not installed (no %1 in %2)")
                    .arg(moduleName(),
                         QDir::toNativeSeparators(ModuleSearch::searchPath().join(u", ")));
        } else {
            QString error;
            loaded.module = ModuleSearch::load<NumberAdviceModule>(file, &error);
            if (!loaded.module)
                loaded.error = tr("the number advice module could not be loaded: %1").arg(error);
        }
    }
    if (why)
        *why = loaded.error;
    return loaded.module;
}

void NumberAdviceLoader::load()
{
    if (const NumberAdviceModule *advice = module())
        advice->prepare();
}

PhoneNumberCheck NumberAdviceLoader::checkWithAdvice(const QString &number)
{
    PhoneNumberCheck result = PhoneNumberCheck::check(number);
    if (!result.isE164)
        return result;
    QString why;
    const NumberAdviceModule *advice = module(&why);
    if (!advice) {
        result.adviceMissing = why;
        return result;
    }
    const NumberAdvice found = advice->adviceFor(number);
    result.regionCode = found.regionCode;
    result.lineType = found.lineType;
    result.validForRegion = found.validForRegion;
    return result;
}

} // namespace nv
