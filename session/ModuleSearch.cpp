#include "ModuleSearch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace nv {

QString ModuleSearch::programDir()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    // Before the application object: the running program's file, as Qt itself reads it on
    // Linux; elsewhere the current folder (only NV_PLUGIN_DIR then finds a module early).
    const QString program = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    return program.isEmpty() ? QDir::currentPath() : QFileInfo(program).absolutePath();
}

QStringList ModuleSearch::searchPath()
{
    if (qEnvironmentVariableIsSet("NV_PLUGIN_DIR"))
        return {qEnvironmentVariable("NV_PLUGIN_DIR")};
    const QString dir = programDir();
    QStringList dirs{
        QDir::cleanPath(dir + QStringLiteral("/../") + QStringLiteral(NV_INSTALL_PLUGINDIR))};
#if defined(NV_BUILD_DIR) && defined(NV_BUILD_PLUGIN_DIR)
    // Only a program of this build tree looks into it: an installed one never does.
    const QString buildDir = QDir::cleanPath(QStringLiteral(NV_BUILD_DIR));
    if (dir == buildDir || dir.startsWith(buildDir + QLatin1Char('/')))
        dirs << QStringLiteral(NV_BUILD_PLUGIN_DIR);
#endif
    return dirs;
}

QString ModuleSearch::find(const QString &name)
{
    static const char *const suffixes[] = {".so", ".dylib", ".dll"};
    for (const QString &dir : searchPath()) {
        for (const char *suffix : suffixes) {
            const QFileInfo file(dir + QLatin1Char('/') + name + QLatin1String(suffix));
            if (file.isFile())
                return file.absoluteFilePath();
        }
    }
    return {};
}

QObject *ModuleSearch::rootObject(const QString &file, QString *error)
{
    QPluginLoader loader(file);
    loader.setLoadHints(QLibrary::PreventUnloadHint);
    QObject *root = loader.instance();
    if (!root && error)
        *error = loader.errorString();
    return root;
}

} // namespace nv
