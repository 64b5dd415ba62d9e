// nv-cli: the Number Verification flow without a window. A thin front end over nvcore.
#include "BatchVerifyCommand.h"
#include "CliGraphicsLoader.h"
#include "CliGraphicsModule.h"
#include "DoctorCommand.h"
#include "EmbeddedBrowserLoader.h"
#include "FlowCommand.h"
#include "InterruptWatcher.h"
#include "KeyCommand.h"
#include "LogCommand.h"
#include "SendCommand.h"
#include "Translations.h"
#include "common/ApplicationIdentity.h"
#include "common/OpenSslAtExit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>
#include <memory>
#include <unistd.h>

namespace {

// The synopsis of every command, in the shell's syntax (never translated).
const char *const UsageLines =
    R"USAGE(  nv-cli flow --phone +E164 [--profile NAME | --profile-file FILE] [--base-url URL]
              [--issuer URL] [--api-version v1|v2] [--device-phone-number]
              [--authorize-url URL] [--token-url URL] [--verify-url URL] [--client-id ID]
              [--client-secret-env VAR] [--redirect-uri URI] [--scope S] [--login-hint H]
              [--prompt P] [--konera-context C] [--pkce on|off]
              [--token-auth post|basic|private_key_jwt] [--key-file FILE | --key-env VAR]
              [--alg RS256|ES256] [--assertion-audience token|issuer]
              [--assertion-clock-offset S]
              [--correlation-id ID] [--correlation-header NAME]
              [--browser none|offscreen|system|phone] [--relay URL]
              [--hashed] [--allow-invalid] [--timeout S] [--json] [--log-db FILE | --no-log]
              [--repeat N]
  nv-cli verify --verify-url URL --token-env VAR --phone +E164 [--hashed] [--allow-invalid]
              [--correlation-id ID] [--correlation-header NAME] [--timeout S] [--json]
  nv-cli verify --verify-url URL --token-env VAR --phones FILE|- [--concurrency N] [--strict]
              [--hashed] [--allow-invalid] [--correlation-id ID] [--correlation-header NAME]
              [--timeout S] [--json] [--log-db FILE | --no-log]
  nv-cli log list [--correlation-id ID] [--since T] [--step S] [--status 2xx|4xx|failed]
              [--search TEXT] [--limit N] [--json] [--log-db FILE]
  nv-cli log show ID [--json] [--log-db FILE]
  nv-cli log export --har FILE | --jsonl FILE [--correlation-id ID] [--since T] [--log-db FILE]
  nv-cli log report --correlation-id ID [--correlation-id ID ...] (--html FILE | --pdf FILE)
              [--palette light|presentation] [--paper a4|letter] [--log-db FILE]
  nv-cli send --from-log ID [--url URL] [--method M] [--set-header "H: V"] [--remove-header H]
              [--header-env NAME=VAR] [--token-env VAR] [--body-json JSON | --body TEXT]
              [--send-redacted] [--timeout S] [--json] [--log-db FILE | --no-log]
  nv-cli doctor [--json] [--timeout S]
  nv-cli key new --alg RS256|ES256 --out FILE [--pem]
  nv-cli key show --key-file FILE [--pem]
  nv-cli help [flow|verify|log|send|doctor|key])USAGE";

// The example's commands, run as they are (never translated).
const char *const ExampleLines = R"EXAMPLE(  eval "$(nv-sandbox | head -n1)" &
  NV_SECRET=nv-sandbox-secret-3f9a nv-cli flow --base-url "$NV_SANDBOX_URL" \
      --client-id nv-console-sandbox --client-secret-env NV_SECRET \
      --redirect-uri https://nv-console.invalid/callback --phone +34666666666 --json
)EXAMPLE";

