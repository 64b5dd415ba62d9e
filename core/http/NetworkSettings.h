#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <optional>

namespace nv {

// How the console reaches the network from one profile: the proxy, extra CA certificates and a
// client certificate for mutual TLS. Only names and paths: the proxy password and the client
// key's passphrase live in SecretStore (under proxyPasswordSecret()/clientKeySecret()) and
// travel in NetworkSecrets, never in a profile file or an export.
struct NetworkSettings
{
    enum class ProxyMode
    {
        System, // the operating system's settings (environment variables, desktop settings)
        None,   // straight to the server, even when the system names a proxy
        Manual, // proxyUrl, http://host:port
    };

    ProxyMode proxyMode = ProxyMode::System;
    QUrl proxyUrl;     // Manual only; never with a user name or password in it
    QString proxyUser; // Manual only; empty: the proxy needs no authentication
    QString caFile;    // a PEM bundle added to the system's trusted roots, never replacing them
    // Mutual TLS: a PEM certificate with its PEM key (clientKeyFile, may be encrypted), or a
    // PKCS#12 file (.p12/.pfx) holding both, with clientKeyFile empty. The passphrase of either
    // lives in SecretStore. Empty: no client certificate.
    QString clientCertFile;
    QString clientKeyFile;

    bool isDefault() const { return *this == NetworkSettings{}; }
    // Everything wrong with the settings in words (a proxy URL that is not http://host:port,
    // a key without a certificate); empty when usable. Files are read later, by
    // NetworkEnvironment, which names what is wrong with them.
    QString problem() const;

    QJsonObject toJson() const;
    static NetworkSettings fromJson(const QJsonObject &object, QString *problem = nullptr);

    // "system", "none" or the proxy URL (never credentials): what nv-cli's --proxy takes.
    QString proxyDescription() const;
    // Parses nv-cli's --proxy value: "system", "none" or http://host:port.
    static std::optional<NetworkSettings> withProxy(NetworkSettings settings, const QString &value,
                                                    QString *problem);

    // SecretStore keys: one per profile, apart from the client secret's.
    static QString proxyPasswordSecret(const QString &profile);
    static QString clientKeySecret(const QString &profile);

    bool operator==(const NetworkSettings &other) const = default;
};

// What NetworkSettings needs from the keychain (or an environment variable) at run time.
// Held in memory only.
struct NetworkSecrets
{
    QString proxyPassword;
    QString clientKeyPassphrase;
};

QString proxyModeName(NetworkSettings::ProxyMode mode); // "system", "none", "manual"
std::optional<NetworkSettings::ProxyMode> proxyModeFromName(const QString &name);

} // namespace nv
