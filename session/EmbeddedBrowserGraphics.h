#pragma once

namespace nv {

// The Qt GUI half of getting Qt WebEngine ready (EmbeddedBrowserLoader says why it is needed):
// a library of its own, nvbrowsergraphics, so that nvsession and nv-cli's default path load no
// Qt GUI. The window links it; nv-cli's graphics module (app/cli/gui) carries it.
class EmbeddedBrowserGraphics
{
public:
    // Before QGuiApplication exists: Qt::AA_ShareOpenGLContexts, and a share context object
    // that is not created yet. No GL, no engine.
    static void prepareApplication();
    // Just before the engine loads: creates the share context (or leaves the object there when
    // there is no OpenGL, and the engine renders in software).
    static void prepareGraphics();
};

} // namespace nv
