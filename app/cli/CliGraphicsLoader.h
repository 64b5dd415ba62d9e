#pragma once

#include <QString>

namespace nv {

class CliGraphicsModule;

// Finds and loads nv-cli's graphics module (CliGraphicsModule) once per process, where the
// embedded browser's is found (ModuleSearch). Usable before the application object exists:
// nv-cli asks for it then, because the module makes the application.
class CliGraphicsLoader
{
public:
    // The loaded module; nullptr when it is missing or does not load (whyUnavailable()).
    static CliGraphicsModule *module();
    // Why module() is nullptr, as the object of "needs": "nv-cli's graphics module, which is
    // not installed (no nv-cli-graphics module in FOLDER)"; translated when asked (after the
    // catalogue is installed).
    static QString whyUnavailable();
    // The module's base name (QPluginLoader adds the platform's suffix).
    static QString moduleName() { return QStringLiteral("nv-cli-graphics"); }
};

} // namespace nv