// nv-cli --help: the usage lines, then one paragraph per command, the exit codes, the JSON
// fields and an example. Each paragraph is one entry of the catalogue. English is the text the
// manual page is made from (packaging/man/nv-cli-help.sh reads its headings).
const char *const HelpParagraphs[] = {
    QT_TRANSLATE_NOOP(
        "nv-cli",
        "flow runs authorize -> code -> token -> verify under one correlation id. With no "
        "profile and\n"
        "no endpoint options it runs against the built-in operator sandbox, in-process and "
        "offline\n"
        "(subscriber +34666666666). --browser none (default) follows the redirect chain with "
        "plain\n"
        "HTTP; when the operator shows a page that needs a person, use --browser offscreen "
        "(the\n"
        "embedded browser, headless). --browser system opens the desktop's browser and takes "
        "the\n"
        "redirect on a loopback URI (--redirect-uri http://127.0.0.1:PORT/callback), for "
        "operators that\n"
        "refuse embedded browsers. --browser phone prints the authorize URL as a QR code for a "
        "phone on\n"
        "mobile data (the only way a real operator sees a SIM when this computer is on Wi-Fi); "
        "the code\n"
        "comes back through --relay URL (nv-relay), or paste the phone's final address on "
        "stdin.\n"
        "--issuer URL reads a CAMARA operator's endpoints from its discovery document first.\n"
        "--device-phone-number asks, after verify, which number the device's SIM has (scope\n"
        "number-verification:device-phone-number:read, added to the request).\n"
        "--repeat N runs N whole flows one after another: a line per run (--json: a JSON "
        "object per\n"
        "line), then the p50, p90, p99 and max of the whole run and of each step (--json: a "
        "last line\n"
        "{\"summary\": ...}); with --correlation-id ID run n sends ID-n.\n"
        "verify makes a single call with a token you already have. verify --phones FILE "
        "verifies every\n"
        "number of FILE (\"-\": standard input; one E.164 number per line, or CSV with a "
        "phoneNumber\n"
        "column; blank lines and # comments skipped) with that token over one keep-alive "
        "connection,\n"
        "--concurrency N calls at once (1 to 16, default 1), and prints a line per answer as "
        "it arrives\n"
        "(--json: one object per line: line, number, verified, assessedAt, status, "
        "correlationId, ms,\n"
        "outcome, correlatorEcho, error), then a summary on standard error. Each call has a "
        "correlation\n"
        "id of its own: a fresh UUID v4, or with --correlation-id ID, ID-n for the n-th "
        "number. A bad\n"
        "line is reported with its line number and skipped (exit at least 1); with --strict it "
        "stops\n"
        "the batch before anything is sent (exit 2). An empty list is exit 2. A 401 stops the "
        "batch:\n"
        "the numbers not sent yet are not sent. The exit code is the worst answer's: 4 (any "
        "API error)\n"
        "> 5 (a call without an answer) > 1 (not verified, or a line skipped) > 0 (every "
        "number\n"
        "verified).\n"
        "Secrets are read from environment variables, never from flags."),
    QT_TRANSLATE_NOOP("nv-cli", "doctor says how this machine reaches the network "
                                "(Wi-Fi, Ethernet, a phone over USB or\n"
                                "Bluetooth, a phone's hotspot, a mobile modem; VPN; "
                                "metered; the devices that are up) and\n"
                                "whether that path can carry the operator's "
                                "network-based authentication, which needs a SIM's\n"
                                "mobile data with no VPN. Exit 0 it can, 1 it "
                                "cannot, 5 it cannot be told (e.g. NetworkManager\n"
                                "is not running). --json prints one object: "
                                "transport, vpn, metered, devices, verdict,\n"
                                "situation, sentence, ..."),
    QT_TRANSLATE_NOOP("nv-cli", "log reads the request log (every exchange of every "
                                "run, redacted): list prints one line per\n"
                                "exchange (--since takes ISO 8601 or 30m, 2h, 7d), "
                                "show prints an exchange id or a whole\n"
                                "correlation id with headers and bodies, export "
                                "writes HAR 1.2 (opens in browser devtools) or\n"
                                "JSON Lines; FILE \"-\" is stdout. report writes a "
                                "run (or several) as one self-contained HTML\n"
                                "file or a PDF for a partner: the verdict, the "
                                "profile, the steps on a timeline, a sequence\n"
                                "diagram, and every exchange, redacted as the log "
                                "stores it. Exit 1 when the log or the id\n"
                                "does not exist."),
    QT_TRANSLATE_NOOP("nv-cli", "send sends an exchange of the log again, changed by "
                                "the options, records it under the same\n"
                                "correlation id with step \"manual\" and prints the "
                                "answer beside the original (exit 0 for a 2xx\n"
                                "answer, 4 for another, 5 for none). The log holds "
                                "secrets redacted: a [redacted:…] value\n"
                                "cannot be sent again from it; supply it from an "
                                "environment variable (--token-env VAR,\n"
                                "--header-env Authorization=VAR), or send the "
                                "placeholder on purpose (--send-redacted)."),
    QT_TRANSLATE_NOOP("nv-cli", "key makes and shows the client's key for private_key_jwt: key "
                                "new writes a private key (RSA 2048\n"
                                "for RS256, EC P-256 for ES256) to FILE with mode 0600, never "
                                "over an existing file, and prints\n"
                                "the public JWKS to register with the operator (kid: the RFC "
                                "7638 thumbprint); key show prints\n"
                                "the public JWKS of a key file (--pem: the public key as PEM). "
                                "flow --token-auth private_key_jwt\n"
                                "--key-file FILE then signs a client assertion (RFC 7523) with "
                                "it at the token endpoint."),
    QT_TRANSLATE_NOOP(
        "nv-cli",
        "Exit codes:\n"
        "  0  the number is verified (devicePhoneNumberVerified: true)\n"
        "  1  the number is not verified (false)\n"
        "  2  bad usage or input (e.g. a number that is not E.164, without --allow-invalid)\n"
        "  3  the authorize or token step failed\n"
        "  4  the API answered with an error\n"
        "  5  network or TLS failure\n"
        "  130  cancelled by SIGINT (Ctrl-C) or SIGTERM: the run stops and is reported as "
        "cancelled;\n"
        "       a second signal ends nv-cli at once"),
    QT_TRANSLATE_NOOP("nv-cli", "--json prints one object: devicePhoneNumberVerified, "
                                "assessedAt, correlationId, runId,\n"
                                "outcome, steps [{step, state, status, durationMs, "
                                "correlatorEcho}] and warnings [sentences],\n"
                                "or on failure {\"error\": {step, status, code, message, "
                                "explanation}, ...}. correlatorEcho (token,\n"
                                "verify, device-phone-number) is {state: "
                                "echoed|missing|different|not-sent|no-answer, header,\n"
                                "sent, received}: whether the operator echoed the correlation "
                                "header, errors included; a missing\n"
                                "or different echo is also a warning and never changes the "
                                "exit code. With --issuer: discovery\n"
                                "{issuer, authorizeUrl, tokenUrl, jwksUrl, jwksKeys, "
                                "verifyUrl}; a refused document is\n"
                                "{\"error\": {\"step\": \"discovery\", ...}} with exit 3 (5 "
                                "when nothing answered). With\n"
                                "--device-phone-number: devicePhoneNumber (\"+E164\" or null, "
                                "then devicePhoneNumberError).\n"
                                "With --json every text is English, like the field names: "
                                "the output is the same on\n"
                                "every machine.")};

