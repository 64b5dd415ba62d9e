#pragma once

#include <QString>
#include <QStringList>

namespace nv {

class EmbeddedBrowserModule;

// Finds and loads the embedded-browser module (QPluginLoader), once per process, the first time
// a run needs it; where it looks: ModuleSearch.
//
// What Qt WebEngine needs before it loads: Qt::AA_ShareOpenGLContexts and Qt's global share
// context, an object that exists (WebEngine dereferences it) and is created on the GPU path.
// Linked, WebEngine sets both up before main(); and the attribute alone, set before the
// application object exists, makes QGuiApplication create the context at start, loading the GL
// driver. So the front ends call prepareApplication() before the application object exists: the
// attribute, and a share context object that is not created yet. module() creates it just
// before loading the engine; a start that never opens the browser never touches GL.
//
// This class needs no Qt GUI (nv-cli's default path loads none): prepareApplication() is
// defined in nvbrowsergraphics (EmbeddedBrowserGraphics, which links Qt GUI) and hands the
// loader the step that creates the context (setGraphicsPreparation). nv-cli, whose graphics are
// a module of their own, hands it that module's step instead.
class EmbeddedBrowserLoader
{
public:
    // Before QGuiApplication exists; no GL, no engine. In nvbrowsergraphics (Qt GUI).
    static void prepareApplication();
    // What module() runs just before it loads the engine (creates the share context).
    static void setGraphicsPreparation(void (*prepare)());
    // Why this process cannot show the embedded browser although the module may be there
    // (nv-cli without its graphics module); empty clears it.
    static void setGraphicsUnavailable(const QString &why);
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
};

} // namespace nv
