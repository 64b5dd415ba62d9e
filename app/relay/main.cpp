// nv-relay: the callback relay for the console's cross-device (phone) mode. The operator's
// redirect URI points at it; the console picks the result up. See docs/relay.md.

#include "InterruptWatcher.h"
#include "ListenAddress.h"
#include "RelayServer.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "nv-relay: %s\n", qPrintable(message));
    return 2;
}

struct IntOption
{
    QCommandLineOption option;
    int *target;
    int minimum;
    int maximum;
};

QList<IntOption> intOptions(nv::RelayLimits *limits)
{
    const auto make = [](const char *name, const char *help, const char *unit, int *target,
                         int minimum, int maximum) {
        return IntOption{
            QCommandLineOption(QString::fromLatin1(name),
                               QCoreApplication::translate("nv-relay", "%1 Default: %2.")
                                   .arg(QCoreApplication::translate("nv-relay", help))
                                   .arg(*target),
                               QCoreApplication::translate("nv-relay", unit),
                               QString::number(*target)),
            target, minimum, maximum};
    };
    return {
        make("ttl",
             QT_TRANSLATE_NOOP("nv-relay", "Seconds a sign-in, and then its result, is kept."),
             QT_TRANSLATE_NOOP("nv-relay", "seconds"), &limits->ttlSeconds, 10, 3600),
        make("max-entries", QT_TRANSLATE_NOOP("nv-relay", "Sign-ins held at once."),
             QT_TRANSLATE_NOOP("nv-relay", "count"), &limits->maxEntries, 1, 1000000),
        make("max-waiting", QT_TRANSLATE_NOOP("nv-relay", "Pickups (long-polls) waiting at once."),
             QT_TRANSLATE_NOOP("nv-relay", "count"), &limits->maxWaiting, 1, 100000),
        make("max-wait",
             QT_TRANSLATE_NOOP("nv-relay",
                               "Seconds a pickup waits before answering 204 (nothing yet)."),
             QT_TRANSLATE_NOOP("nv-relay", "seconds"), &limits->maxWaitSeconds, 1, 120),
        make("max-connections",
             QT_TRANSLATE_NOOP("nv-relay",
                               "TCP connections at once; more are answered 503 and closed."),
             QT_TRANSLATE_NOOP("nv-relay", "count"), &limits->maxConnections, 1, 100000),
        make("idle-timeout",
             QT_TRANSLATE_NOOP("nv-relay",
                               "Seconds a kept-alive connection may wait for its next request."),
             QT_TRANSLATE_NOOP("nv-relay", "seconds"), &limits->idleTimeoutSeconds, 1, 3600),
        make("header-timeout",
             QT_TRANSLATE_NOOP("nv-relay", "Seconds a request may take to arrive whole."),
             QT_TRANSLATE_NOOP("nv-relay", "seconds"), &limits->headerTimeoutSeconds, 1, 600),
        make("burst",
             QT_TRANSLATE_NOOP("nv-relay",
                               "Requests a client may send at once (token bucket size)."),
             QT_TRANSLATE_NOOP("nv-relay", "count"), &limits->burst, 1, 100000),
    };
}

struct Options
{
    nv::RelayLimits limits;
    QHostAddress address;
    quint16 port = 0;
    QList<QHostAddress> proxies;
    bool quiet = false;
};

// Checks every value; an empty string when all are usable, else what is wrong.
QString readValues(const QCommandLineParser &parser, const QList<IntOption> &numbers,
                   const QCommandLineOption &rateOption, const QCommandLineOption &proxyOption,
                   Options *options)
{
    for (const IntOption &number : numbers) {
        bool ok = false;
        const int value = parser.value(number.option).toInt(&ok);
        if (!ok || value < number.minimum || value > number.maximum)
            return QCoreApplication::translate("nv-relay",
                                               "--%1 must be a whole number from %2 to %3")
                .arg(number.option.names().constFirst())
                .arg(number.minimum)
                .arg(number.maximum);
        *number.target = value;
    }
    bool ok = false;
    options->limits.ratePerSecond = parser.value(rateOption).toDouble(&ok);
    if (!ok || options->limits.ratePerSecond <= 0 || options->limits.ratePerSecond > 10000)
        return QCoreApplication::translate(
            "nv-relay", "--rate must be a number of requests per second above 0");
    for (const QString &text : parser.values(proxyOption)) {
        const QHostAddress proxy(text);
        if (proxy.isNull())
            return QCoreApplication::translate("nv-relay",
                                               "--trusted-proxy \"%1\" is not an IP address")
                .arg(text);
        options->proxies.append(proxy);
    }
    return QString();
}