QString synopsis()
{
    QStringList paragraphs;
    for (const char *paragraph : HelpParagraphs)
        paragraphs << QCoreApplication::translate("nv-cli", paragraph);
    return QCoreApplication::translate("nv-cli", "Usage:") + QLatin1Char('\n') +
           QString::fromUtf8(UsageLines) + QStringLiteral("\n\n") +
           paragraphs.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") +
           QCoreApplication::translate("nv-cli", "Example, against a running nv-sandbox:") +
           QLatin1Char('\n') + QString::fromUtf8(ExampleLines);
}

// --json: the output is for programs, the same on every machine. Its texts (message,
// explanation, warnings) stay English like its field names, so nothing is translated.
bool wantsMachineOutput(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--json") == 0)
            return true;
    }
    return false;
}

QString wantedCommand(int argc, char **argv)
{
    return argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
}

bool wantsOffscreenBrowser(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--browser=offscreen" ||
            (arg == "--browser" && i + 1 < argc && QByteArray(argv[i + 1]) == "offscreen"))
            return true;
    }
    return false;
}

// `nv-cli doctor ...`, and `nv-cli help doctor` for its options.
bool isDoctor(int argc, char **argv)
{
    const QByteArray command = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    return command == "doctor" ||
           (command == "help" && argc > 2 && QByteArray(argv[2]) == "doctor");
}

