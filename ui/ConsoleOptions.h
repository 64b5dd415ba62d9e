#pragma once

#include <QString>
#include <QStringList>

namespace nv {

struct SessionOptions;

// What nv-console was asked for on its command line. Parsed apart from main() so the tests can
// build a window exactly the way the executable does.
struct ConsoleOptions
{
    QString profile;         // --profile NAME; empty: the last used one, else the built-in sandbox
    QString phoneNumber;     // --phone NUMBER, prefilled in the phone number field
    QString logDatabase;     // --log-db PATH; empty: RequestLog's default location
    bool runAtStart = false; // --run: start a flow as soon as the window is ready
    // --sandbox-scenario ID: the built-in sandbox starts in that scenario (see docs/sandbox.md)
    QString sandboxScenario;
    // --sandbox-token-lifetime SECONDS: the built-in sandbox's access tokens live that long,
    // e.g. to show a token expiring during a demo; 0: its default
    int sandboxTokenLifetime = 0;
    // --measure-startup: print the time from process start to the first paint, then exit
    bool measureStartup = false;
    // The one positional argument: a demo session (.nvsession) the window opens once it is up,
    // as a file manager passes it (the desktop entry's Exec=nv-console %f)
    QString sessionFile;

    // Parses arguments (argv[0] first). On a usage error returns false and sets *error.
    static bool parse(const QStringList &arguments, ConsoleOptions *options, QString *error);

    // What the window's run session is given of these.
    SessionOptions sessionOptions() const;
};

} // namespace nv
