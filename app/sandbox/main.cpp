// nv-sandbox: the built-in operator sandbox as a stand-alone process, for curl sessions, other
// tools, and CI jobs that want a fake operator without the console.

#include "OperatorSandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nv-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NV_VERSION_STRING));

    const nv::SandboxConfig defaults = nv::SandboxConfig::defaults();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A fake mobile operator for the CAMARA Number Verification API, on loopback.\n\n"
        "Serves the authorization endpoint (with a silent network-login redirect chain that "
        "needs a cookie), the token endpoint, the Number Verification API, a JWKS and an "
        "OpenID discovery document.\n\n"
        "The first line of standard output is NV_SANDBOX_URL=<base URL>; then one line per "
        "request: method, path, status, correlation id, milliseconds. SIGINT or SIGTERM "
        "stop it."));
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
    parser.addOptions({listenOption, msisdnOption, clientIdOption, clientSecretOption,
                       redirectOption, codeTtlOption, tokenTtlOption, quietOption});
    parser.process(app);
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
    std::fflush(stdout);
    if (!parser.isSet(quietOption)) {
        QObject::connect(&sandbox, &nv::OperatorSandbox::requestServed, &app,
                         [](const QString &method, const QString &path, int status,
                            const QString &correlationId, qint64 elapsedMs) {
                             std::printf("%s %s %d %s %lldms\n", qPrintable(method),
                                         qPrintable(path), status,
                                         correlationId.isEmpty() ? "-" : qPrintable(correlationId),
                                         static_cast<long long>(elapsedMs));
                             std::fflush(stdout);
                         });
    }
    return app.exec();
}