// A command's own options, after its command word: -1 when the command should run, else the
// exit code (2 for bad usage, 0 once --help is printed).
int parseCommandLine(QCommandLineParser &parser, QStringList args, QTextStream &out,
                     QTextStream &err)
{
    args.removeAt(1); // the command word
    if (!parser.parse(args)) {
        err << "nv-cli: " << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("nv-cli", "nv-cli: unexpected argument %1")
                   .arg(parser.positionalArguments().first())
            << Qt::endl;
        return 2;
    }
    return -1;
}

int runDoctor(QCoreApplication &app, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    nv::DoctorCommand::addOptions(parser);
    QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("help")) {
        out << synopsis() << Qt::endl << parser.helpText();
        return 0;
    }
    if (const int code = parseCommandLine(parser, args, out, err); code >= 0)
        return code;
    nv::DoctorCommand doctor(out, err);
    QObject::connect(
        &doctor, &nv::DoctorCommand::done, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    if (const int code = doctor.start(parser); code >= 0)
        return code;
    return app.exec();
}

// `nv-cli log report ... --pdf FILE`: the PDF is laid out with Qt GUI's fonts (headless).
bool wantsPdfReport(int argc, char **argv)
{
    if (argc < 3 || QByteArray(argv[1]) != "log")
        return false;
    bool report = false;
    bool pdf = false;
    for (int i = 2; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        report = report || arg == "report";
        pdf = pdf || arg == "--pdf" || arg.startsWith("--pdf=");
    }
    return report && pdf;
}

void prepareBrowserGraphics()
{
    if (nv::CliGraphicsModule *graphics = nv::CliGraphicsLoader::module())
        graphics->prepareBrowserGraphics();
}

// Only the embedded browser and the PDF report need a GUI application (headless); nv-cli does
// not link Qt GUI, its graphics module makes that application. The default path stays a plain
// core application that loads no Qt GUI and needs no display. Without the module, a core
// application too: the command that needed it says so (LogCommand, the run's driver).
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    const bool pdf = wantsPdfReport(argc, argv);
    const bool browser = !pdf && wantsOffscreenBrowser(argc, argv);
    nv::CliGraphicsModule *graphics = pdf || browser ? nv::CliGraphicsLoader::module() : nullptr;
    if (!graphics)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (browser) {
        // Chromium refuses to run its sandbox as root; the page only loads operator URLs.
        if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
            qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        // The browser engine is a module, loaded by the driver factory when the run starts.
        nv::EmbeddedBrowserLoader::setGraphicsPreparation(&prepareBrowserGraphics);
    }
    return std::unique_ptr<QCoreApplication>(graphics->createApplication(argc, argv, browser));
}

int printHelp(int argc, char **argv, QTextStream &out)
{
    out << synopsis();
    const QString topic = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    QCommandLineParser parser;
    if (topic == QLatin1String("log"))
        nv::LogCommand::addOptions(parser);
    else if (topic == QLatin1String("send"))
        nv::SendCommand::addOptions(parser);
    else if (topic == QLatin1String("key"))
        nv::KeyCommand::addOptions(parser);
    else if (!topic.isEmpty())
        nv::FlowCommand::addOptions(topic == QLatin1String("verify")
                                        ? nv::FlowCommand::Mode::VerifyOnly
                                        : nv::FlowCommand::Mode::Flow,
                                    parser);
    if (topic == QLatin1String("verify"))
        nv::BatchVerifyCommand::addOptions(parser);
    if (!topic.isEmpty())
        out << Qt::endl << parser.helpText();
    return argc > 1 ? 0 : 2;
}

