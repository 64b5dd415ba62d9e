#include "NetworkSettings.h"

#include <QCoreApplication>

namespace nv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}
} // namespace

QString proxyModeName(NetworkSettings::ProxyMode mode)
{
    switch (mode) {
    case NetworkSettings::ProxyMode::None:
        return QStringLiteral("none");
    case NetworkSettings::ProxyMode::Manual:
        return QStringLiteral("manual");
    case NetworkSettings::ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<NetworkSettings::ProxyMode> proxyModeFromName(const QString &name)
{
    for (auto mode : {NetworkSettings::ProxyMode::System, NetworkSettings::ProxyMode::None,
                      NetworkSettings::ProxyMode::Manual}) {
        if (name == proxyModeName(mode))
            return mode;
    }
    return std::nullopt;
}

QString NetworkSettings::problem() const
{
    if (proxyMode == ProxyMode::Manual) {
        // Qt's HTTP proxy speaks plain HTTP to the proxy (CONNECT for https targets); an
        // https:// or socks URL would be silently treated as something else.
        if (!proxyUrl.isValid() || proxyUrl.scheme() != QLatin1String("http") ||
            proxyUrl.host().isEmpty() || proxyUrl.port() <= 0)
            return tr("The proxy \"%1\" is not of the form http://host:port.")
                .arg(proxyUrl.toString(QUrl::RemoveUserInfo));
        if (!proxyUrl.userInfo().isEmpty())
            return tr("The proxy URL must not carry a user name or password; give the user name "
                      "in its own field and the password to the keychain.");
    }
    // A certificate without a key file is fine when the file is PKCS#12, which only its content
    // tells (ClientCertificate, when NetworkEnvironment reads it).
    if (clientCertFile.isEmpty() && !clientKeyFile.isEmpty())
        return tr("A client key is named but no client certificate.");
    return {};
}

QString NetworkSettings::proxyDescription() const
{
    if (proxyMode == ProxyMode::Manual)
        return proxyUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
    return proxyModeName(proxyMode);
}

std::optional<NetworkSettings> NetworkSettings::withProxy(NetworkSettings settings,
                                                          const QString &value, QString *problem)
{
    if (const auto mode = proxyModeFromName(value); mode && *mode != ProxyMode::Manual) {
        settings.proxyMode = *mode;
        settings.proxyUrl.clear();
        return settings;
    }
    settings.proxyMode = ProxyMode::Manual;
    settings.proxyUrl = QUrl(value, QUrl::StrictMode);
    if (const QString wrong = settings.problem(); !wrong.isEmpty()) {
        if (problem)
            *problem = wrong;
        return std::nullopt;
    }
    return settings;
}

QString NetworkSettings::proxyPasswordSecret(const QString &profile)
{
    return QStringLiteral("proxy-password:") + profile;
}

QString NetworkSettings::clientKeySecret(const QString &profile)
{
    return QStringLiteral("client-cert-key:") + profile;
}

QJsonObject NetworkSettings::toJson() const
{
    // No password, no passphrase: those stay in the keychain.
    QJsonObject o{{QStringLiteral("proxy"), proxyModeName(proxyMode)}};
    if (proxyMode == ProxyMode::Manual)
        o.insert(QStringLiteral("proxyUrl"), proxyUrl.toString(QUrl::RemoveUserInfo));
    if (!proxyUser.isEmpty())
        o.insert(QStringLiteral("proxyUser"), proxyUser);
    if (!caFile.isEmpty())
        o.insert(QStringLiteral("caFile"), caFile);
    if (!clientCertFile.isEmpty())
        o.insert(QStringLiteral("clientCert"), clientCertFile);
    if (!clientKeyFile.isEmpty())
        o.insert(QStringLiteral("clientKey"), clientKeyFile);
    return o;
}

NetworkSettings NetworkSettings::fromJson(const QJsonObject &o, QString *problem)
{
    NetworkSettings s;
    const QString mode = o.value(QStringLiteral("proxy")).toString(QStringLiteral("system"));
    if (const auto known = proxyModeFromName(mode))
        s.proxyMode = *known;
    else if (problem && problem->isEmpty())
        *problem =
            tr("proxy mode \"%1\" is not one the console knows (system, none, manual)").arg(mode);
    s.proxyUrl = QUrl(o.value(QStringLiteral("proxyUrl")).toString(), QUrl::StrictMode);
    s.proxyUser = o.value(QStringLiteral("proxyUser")).toString();
    s.caFile = o.value(QStringLiteral("caFile")).toString();
    s.clientCertFile = o.value(QStringLiteral("clientCert")).toString();
    s.clientKeyFile = o.value(QStringLiteral("clientKey")).toString();
    if (const QString wrong = s.problem(); !wrong.isEmpty() && problem && problem->isEmpty())
        *problem = wrong;
    return s;
}

} // namespace nv
