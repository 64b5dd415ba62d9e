#pragma once

#include <QString>
#include <QStringList>

namespace nv {

// What nv-console was asked for on its command line. Parsed apart from main() so the tests can
// build a window exactly the way the executable does.
struct ConsoleOptions
{
    QString profile;         // --profile NAME; empty: the last used one, else the built-in sandbox
    QString phoneNumber;     // --phone NUMBER, prefilled in the phone number field
    QString logDatabase;     // --log-db PATH; empty: RequestLog's default location
    bool runAtStart = false; // --run: start a flow as soon as the window is ready

    // Parses arguments (argv[0] first). On a usage error returns false and sets *error.
    static bool parse(const QStringList &arguments, ConsoleOptions *options, QString *error);
};

} // namespace nv
