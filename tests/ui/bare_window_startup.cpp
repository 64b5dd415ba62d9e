// The yardstick for `nv-console --measure-startup`: a bare QMainWindow with a label, measured
// the same way (process start to first paint). Built, not run by ctest.

#include "StartupClock.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("bare window")));
    window.resize(1280, 860);
    new nv::StartupClock("bare-window-startup", sinceMain, &window);
    window.show();
    return QApplication::exec();
}
