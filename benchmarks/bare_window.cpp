// nv-bare-window: the floor that nv-console's start is compared with (benchmarks/run-benchmarks):
// a bare QWidget window of the console's size, nothing else. With NV_FIRST_PAINT_EXIT=1 in the
// environment it prints the time to its first paint and exits, measured exactly as
// `nv-console --measure-startup` measures itself (app/console/StartupClock.h).

#include "StartupClock.h"

#include <QApplication>
#include <QWidget>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("bare window"));
    window.resize(1280, 860); // MainWindow's own size, so both paint the same area
    if (qEnvironmentVariableIntValue("NV_FIRST_PAINT_EXIT") == 1)
        new nv::StartupClock("nv-bare-window", sinceMain, &window);
    window.show();
    return QApplication::exec();
}
