#include "ConsoleOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nv {

bool ConsoleOptions::parse(const QStringList &arguments, ConsoleOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ConsoleOptions", "Desktop test console for the CAMARA Number Verification API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("ConsoleOptions", "Start on the profile called <name>."),
        QStringLiteral("name"));
    const QCommandLineOption phone(
        QStringLiteral("phone"),
        QCoreApplication::translate("ConsoleOptions", "Prefill the phone number to verify."),
        QStringLiteral("number"));
    const QCommandLineOption logDb(
        QStringLiteral("log-db"),
        QCoreApplication::translate("ConsoleOptions", "Keep the request log in <path>."),
        QStringLiteral("path"));
    const QCommandLineOption run(
        QStringLiteral("run"),
        QCoreApplication::translate("ConsoleOptions", "Start a flow as soon as the window is "
                                                      "ready."));
    parser.addOptions({profile, phone, logDb, run});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0); // exits, as a command-line tool does
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = QCoreApplication::translate("ConsoleOptions", "Unexpected argument: %1")
                     .arg(parser.positionalArguments().constFirst());
        return false;
    }
    options->profile = parser.value(profile);
    options->phoneNumber = parser.value(phone);
    options->logDatabase = parser.value(logDb);
    options->runAtStart = parser.isSet(run);
    return true;
}

} // namespace nv
