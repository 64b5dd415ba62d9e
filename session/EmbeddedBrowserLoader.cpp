#include "EmbeddedBrowserLoader.h"

#include "EmbeddedBrowserModule.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QOpenGLContext>
#include <QPluginLoader>

// Qt WebEngine shares its textures with the window through Qt's global share context. Qt
// declares the two functions that set and read it in a private header; WebEngine itself
// declares them this way (qtwebenginecoreglobal.cpp), and so does this file.
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);
Q_GUI_EXPORT QOpenGLContext *qt_gl_global_share_context();
QT_END_NAMESPACE

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
};

LoadState &state()
{
    static LoadState loaded;
    return loaded;
}

QOpenGLContext *&ownShareContext()
{
    static QOpenGLContext *context = nullptr;
    return context;
}

void deleteShareContext()
{
    if (qt_gl_global_share_context() == ownShareContext())
        qt_gl_set_global_share_context(nullptr);
    delete ownShareContext();
    ownShareContext() = nullptr;
}

bool isGuiApplication()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}
} // namespace

QStringList EmbeddedBrowserLoader::searchPath()
{
    if (qEnvironmentVariableIsSet("NV_PLUGIN_DIR"))
        return {qEnvironmentVariable("NV_PLUGIN_DIR")};
    const QString programDir = QCoreApplication::applicationDirPath();
    QStringList dirs{QDir::cleanPath(programDir + QStringLiteral("/../") +
                                     QStringLiteral(NV_INSTALL_PLUGINDIR))};
#if defined(NV_BUILD_DIR) && defined(NV_BUILD_PLUGIN_DIR)
    // Only a program of this build tree looks into it: an installed one never does.
    const QString buildDir = QDir::cleanPath(QStringLiteral(NV_BUILD_DIR));
    if (programDir == buildDir || programDir.startsWith(buildDir + QLatin1Char('/')))
        dirs << QStringLiteral(NV_BUILD_PLUGIN_DIR);
#endif
    return dirs;
}

QString EmbeddedBrowserLoader::findModule()
{
    static const char *const suffixes[] = {".so", ".dylib", ".dll"};
    for (const QString &dir : searchPath()) {
        for (const char *suffix : suffixes) {
            const QFileInfo file(dir + QLatin1Char('/') + moduleName() + QLatin1String(suffix));
            if (file.isFile())
                return file.absoluteFilePath();
        }
    }
    return {};
}

bool EmbeddedBrowserLoader::isInstalled(QString *why)
{
    QString reason;
    if (state().tried && !state().module)
        reason = state().error;
    else if (!state().module && !isGuiApplication())
        reason = tr("The embedded browser needs a graphical application; this program runs "
                    "without one.");
    else if (!state().module && findModule().isEmpty())
        reason = tr("The embedded browser is not installed (no %1 module in %2).")
                     .arg(moduleName(),
                          QDir::toNativeSeparators(searchPath().join(QStringLiteral(", "))));
    if (why)
        *why = reason;
    return reason.isEmpty();
}

void EmbeddedBrowserLoader::prepareApplication()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (qt_gl_global_share_context())
        return;
    // Not created: QGuiApplication sees a share context and makes none at start.
    ownShareContext() = new QOpenGLContext;
    qt_gl_set_global_share_context(ownShareContext());
    qAddPostRoutine(deleteShareContext);
}

void EmbeddedBrowserLoader::prepareGraphics()
{
    // A front end that did not call prepareApplication(): Qt 6.4 warns that the attribute comes
    // late, but it is read only when a GL widget is made, which is after this.
    if (!QCoreApplication::testAttribute(Qt::AA_ShareOpenGLContexts))
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QOpenGLContext *context = qt_gl_global_share_context();
    if (!context) {
        context = ownShareContext() = new QOpenGLContext;
        qt_gl_set_global_share_context(context);
        qAddPostRoutine(deleteShareContext);
    }
    if (context->isValid())
        return;
    // Without OpenGL (offscreen, no driver) create() fails and the engine renders in software;
    // the object must still be there.
    context->setScreen(QGuiApplication::primaryScreen());
    context->setFormat(QSurfaceFormat::defaultFormat());
    context->create();
}

EmbeddedBrowserModule *EmbeddedBrowserLoader::module(QString *why)
{
    LoadState &loaded = state();
    if (!loaded.tried && isInstalled(&loaded.error)) {
        loaded.tried = true;
        prepareGraphics();
        // The module stays loaded for the life of the process: its drivers and views do.
        QPluginLoader loader(findModule());
        loader.setLoadHints(QLibrary::PreventUnloadHint);
        loaded.module = qobject_cast<EmbeddedBrowserModule *>(loader.instance());
        if (!loaded.module)
            loaded.error = tr("The embedded browser is installed but could not be loaded: %1")
                               .arg(loader.errorString());
    }
    loaded.tried = true;
    if (why)
        *why = loaded.error;
    return loaded.module;
}

} // namespace nv
