#include "CliGraphicsLoader.h"

#include "CliGraphicsModule.h"
#include "ModuleSearch.h"

#include <QCoreApplication>
#include <QDir>

namespace nv {

namespace {
struct LoadState
{
    bool tried = false;
    CliGraphicsModule *module = nullptr;
    QString loadError; // QPluginLoader's, when the file is there but does not load
};

LoadState &state()
{
    static LoadState loaded;
    return loaded;
}
} // namespace

CliGraphicsModule *CliGraphicsLoader::module()
{
    LoadState &loaded = state();
    if (loaded.tried)
        return loaded.module;
    loaded.tried = true;
    const QString file = ModuleSearch::find(moduleName());
    if (file.isEmpty())
        return nullptr;
    loaded.module = ModuleSearch::load<CliGraphicsModule>(file, &loaded.loadError);
    return loaded.module;
}

QString CliGraphicsLoader::whyUnavailable()
{
    const LoadState &loaded = state();
    if (loaded.module)
        return {};
    if (!loaded.loadError.isEmpty())
        return QCoreApplication::translate(
                   "nv-cli", "nv-cli's graphics module, which could not be loaded: %1")
            .arg(loaded.loadError);
    return QCoreApplication::translate(
               "nv-cli", "nv-cli's graphics module, which is not installed (no %1 module in %2)")
        .arg(moduleName(),
             QDir::toNativeSeparators(ModuleSearch::searchPath().join(QStringLiteral(", "))));
}

} // namespace nv
