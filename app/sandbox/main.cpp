// nv-sandbox: the built-in operator sandbox as a stand-alone process, for curl sessions, other
// tools, and CI jobs that want a fake operator without the console.

#include "InterruptWatcher.h"
#include "OperatorSandbox.h"
#include "SandboxOptions.h"
#include "SandboxScenario.h"
#include "Translations.h"

#include <QCoreApplication>
#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "nv-sandbox: %s\n", qPrintable(message));
    return 2;
}

int printScenarios()
{
    for (const nv::SandboxScenario &scenario : nv::SandboxScenario::all())
        std::printf("%s\t%s\t%s\n", qPrintable(scenario.id), qPrintable(scenario.testNumber),
                    qPrintable(scenario.translatedTitle()));
    return 0;
}

void warnIfExposed(const SandboxOptions::Setup &setup)
{
    if (!setup.address.isLoopback())
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                                    "nv-sandbox",
                                    "nv-sandbox: warning: listening on %1, not loopback: anyone "
                                    "who can reach it can obtain tokens with the well-known "
                                    "sandbox credentials")
                                    .arg(setup.address.toString())));
    if (setup.config.testClockEndpoint)
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "nv-sandbox", "nv-sandbox: test clock endpoint enabled (POST "
                                       "/nv-sandbox/test/clock): for tests only")));
}

// The first line, then (unless quiet) one line per request.
void announce(nv::OperatorSandbox &sandbox, const SandboxOptions::Setup &setup)
{
    std::printf("NV_SANDBOX_URL=%s\n", qPrintable(sandbox.baseUrl().toString()));
    if (!setup.quiet && setup.config.scenario != nv::SandboxScenario::defaultId())
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("nv-sandbox", "nv-sandbox: scenario %1")
                                    .arg(setup.config.scenario)));
    std::fflush(stdout);
    QObject::connect(
        &sandbox, &nv::OperatorSandbox::acceptPaused, &sandbox,
        [](const QString &reason, int retryMs) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                                        "nv-sandbox", "nv-sandbox: cannot accept connections (%1); "
                                                      "retrying in %2 ms")
                                        .arg(reason)
                                        .arg(retryMs)));
        });
    if (setup.quiet)
        return;
    QObject::connect(&sandbox, &nv::OperatorSandbox::requestServed, &sandbox,
                     [](const QString &method, const QString &path, int status,
                        const QString &correlationId, qint64 elapsedMs) {
                         std::printf("%s %s %03d %s %lldms\n", qPrintable(method), qPrintable(path),
                                     status,
                                     correlationId.isEmpty() ? "-" : qPrintable(correlationId),
                                     static_cast<long long>(elapsedMs));
                         std::fflush(stdout);
                     });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nv-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NV_VERSION_STRING));
    nv::installCommandLineTranslations(); // the system locale's language

    const SandboxOptions options;
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    if (parser.isSet(options.listScenarios))
        return printScenarios();
    SandboxOptions::Setup setup;
    const QString problem = options.read(parser, &setup);
    if (!problem.isEmpty())
        return fail(problem);
    warnIfExposed(setup);
    // SIGINT or SIGTERM: the event loop ends and the program exits normally.
    nv::InterruptWatcher interrupts;
    if (!interrupts.isWatching())
        return fail(QCoreApplication::translate("nv-sandbox", "cannot install signal handlers"));
    QObject::connect(&interrupts, &nv::InterruptWatcher::interrupted, &app,
                     &QCoreApplication::quit);

    nv::OperatorSandbox sandbox(setup.config);
    if (!sandbox.listen(setup.address, setup.port))
        return fail(QCoreApplication::translate("nv-sandbox", "cannot listen on %1")
                        .arg(parser.value(options.listen)));
    announce(sandbox, setup);
    return app.exec();
}
