#include "ConsoleOptions.h"

#include "RunSession.h"
#include "sandbox/SandboxScenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nv {

namespace {
// --sandbox-scenario and --sandbox-token-lifetime, checked against what the sandbox knows.
bool readSandboxOptions(const QCommandLineParser &parser, const QCommandLineOption &scenario,
                        const QCommandLineOption &tokenLifetime, ConsoleOptions *options,
                        QString *error)
{
    options->sandboxScenario = parser.value(scenario);
    if (!options->sandboxScenario.isEmpty() && !SandboxScenario::fromId(options->sandboxScenario)) {
        QStringList ids;
        for (const SandboxScenario &known : SandboxScenario::all())
            ids << known.id;
        *error = QCoreApplication::translate("ConsoleOptions",
                                             "Unknown sandbox scenario \"%1\"; known: %2")
                     .arg(options->sandboxScenario, ids.join(QStringLiteral(", ")));
        return false;
    }
    if (parser.isSet(tokenLifetime)) {
        bool ok = false;
        options->sandboxTokenLifetime = parser.value(tokenLifetime).toInt(&ok);
        if (!ok || options->sandboxTokenLifetime < 1) {
            *error = QCoreApplication::translate("ConsoleOptions",
                                                 "--sandbox-token-lifetime needs a number of "
                                                 "seconds, 1 or more.");
            return false;
        }
    }
    return true;
}
} // namespace

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
    const QCommandLineOption scenario(
        QStringLiteral("sandbox-scenario"),
        QCoreApplication::translate("ConsoleOptions",
                                    "Start the built-in sandbox in scenario <id> (match, "
                                    "mismatch, not-on-mobile-network, consent, ...)."),
        QStringLiteral("id"));
    const QCommandLineOption tokenLifetime(
        QStringLiteral("sandbox-token-lifetime"),
        QCoreApplication::translate("ConsoleOptions",
                                    "Make the built-in sandbox's access tokens live <seconds>."),
        QStringLiteral("seconds"));
    const QCommandLineOption measure(
        QStringLiteral("measure-startup"),
        QCoreApplication::translate("ConsoleOptions",
                                    "Print the milliseconds from process start to the first "
                                    "paint of the window, then exit."));
    parser.addOptions({profile, phone, logDb, run, scenario, tokenLifetime, measure});
    parser.addPositionalArgument(
        QStringLiteral("session"),
        QCoreApplication::translate("ConsoleOptions",
                                    "A demo session file (.nvsession) to open: its profile, "
                                    "scenario, number and layout."),
        QStringLiteral("[session.nvsession]"));
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0); // exits, as a command-line tool does
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = QCoreApplication::translate("ConsoleOptions",
                                             "Unexpected argument: %1 (one session file at most)")
                     .arg(positional.at(1));
        return false;
    }
    options->sessionFile = positional.value(0);
    options->profile = parser.value(profile);
    options->phoneNumber = parser.value(phone);
    options->logDatabase = parser.value(logDb);
    options->runAtStart = parser.isSet(run);
    if (!readSandboxOptions(parser, scenario, tokenLifetime, options, error))
        return false;
    options->measureStartup = parser.isSet(measure);
    return true;
}

SessionOptions ConsoleOptions::sessionOptions() const
{
    SessionOptions session;
    if (sandboxTokenLifetime > 0)
        session.sandbox.tokenTtlSeconds = sandboxTokenLifetime;
    if (!sandboxScenario.isEmpty())
        session.sandbox.scenario = sandboxScenario;
    // A person is about to run: the sandbox's signing key is made once it is ready, on a
    // worker, rather than inside the first run's token step, where it showed as a few hundred
    // milliseconds that later runs do not have.
    session.sandbox.signingKey = SandboxConfig::SigningKey::AfterReady;
    session.logDatabase = logDatabase;
    // --run: the keychain may still be answering when the window is up.
    session.waitForSecret = runAtStart;
    return session;
}

} // namespace nv
