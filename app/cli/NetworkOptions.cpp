#include "NetworkOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nv {

namespace {

// The value of the environment variable an option names; the problem in words otherwise.
QString fromEnvironment(const QCommandLineParser &p, const char *option, QString *value)
{
    const QString variable = p.value(QLatin1String(option));
    *value = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (value->isEmpty())
        return QCoreApplication::translate("nv::NetworkOptions",
                                           "--%1: the variable %2 is not set or empty.")
            .arg(QLatin1String(option), variable);
    return {};
}

} // namespace

void NetworkOptions::addOptions(QCommandLineParser &parser)
{
    const auto option = [&parser](const char *name, const char *help, const char *value) {
        parser.addOption({QLatin1String(name), QLatin1String(help), QLatin1String(value)});
    };
    option("proxy",
           "Proxy for every request: system (default), none, or http://host:port. "
           "The embedded browser uses it too.",
           "URL");
    option("proxy-user", "User name for the proxy's authentication (407).", "NAME");
    option("proxy-password-env",
           "Environment variable holding the proxy password (never a flag: flags show in ps).",
           "VAR");
    option("ca-file",
           "PEM bundle of CA certificates trusted in addition to the system's (a private or "
           "corporate CA).",
           "FILE");
    option("client-cert",
           "Client certificate for mutual TLS: PEM (with --client-key), or a PKCS#12 file "
           "(.p12/.pfx) that holds the certificate and its key (no --client-key).",
           "FILE");
    option("client-key", "PEM private key of a PEM client certificate.", "FILE");
    option("client-key-password-env",
           "Environment variable holding the passphrase of the client key or PKCS#12 file.", "VAR");
}

QString NetworkOptions::read(const QCommandLineParser &p, NetworkSettings *settings,
                             NetworkSecrets *secrets)
{
    if (p.isSet(QStringLiteral("proxy"))) {
        QString problem;
        const auto withProxy =
            NetworkSettings::withProxy(*settings, p.value(QStringLiteral("proxy")), &problem);
        if (!withProxy)
            return QStringLiteral("--proxy: %1").arg(problem);
        *settings = *withProxy;
    }
    if (p.isSet(QStringLiteral("proxy-user")))
        settings->proxyUser = p.value(QStringLiteral("proxy-user"));
    if (p.isSet(QStringLiteral("proxy-password-env"))) {
        if (settings->proxyUser.isEmpty())
            return QCoreApplication::translate(
                "nv::NetworkOptions", "--proxy-password-env needs --proxy-user (or a profile that "
                                      "names the proxy user).");
        if (QString problem = fromEnvironment(p, "proxy-password-env", &secrets->proxyPassword);
            !problem.isEmpty())
            return problem;
    }
    if (p.isSet(QStringLiteral("ca-file")))
        settings->caFile = p.value(QStringLiteral("ca-file"));
    if (p.isSet(QStringLiteral("client-cert")))
        settings->clientCertFile = p.value(QStringLiteral("client-cert"));
    if (p.isSet(QStringLiteral("client-key")))
        settings->clientKeyFile = p.value(QStringLiteral("client-key"));
    if (p.isSet(QStringLiteral("client-key-password-env"))) {
        if (QString problem =
                fromEnvironment(p, "client-key-password-env", &secrets->clientKeyPassphrase);
            !problem.isEmpty())
            return problem;
    }
    return settings->problem();
}

} // namespace nv
