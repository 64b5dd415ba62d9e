// nv-sandbox: the built-in operator sandbox as a stand-alone process, for curl sessions, other
// tools, and CI jobs that want a fake operator without the console.

#include "ClientAssertionVerifier.h"
#include "OperatorSandbox.h"
#include "SandboxScenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop, which then quits normally.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

bool installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 &&
           ::sigaction(SIGTERM, &action, nullptr) == 0;
}

// "127.0.0.1:0", "[::1]:8080", "localhost:0" or a bare port ":0".
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return false;
    QString host = text.left(colon);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (host.isEmpty() || host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "nv-sandbox: %s\n", qPrintable(message));
    return 2;
}

QString scenarioHelp()
{
    QString text = QStringLiteral("Scenarios (--scenario, or per flow with login_hint=tel:<test "
                                  "number>, or per call with the test number as phoneNumber):\n");
    for (const nv::SandboxScenario &scenario : nv::SandboxScenario::all())
        text += QStringLiteral("  %1  %2\n      %3\n")
                    .arg(scenario.id, -30)
                    .arg(scenario.testNumber, scenario.description);
    text += QStringLiteral("Any other +990 number: even last digit verifies true, odd false.\n");
    return text;
}

// "--client ID[,secret=S][,key=PUBLIC.pem][,redirect=URI]..."
QString parseClient(const QString &spec, nv::SandboxClient *client)
{
    const QStringList parts = spec.split(QLatin1Char(','));
    client->id = parts.first().trimmed();
    if (client->id.isEmpty() || client->id.contains(QLatin1Char('=')))
        return QStringLiteral("--client must start with the client id: ID,secret=S or "
                              "ID,key=public.pem");
    for (const QString &part : parts.mid(1)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString name = part.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1);
        if (name == QLatin1String("secret") && !value.isEmpty()) {
            client->secret = value;
        } else if (name == QLatin1String("key") && !value.isEmpty()) {
            QFile file(value);
            if (!file.open(QIODevice::ReadOnly))
                return QStringLiteral("--client %1: cannot read key file \"%2\"")
                    .arg(client->id, value);
            client->publicKeyPem = file.read(64 * 1024);
            if (!nv::ClientAssertionVerifier::isUsablePublicKey(client->publicKeyPem))
                return QStringLiteral("--client %1: \"%2\" is not a PEM RSA public key "
                                      "(-----BEGIN PUBLIC KEY-----)")
                    .arg(client->id, value);
        } else if (name == QLatin1String("redirect") && !value.isEmpty()) {
            const QUrl uri(value, QUrl::StrictMode);
            if (!uri.isValid() || uri.isRelative() || uri.hasFragment())
                return QStringLiteral("--client %1: redirect \"%2\" must be an absolute URI "
                                      "without a fragment")
                    .arg(client->id, value);
            client->redirectUris.append(uri);
        } else {
            return QStringLiteral("--client %1: unknown or empty part \"%2\"; use secret=, "
                                  "key= or redirect=")
                .arg(client->id, part);
        }
    }
    if (client->secret.isEmpty() && client->publicKeyPem.isEmpty())
        return QStringLiteral("--client %1 needs secret=SECRET or key=PUBLIC.pem").arg(client->id);
    if (client->redirectUris.isEmpty())
        client->redirectUris.append(nv::SandboxConfig::defaultRedirectUri());
    return QString();
}

