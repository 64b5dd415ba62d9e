#include "NetworkEnvironment.h"

#include "ClientCertificate.h"
#include "TransportFailure.h"
#include "io/BoundedFile.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace nv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}

struct State
{
    NetworkSettings settings;
    QString proxyPassword; // memory only, never logged
    QList<QSslCertificate> extraCaCertificates;
    std::optional<ClientCertificate> clientCertificate;
    // What the default SSL configuration was before any profile changed it. Read only when a
    // profile first changes it: reading it loads Qt's TLS plugins and OpenSSL, which a run over
    // plain HTTP (nv-cli verify against a local operator) never needs.
    std::optional<QSslConfiguration> baseline;
};

State &state()
{
    static State s;
    return s;
}

std::optional<QByteArray> readPem(const QString &path, const QString &what, QString *error)
{
    QString why;
    auto data = BoundedFile::readAll(path, NetworkEnvironment::MaxPemBytes, &why);
    if (!data)
        *error = tr("Cannot read the %1 %2: %3").arg(what, path, why);
    return data;
}

} // namespace

bool NetworkEnvironment::applyTls(const NetworkSettings &s, const NetworkSecrets &secrets,
                                  QString *error)
{
    if (s.caFile.isEmpty() && s.clientCertFile.isEmpty() && !state().baseline) {
        // Nothing to add, and nothing added before: Qt's default configuration is untouched.
        state().extraCaCertificates.clear();
        state().clientCertificate.reset();
        return true;
    }
    if (!state().baseline)
        state().baseline = QSslConfiguration::defaultConfiguration();
    QSslConfiguration tls = *state().baseline;
    QList<QSslCertificate> extra;
    if (!s.caFile.isEmpty()) {
        const auto pem = readPem(s.caFile, tr("CA file"), error);
        if (!pem)
            return false;
        extra = QSslCertificate::fromData(*pem, QSsl::Pem);
        if (extra.isEmpty()) {
            *error = tr("The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                         .arg(s.caFile);
            return false;
        }
        // Added to the system's roots, never replacing them.
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    }
    std::optional<ClientCertificate> client;
    if (!s.clientCertFile.isEmpty()) {
        client = ClientCertificate::load(s, secrets.clientKeyPassphrase.toUtf8(), error);
        if (!client)
            return false;
        tls.setLocalCertificateChain(client->chain);
        tls.setPrivateKey(client->key);
    }
    QSslConfiguration::setDefaultConfiguration(tls);
    state().extraCaCertificates = extra;
    state().clientCertificate = client;
    return true;
}

void NetworkEnvironment::applyProxy(const NetworkSettings &s)
{
    switch (s.proxyMode) {
    case NetworkSettings::ProxyMode::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case NetworkSettings::ProxyMode::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case NetworkSettings::ProxyMode::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        // No credentials here: the application proxy is readable by every part of the
        // process; the password is handed out only to a 407 (answerProxyChallenge).
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, s.proxyUrl.host(), quint16(s.proxyUrl.port())));
        break;
    }
}

bool NetworkEnvironment::apply(const NetworkSettings &settings, const NetworkSecrets &secrets,
                               QString *error)
{
    QString problem = settings.problem();
    if (problem.isEmpty())
        applyTls(settings, secrets, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    applyProxy(settings);
    state().settings = settings;
    state().proxyPassword = secrets.proxyPassword;
    return true;
}

const QList<QSslCertificate> &NetworkEnvironment::extraCaCertificates()
{
    return state().extraCaCertificates;
}

const std::optional<ClientCertificate> &NetworkEnvironment::clientCertificate()
{
    return state().clientCertificate;
}

QString NetworkEnvironment::checkServerChain(const QList<QSslCertificate> &chain, const QUrl &url)
{
    if (chain.isEmpty())
        return QCoreApplication::translate("nv", "The server presented no certificate.");
    // QSslCertificate::verify looks the roots up in the default configuration, which apply()
    // set to the system's CAs plus the profile's extra ones: the same trust as the core's own
    // requests.
    const QList<QSslError> errors = QSslCertificate::verify(chain, url.host());
    return errors.isEmpty() ? QString() : TransportFailure::describeTlsErrors(errors, url);
}

const NetworkSettings &NetworkEnvironment::current()
{
    return state().settings;
}

QString NetworkEnvironment::proxyFor(const QUrl &url)
{
    // Qt (QNetworkProxy) and Chromium both send loopback requests straight to the server,
    // whatever the proxy setting says.
    const QString host = url.host();
    if (host == QLatin1String("localhost") || QHostAddress(host).isLoopback())
        return QStringLiteral("none (loopback)");
    const NetworkSettings &s = state().settings;
    if (s.proxyMode != NetworkSettings::ProxyMode::System)
        return s.proxyDescription();
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    const QNetworkProxy proxy = proxies.value(0);
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.hostName().isEmpty())
        return QStringLiteral("system: none");
    const QString scheme =
        proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : "http";
    return QStringLiteral("system: %1://%2:%3").arg(scheme, proxy.hostName()).arg(proxy.port());
}

bool NetworkEnvironment::hasProxyPassword()
{
    return !state().settings.proxyUser.isEmpty() && !state().proxyPassword.isEmpty();
}

bool NetworkEnvironment::answerProxyChallenge(QAuthenticator *authenticator)
{
    const State &s = state();
    // Offered once: a second challenge on the same authenticator means the proxy refused them.
    // A user name without a password is nothing to offer: the 407 then stands, and says so.
    if (s.settings.proxyUser.isEmpty() || s.proxyPassword.isEmpty() ||
        authenticator->user() == s.settings.proxyUser)
        return false;
    authenticator->setUser(s.settings.proxyUser);
    authenticator->setPassword(s.proxyPassword);
    return true;
}

} // namespace nv
