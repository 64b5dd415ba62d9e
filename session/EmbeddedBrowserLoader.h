#pragma once

#include <QString>
#include <QStringList>

namespace nv {

class EmbeddedBrowserModule;

// Finds and loads the embedded-browser module (QPluginLoader), once per process, the first time
// a run needs it. Where it looks, in this order:
//   - $NV_PLUGIN_DIR, when set (and nowhere else then: a test or a packager decides);
//   - <program folder>/../lib/nv-console/plugins, the installed layout of every package;
//   - the build tree's plugin folder, only for a program that runs from that build tree.
//
// What Qt WebEngine needs before it loads: Qt::AA_ShareOpenGLContexts and Qt's global share
// context, an object that exists (WebEngine dereferences it) and is created on the GPU path.
// Linked, WebEngine sets both up before main(); and the attribute alone, set before the
// application object exists, makes QGuiApplication create the context at start, loading the GL
// driver. So the front ends call prepareApplication() before the application object exists: the
// attribute, and a share context object that is not created yet. module() creates it just
// before loading the engine; a start that never opens the browser never touches GL.
class EmbeddedBrowserLoader
{
public:
    // Before QGuiApplication exists; no GL, no engine.
    static void prepareApplication();
    // True when the module file is there and this process can run it (a GUI application);
    // false with the reason in words. Loads nothing.
    static bool isInstalled(QString *why = nullptr);
    // The loaded module; nullptr, with the reason in words, when it is missing or fails to load.
    static EmbeddedBrowserModule *module(QString *why = nullptr);
    // The folders searched, in order (for messages and nv-cli doctor).
    static QStringList searchPath();
    // The module's base name (QPluginLoader adds the platform's suffix).
    static QString moduleName() { return QStringLiteral("nv-embedded-browser"); }

private:
    static QString findModule();
    static void prepareGraphics();
};

} // namespace nv