bool parseNonNegative(const QString &text, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return false;
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nv-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NV_VERSION_STRING));

    const nv::SandboxConfig defaults = nv::SandboxConfig::defaults();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "A fake mobile operator for the CAMARA Number Verification API, on loopback.\n\n"
            "Serves the authorization endpoint (with a silent network-login redirect chain that "
            "needs a cookie), the token endpoint, the Number Verification API, a JWKS and an "
            "OpenID discovery document.\n\n"
            "The first line of standard output is NV_SANDBOX_URL=<base URL>; then one line per "
            "request: method, path, status (000 when the connection was closed without an "
            "answer), correlation id, milliseconds. SIGINT or SIGTERM stop it.\n\n") +
        scenarioHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on; port 0 picks a free one. Anything but "
                       "loopback exposes a sandbox with a well-known secret to the network."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption msisdnOption(
        QStringLiteral("msisdn"),
        QStringLiteral("Phone number (E.164) of the subscriber the network identifies."),
        QStringLiteral("number"), defaults.msisdn);
    const QCommandLineOption clientIdOption(
        QStringLiteral("client-id"), QStringLiteral("Registered client id."), QStringLiteral("id"),
        nv::SandboxConfig::defaultClientId());
    const QCommandLineOption clientSecretOption(
        QStringLiteral("client-secret"), QStringLiteral("Registered client secret."),
        QStringLiteral("secret"), nv::SandboxConfig::defaultClientSecret());
    const QCommandLineOption redirectOption(
        QStringLiteral("redirect-uri"),
        QStringLiteral("Registered redirect URI, matched exactly; repeat for several. Default: "
                       "%1")
            .arg(nv::SandboxConfig::defaultRedirectUri().toString()),
        QStringLiteral("uri"));
    const QCommandLineOption codeTtlOption(
        QStringLiteral("code-ttl"), QStringLiteral("Authorization code lifetime in seconds."),
        QStringLiteral("seconds"), QString::number(defaults.codeTtlSeconds));
    const QCommandLineOption tokenTtlOption(
        QStringLiteral("token-ttl"), QStringLiteral("Access token lifetime in seconds."),
        QStringLiteral("seconds"), QString::number(defaults.tokenTtlSeconds));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QStringLiteral("Print only the NV_SANDBOX_URL line."));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QStringLiteral("Behaviour of the operator (see the list above). Default: %1.")
            .arg(nv::SandboxScenario::defaultId()),
        QStringLiteral("name"), nv::SandboxScenario::defaultId());
    const QCommandLineOption listScenariosOption(
        QStringLiteral("list-scenarios"),
        QStringLiteral("Print the scenarios (id, test number, title) and exit."));
    const QCommandLineOption delayOption(
        QStringLiteral("delay-ms"),
        QStringLiteral("Delay every authorization hop and every API call (any scenario)."),
        QStringLiteral("ms"));
    const QCommandLineOption hopDelayOption(
        QStringLiteral("hop-delay-ms"),
        QStringLiteral("Delay each authorization hop (authorize, network login, consent, token)."),
        QStringLiteral("ms"));
    const QCommandLineOption callDelayOption(
        QStringLiteral("call-delay-ms"), QStringLiteral("Delay each Number Verification API call."),
        QStringLiteral("ms"));
    const QCommandLineOption earlyExpiryOption(
        QStringLiteral("early-expiry"),
        QStringLiteral("Seconds after which tokens die in the token-expires-early scenario."),
        QStringLiteral("seconds"), QString::number(defaults.earlyExpirySeconds));
    const QCommandLineOption singleUseOption(
        QStringLiteral("single-use-tokens"),
        QStringLiteral("Every access token serves one API call, lives at most 300 s and comes "
                       "without a refresh token (the next CAMARA rule)."));
    const QCommandLineOption retryAfterOption(
        QStringLiteral("retry-after"),
        QStringLiteral("Retry-After seconds on 429 and 503 answers."), QStringLiteral("seconds"),
        QString::number(defaults.retryAfterSeconds));
    const QCommandLineOption clientOption(
        QStringLiteral("client"),
        QStringLiteral("Register another client; repeat for several. "
                       "ID,secret=SECRET for client_secret_post/basic, ID,key=PUBLIC.pem for "
                       "private_key_jwt (RS256, PEM \"BEGIN PUBLIC KEY\"), both allowed; "
                       "add ,redirect=URI (repeatable; default %1).")
            .arg(nv::SandboxConfig::defaultRedirectUri().toString()),
        QStringLiteral("spec"));
    parser.addOptions({listenOption, msisdnOption, clientIdOption, clientSecretOption,
                       redirectOption, codeTtlOption, tokenTtlOption, quietOption, scenarioOption,
                       listScenariosOption, delayOption, hopDelayOption, callDelayOption,
                       earlyExpiryOption, singleUseOption, retryAfterOption, clientOption});
    parser.process(app);
    if (parser.isSet(listScenariosOption)) {
        for (const nv::SandboxScenario &scenario : nv::SandboxScenario::all())
            std::printf("%s\t%s\t%s\n", qPrintable(scenario.id), qPrintable(scenario.testNumber),
                        qPrintable(scenario.title));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"; see --help")
                        .arg(parser.positionalArguments().constFirst()));

    QHostAddress address;
    quint16 port = 0;
    if (!parseListen(parser.value(listenOption), &address, &port))
        return fail(QStringLiteral("--listen wants host:port, e.g. 127.0.0.1:0 or [::1]:8080"));

    nv::SandboxConfig config = defaults;
    config.msisdn = parser.value(msisdnOption);
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{4,14}$"));
    if (!e164.match(config.msisdn).hasMatch())
        return fail(QStringLiteral("--msisdn must be E.164, e.g. +34666666666"));
    nv::SandboxClient &client = config.clients.first();
    client.id = parser.value(clientIdOption);
    client.secret = parser.value(clientSecretOption);
    if (client.id.isEmpty() || client.secret.isEmpty())
        return fail(QStringLiteral("--client-id and --client-secret must not be empty"));
    if (parser.isSet(redirectOption)) {
        client.redirectUris.clear();
        for (const QString &value : parser.values(redirectOption)) {
            const QUrl uri(value, QUrl::StrictMode);
            if (!uri.isValid() || uri.isRelative() || uri.hasFragment())
                return fail(QStringLiteral("--redirect-uri \"%1\" must be an absolute URI "
                                           "without a fragment")
                                .arg(value));
            client.redirectUris.append(uri);
        }
    }
    bool ok = false;
    config.codeTtlSeconds = parser.value(codeTtlOption).toInt(&ok);
    if (!ok || config.codeTtlSeconds <= 0)
        return fail(QStringLiteral("--code-ttl must be a positive number of seconds"));
    config.tokenTtlSeconds = parser.value(tokenTtlOption).toInt(&ok);
    if (!ok || config.tokenTtlSeconds <= 0)
        return fail(QStringLiteral("--token-ttl must be a positive number of seconds"));

    config.scenario = parser.value(scenarioOption);
    if (!nv::SandboxScenario::fromId(config.scenario)) {
        QStringList ids;
        for (const nv::SandboxScenario &scenario : nv::SandboxScenario::all())
            ids.append(scenario.id);
        return fail(QStringLiteral("unknown --scenario \"%1\"; one of: %2")
                        .arg(config.scenario, ids.join(QLatin1String(", "))));
    }
    if (parser.isSet(delayOption)) {
        if (!parseNonNegative(parser.value(delayOption), &config.hopDelayMs))
            return fail(QStringLiteral("--delay-ms must be a number of milliseconds >= 0"));
        config.callDelayMs = config.hopDelayMs;
    }
    if (parser.isSet(hopDelayOption) &&
        !parseNonNegative(parser.value(hopDelayOption), &config.hopDelayMs))
        return fail(QStringLiteral("--hop-delay-ms must be a number of milliseconds >= 0"));
    if (parser.isSet(callDelayOption) &&
        !parseNonNegative(parser.value(callDelayOption), &config.callDelayMs))
        return fail(QStringLiteral("--call-delay-ms must be a number of milliseconds >= 0"));
    if (!parseNonNegative(parser.value(earlyExpiryOption), &config.earlyExpirySeconds) ||
        config.earlyExpirySeconds == 0)
        return fail(QStringLiteral("--early-expiry must be a positive number of seconds"));
    if (!parseNonNegative(parser.value(retryAfterOption), &config.retryAfterSeconds))
        return fail(QStringLiteral("--retry-after must be a number of seconds >= 0"));
    config.singleUseTokens = parser.isSet(singleUseOption);
    for (const QString &spec : parser.values(clientOption)) {
        nv::SandboxClient extra;
        const QString problem = parseClient(spec, &extra);
        if (!problem.isEmpty())
            return fail(problem);
        if (config.findClient(extra.id))
            return fail(QStringLiteral("--client %1 is registered twice").arg(extra.id));
        config.clients.append(extra);
    }

    if (!address.isLoopback())
        std::fprintf(stderr,
                     "nv-sandbox: warning: listening on %s, not loopback: anyone who can reach "
                     "it can obtain tokens with the well-known sandbox credentials\n",
                     qPrintable(address.toString()));

    if (!installSignalHandlers(app))
        return fail(QStringLiteral("cannot install signal handlers"));

    nv::OperatorSandbox sandbox(config);
    if (!sandbox.listen(address, port))
        return fail(QStringLiteral("cannot listen on %1").arg(parser.value(listenOption)));

    std::printf("NV_SANDBOX_URL=%s\n", qPrintable(sandbox.baseUrl().toString()));
    if (!parser.isSet(quietOption) && config.scenario != nv::SandboxScenario::defaultId())
        std::fprintf(stderr, "nv-sandbox: scenario %s\n", qPrintable(config.scenario));
    std::fflush(stdout);
    if (!parser.isSet(quietOption)) {
        QObject::connect(&sandbox, &nv::OperatorSandbox::requestServed, &app,
                         [](const QString &method, const QString &path, int status,
                            const QString &correlationId, qint64 elapsedMs) {
                             std::printf("%s %s %03d %s %lldms\n", qPrintable(method),
                                         qPrintable(path), status,
                                         correlationId.isEmpty() ? "-" : qPrintable(correlationId),
                                         static_cast<long long>(elapsedMs));
                             std::fflush(stdout);
                         });
    }
    return app.exec();
}
