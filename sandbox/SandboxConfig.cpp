#include "SandboxConfig.h"

namespace nv {

QString SandboxConfig::defaultClientId()
{
    return QStringLiteral("nv-console-sandbox");
}

QString SandboxConfig::defaultClientSecret()
{
    // Deliberately public: the sandbox guards nothing, and the console's built-in profile must
    // work out of the box without anyone typing a secret.
    return QStringLiteral("nv-sandbox-secret-3f9a");
}

QUrl SandboxConfig::defaultRedirectUri()
{
    // Reserved .invalid domain: the console captures the redirect and never loads it.
    return QUrl(QStringLiteral("https://nv-console.invalid/callback"));
}

SandboxConfig SandboxConfig::defaults()
{
    SandboxConfig config;
    config.clients.append(
        SandboxClient{defaultClientId(), defaultClientSecret(), {defaultRedirectUri()}});
    return config;
}

const SandboxClient *SandboxConfig::findClient(const QString &id) const
{
    for (const SandboxClient &client : clients) {
        if (client.id == id)
            return &client;
    }
    return nullptr;
}

} // namespace nv
