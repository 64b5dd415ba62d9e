#include "EmbeddedBrowserGraphics.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QOpenGLContext>

// Qt WebEngine shares its textures with the window through Qt's global share context. Qt
// declares the two functions that set and read it in a private header; WebEngine itself
// declares them this way (qtwebenginecoreglobal.cpp), and so does this file.
QT_BEGIN_NAMESPACE
Q_GUI_EXPORT void qt_gl_set_global_share_context(QOpenGLContext *context);
Q_GUI_EXPORT QOpenGLContext *qt_gl_global_share_context();
QT_END_NAMESPACE

namespace nv {

namespace {
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
} // namespace

void EmbeddedBrowserGraphics::prepareApplication()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (qt_gl_global_share_context())
        return;
    // Not created: QGuiApplication sees a share context and makes none at start.
    ownShareContext() = new QOpenGLContext;
    qt_gl_set_global_share_context(ownShareContext());
    qAddPostRoutine(deleteShareContext);
}

void EmbeddedBrowserGraphics::prepareGraphics()
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

} // namespace nv
