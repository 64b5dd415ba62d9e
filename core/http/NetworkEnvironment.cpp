#include "NetworkEnvironment.h"

#include "io/BoundedFile.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

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
    // What the default SSL configuration was before any profile changed it.
    QSslConfiguration baseline = QSslConfiguration::defaultConfiguration();
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

int passphraseCallback(char *buffer, int size, int, void *userData)
{
    const QByteArray &passphrase = *static_cast<const QByteArray *>(userData);
    const int length = std::min<int>(size, int(passphrase.size()));
    std::copy_n(passphrase.constData(), length, buffer);
    return length;
}

// OpenSSL rather than Qt for this check: QSslKey cannot say whether a key belongs to a
// certificate, and a mismatch would otherwise only show as a handshake the server refuses.
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem,
                           const QByteArray &passphrase)
{
    BIO *certBio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    BIO *keyBio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    X509 *certificate = certBio ? PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr) : nullptr;
    EVP_PKEY *key = keyBio ? PEM_read_bio_PrivateKey(keyBio, nullptr, passphraseCallback,
                                                     const_cast<QByteArray *>(&passphrase))
                           : nullptr;
    const bool matches = certificate && key && X509_check_private_key(certificate, key) == 1;
    EVP_PKEY_free(key);
    X509_free(certificate);
    BIO_free(keyBio);
    BIO_free(certBio);
    return matches;
}

QSslKey readKey(const QByteArray &pem, const QByteArray &passphrase)
{
    for (auto algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

bool loadClientCertificate(const NetworkSettings &s, const QByteArray &passphrase,
                           QSslConfiguration *tls, QString *error)
{
    const auto certificatePem = readPem(s.clientCertFile, tr("client certificate"), error);
    if (!certificatePem)
        return false;
    const auto keyPem = readPem(s.clientKeyFile, tr("client key"), error);
    if (!keyPem)
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = tr("The client certificate %1 holds no PEM certificate.").arg(s.clientCertFile);
        return false;
    }
    const QSslKey key = readKey(*keyPem, passphrase);
    if (key.isNull()) {
        const bool encrypted = keyPem->contains("ENCRYPTED");
        *error = encrypted
                     ? tr("The client key %1 is encrypted and the passphrase is %2.")
                           .arg(s.clientKeyFile, passphrase.isEmpty() ? tr("missing") : tr("wrong"))
                     : tr("The client key %1 is not an RSA or EC private key in PEM.")
                           .arg(s.clientKeyFile);
        return false;
    }
    if (!keyMatchesCertificate(*certificatePem, *keyPem, passphrase)) {
        *error = tr("The client key %1 does not belong to the certificate %2.")
                     .arg(s.clientKeyFile, s.clientCertFile);
        return false;
    }
    tls->setLocalCertificateChain(chain);
    tls->setPrivateKey(key);
    return true;
}

} // namespace

bool NetworkEnvironment::applyTls(const NetworkSettings &s, const NetworkSecrets &secrets,
                                  QString *error)
{
    QSslConfiguration tls = state().baseline;
    if (!s.caFile.isEmpty()) {
        const auto pem = readPem(s.caFile, tr("CA file"), error);
        if (!pem)
            return false;
        const QList<QSslCertificate> extra = QSslCertificate::fromData(*pem, QSsl::Pem);
        if (extra.isEmpty()) {
            *error = tr("The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
                         .arg(s.caFile);
            return false;
        }
        // Added to the system's roots, never replacing them.
        tls.setCaCertificates(QSslConfiguration::systemCaCertificates() + extra);
    }
    if (!s.clientCertFile.isEmpty() &&
        !loadClientCertificate(s, secrets.clientKeyPassphrase.toUtf8(), &tls, error))
        return false;
    QSslConfiguration::setDefaultConfiguration(tls);
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
    return !state().settings.proxyUser.isEmpty();
}

bool NetworkEnvironment::answerProxyChallenge(QAuthenticator *authenticator)
{
    const State &s = state();
    // Offered once: a second challenge on the same authenticator means the proxy refused them.
    if (s.settings.proxyUser.isEmpty() || authenticator->user() == s.settings.proxyUser)
        return false;
    authenticator->setUser(s.settings.proxyUser);
    authenticator->setPassword(s.proxyPassword);
    return true;
}

} // namespace nv