// nv-cli verify --phones FILE: many numbers, one token, one connection.
int runBatchVerify(const QCommandLineParser &parser, QCoreApplication &app, QTextStream &out,
                   QTextStream &err)
{
    nv::BatchVerifyCommand batch(out, err);
    QObject::connect(
        &batch, &nv::BatchVerifyCommand::done, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    if (const int code = batch.start(parser); code >= 0)
        return code;
    return app.exec();
}

int runFlowCommand(const QString &command, QCoreApplication &app, QTextStream &out,
                   QTextStream &err)
{
    const auto mode = command == QLatin1String("flow") ? nv::FlowCommand::Mode::Flow
                                                       : nv::FlowCommand::Mode::VerifyOnly;
    QCommandLineParser parser;
    parser.setApplicationDescription(synopsis());
    parser.addHelpOption();
    nv::FlowCommand::addOptions(mode, parser);
    if (mode == nv::FlowCommand::Mode::VerifyOnly)
        nv::BatchVerifyCommand::addOptions(parser);
    if (const int code = parseCommandLine(parser, QCoreApplication::arguments(), out, err);
        code >= 0)
        return code;
    if (mode == nv::FlowCommand::Mode::VerifyOnly && parser.isSet(QStringLiteral("phones")))
        return runBatchVerify(parser, app, out, err);
    nv::FlowCommand flow(mode, out, err);
    QObject::connect(
        &flow, &nv::FlowCommand::done, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    nv::InterruptWatcher interrupts;
    QObject::connect(&interrupts, &nv::InterruptWatcher::interrupted, &flow,
                     &nv::FlowCommand::interrupt);
    if (const int code = flow.start(parser); code >= 0)
        return code;
    return app.exec();
}

int runSendCommand(QCoreApplication &app, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    nv::SendCommand::addOptions(parser);
    if (const int code = parseCommandLine(parser, QCoreApplication::arguments(), out, err);
        code >= 0)
        return code;
    nv::SendCommand send(out, err);
    QObject::connect(
        &send, &nv::SendCommand::done, &app, [](int code) { QCoreApplication::exit(code); },
        Qt::QueuedConnection);
    if (const int code = send.start(parser); code >= 0)
        return code;
    return app.exec();
}

// One call of nv-cli matches its regular expressions (the redaction patterns, the one built
// for the run's secrets) against a few kilobytes: compiling them to machine code, PCRE2's JIT
// that Qt turns on by default, cost more than it saved (a first redaction of a verify took
// 1.2 to 1.9 ms with it, 0.25 to 0.32 ms without, and every later one the same either way).
// Qt reads QT_ENABLE_REGEXP_JIT once, at the first pattern it compiles, so the variable is put
// back right after: programs nv-cli starts get the environment it was given. A value the user
// set is left alone.
void interpretRegularExpressions()
{
    if (qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        return;
    qputenv("QT_ENABLE_REGEXP_JIT", "0");
    (void)QRegularExpression(QStringLiteral("^")).isValid(); // compiles: Qt reads it now
    qunsetenv("QT_ENABLE_REGEXP_JIT");
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything uses OpenSSL: Qt's HTTP thread may still be ending when main() returns.
    nv::keepOpenSslStateUntilExit();
    interpretRegularExpressions();
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    nv::setApplicationIdentity();
    // The language of the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    if (!wantsMachineOutput(argc, argv))
        nv::installCommandLineTranslations();
    if (wantsOffscreenBrowser(argc, argv) && !nv::CliGraphicsLoader::module())
        nv::EmbeddedBrowserLoader::setGraphicsUnavailable(
            QCoreApplication::translate("nv-cli", "The embedded browser needs %1.")
                .arg(nv::CliGraphicsLoader::whyUnavailable()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = wantedCommand(argc, argv);
    if (isDoctor(argc, argv))
        return runDoctor(*app, out, err);
    if (command.isEmpty() || command == QLatin1String("help") ||
        command == QLatin1String("--help") || command == QLatin1String("-h"))
        return printHelp(argc, argv, out);
    if (command == QLatin1String("--version")) {
        out << "nv-cli " << NV_VERSION_STRING << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("log")) {
        QStringList args = QCoreApplication::arguments();
        args.removeAt(1);
        return nv::LogCommand(out, err).run(args);
    }
    if (command == QLatin1String("send"))
        return runSendCommand(*app, out, err);
    if (command == QLatin1String("key")) {
        QStringList args = QCoreApplication::arguments();
        args.removeAt(1);
        return nv::KeyCommand(out, err).run(args);
    }
    if (command != QLatin1String("flow") && command != QLatin1String("verify")) {
        err << QCoreApplication::translate("nv-cli",
                                           "nv-cli: unknown command \"%1\". Try nv-cli --help.")
                   .arg(command)
            << Qt::endl;
        return 2;
    }
    return runFlowCommand(command, *app, out, err);
}