QString parseOptions(const QCoreApplication &app, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "nv-relay",
        "The callback relay for NV Console's cross-device (phone) mode.\n\n"
        "The operator redirects the phone to GET /callback?code=...&state=...; the console opens "
        "the state with POST /v1/expect and picks the result up, once, with GET /v1/pickup. "
        "Everything is held in memory only.\n\n"
        "The first line of standard output is NV_RELAY_URL=<base URL>; then one line per answer: "
        "route, status, event, milliseconds (and \"pickup waiting\" when a pickup starts to wait). "
        "No value a client sent (code, state, key, address) "
        "is ever printed. Run it behind a TLS reverse proxy (docs/relay.md). SIGINT or SIGTERM "
        "stop it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QCoreApplication::translate("nv-relay",
                                    "Address and port to listen on; port 0 picks a free one."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"),
        QCoreApplication::translate(
            "nv-relay", "Requests per second a client may send on average. Default: %1.")
            .arg(options->limits.ratePerSecond),
        QStringLiteral("per-second"), QString::number(options->limits.ratePerSecond));
    const QCommandLineOption proxyOption(
        QStringLiteral("trusted-proxy"),
        QCoreApplication::translate(
            "nv-relay", "Address of a reverse proxy whose X-Forwarded-For names the client (for "
                        "the rate limit); repeat for several."),
        QStringLiteral("address"));
    const QCommandLineOption quietOption(
        QStringLiteral("quiet"),
        QCoreApplication::translate("nv-relay", "Print only the NV_RELAY_URL line."));
    const QList<IntOption> numbers = intOptions(&options->limits);
    parser.addOptions({listenOption, rateOption, proxyOption, quietOption});
    for (const IntOption &number : numbers)
        parser.addOption(number.option);
    parser.process(app);

    if (!parser.positionalArguments().isEmpty())
        return QCoreApplication::translate("nv-relay", "unexpected argument \"%1\"; see --help")
            .arg(parser.positionalArguments().constFirst());
    if (!nv::parseListenAddress(parser.value(listenOption), &options->address, &options->port))
        return QCoreApplication::translate(
            "nv-relay", "--listen wants host:port, e.g. 127.0.0.1:0 or [::1]:8080");
    options->quiet = parser.isSet(quietOption);
    return readValues(parser, numbers, rateOption, proxyOption, options);
}

void printEvents(const nv::RelayServer &relay, QCoreApplication &app)
{
    QObject::connect(&relay, &nv::RelayServer::served, &app,
                     [](const QString &route, int status, const QString &event, qint64 ms) {
                         std::printf("%s %03d %s %lldms\n", qPrintable(route), status,
                                     qPrintable(event), static_cast<long long>(ms));
                         std::fflush(stdout);
                     });
    QObject::connect(&relay, &nv::RelayServer::pickupWaiting, &app, [] {
        std::printf("pickup waiting\n");
        std::fflush(stdout);
    });
    QObject::connect(&relay, &nv::RelayServer::connectionEvent, &app, [](const QString &event) {
        std::printf("connection %s\n", qPrintable(event));
        std::fflush(stdout);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nv-relay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NV_VERSION_STRING));
    nv::installCommandLineTranslations(); // the system locale's language

    Options options;
    const QString problem = parseOptions(app, &options);
    if (!problem.isEmpty())
        return fail(problem);
    // SIGINT or SIGTERM: the event loop ends and the program exits normally.
    nv::InterruptWatcher interrupts;
    if (!interrupts.isWatching())
        return fail(QCoreApplication::translate("nv-relay", "cannot install signal handlers"));
    QObject::connect(&interrupts, &nv::InterruptWatcher::interrupted, &app,
                     &QCoreApplication::quit);

    nv::RelayServer relay(options.limits, options.proxies);
    if (!relay.listen(options.address, options.port))
        return fail(QCoreApplication::translate("nv-relay", "cannot listen on %1:%2")
                        .arg(options.address.toString())
                        .arg(options.port));
    std::printf("NV_RELAY_URL=%s\n", qPrintable(relay.baseUrl().toString()));
    std::fflush(stdout);
    if (!options.quiet)
        printEvents(relay, app);
    return app.exec();
}
