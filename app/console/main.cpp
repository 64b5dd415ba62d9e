// nv-console: the desktop test console for the CAMARA Number Verification API.

#include "ConsoleOptions.h"
#include "ConsoleSettings.h"
#include "EmbeddedBrowserLoader.h"
#include "MainWindow.h"
#include "StartupClock.h"
#include "Translations.h"
#include "common/ApplicationIdentity.h"

#include <QApplication>
#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // Chromium refuses to start its sandbox as root (containers, CI, a demo laptop logged in as
    // root). Only then, and only when the person has not decided otherwise, run WebEngine
    // without its sandbox; an ordinary user keeps the full sandbox.
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX") && ::geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    // The browser engine is a module, loaded with the first run that needs it; what it needs
    // before the application object exists is set here, without loading it or any GL.
    nv::EmbeddedBrowserLoader::prepareApplication();
    nv::setApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("com.konera.nvconsole"));

    // --help and --version answer before the application object exists, so they work without a
    // display. Everything else is parsed once QApplication has taken its own options (-style,
    // -platform, ...) out of the list.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-v" || arg == "--version") {
            // A core application needs no display and lets the help name the program
            // ("Usage: nv-console") instead of "<executable_name>".
            QCoreApplication noDisplay(argc, argv);
            // In the system locale's language, as nv-cli's help (the manual page is made with
            // the C locale).
            nv::installTranslations();
            nv::ConsoleOptions ignored;
            QString error;
            nv::ConsoleOptions::parse({QString::fromLocal8Bit(argv[0]), QString::fromLatin1(arg)},
                                      &ignored, &error);
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("NV Console"));
    // The language chosen in View → Language, else the system locale's (LANGUAGE, LC_MESSAGES,
    // LANG); Qt's own strings too.
    nv::installLanguage(nv::ConsoleSettings::language());

    nv::ConsoleOptions options;
    QString error;
    if (!nv::ConsoleOptions::parse(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "nv-console: %s\n", qPrintable(error));
        return 2;
    }

    nv::MainWindow window(options);
    if (options.measureStartup || qEnvironmentVariableIntValue("NV_FIRST_PAINT_EXIT") == 1)
        new nv::StartupClock("nv-console", sinceMain, &window);
    window.show();
    return QApplication::exec();
}
