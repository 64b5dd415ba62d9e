#include "EmbeddedBrowserLoader.h"

#include "EmbeddedBrowserModule.h"
#include "ModuleSearch.h"

#include <QCoreApplication>
#include <QDir>

namespace nv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv::EmbeddedBrowserLoader", text);
}

struct LoadState
{
    bool tried = false;
    EmbeddedBrowserModule *module = nullptr;
    QString error;
    void (*prepareGraphics)() = nullptr;
    QString graphicsUnavailable;
};

LoadState &state()
{
    static LoadState loaded;
    return loaded;
}

bool isGuiApplication()
{
    // By name: this file does not link Qt GUI.
    const QCoreApplication *app = QCoreApplication::instance();
    return app && app->inherits("QGuiApplication");
}
} // namespace

QStringList EmbeddedBrowserLoader::searchPath()
{
    return ModuleSearch::searchPath();
}

QString EmbeddedBrowserLoader::findModule()
{
    return ModuleSearch::find(moduleName());
}

void EmbeddedBrowserLoader::setGraphicsPreparation(void (*prepare)())
{
    state().prepareGraphics = prepare;
}

void EmbeddedBrowserLoader::setGraphicsUnavailable(const QString &why)
{
    state().graphicsUnavailable = why;
}

bool EmbeddedBrowserLoader::isInstalled(QString *why)
{
    QString reason;
    if (state().tried && !state().module)
        reason = state().error;
    else if (!state().module && findModule().isEmpty())
        reason = tr("The embedded browser is not installed (no %1 module in %2).")
                     .arg(moduleName(),
                          QDir::toNativeSeparators(searchPath().join(QStringLiteral(", "))));
    else if (!state().module && !state().graphicsUnavailable.isEmpty())
        reason = state().graphicsUnavailable;
    else if (!state().module && !isGuiApplication())
        reason = tr("The embedded browser needs a graphical application; this program runs "
                    "without one.");
    if (why)
        *why = reason;
    return reason.isEmpty();
}

EmbeddedBrowserModule *EmbeddedBrowserLoader::module(QString *why)
{
    LoadState &loaded = state();
    if (!loaded.tried && isInstalled(&loaded.error)) {
        loaded.tried = true;
        if (loaded.prepareGraphics)
            loaded.prepareGraphics();
        QString error;
        loaded.module = ModuleSearch::load<EmbeddedBrowserModule>(findModule(), &error);
        if (!loaded.module)
            loaded.error =
                tr("The embedded browser is installed but could not be loaded: %1").arg(error);
    }
    loaded.tried = true;
    if (why)
        *why = loaded.error;
    return loaded.module;
}

} // namespace nv
