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

SandboxClient *SandboxConfig::findClient(const QString &id)
{
    for (SandboxClient &client : clients) {
        if (client.id == id)
            return &client;
    }
    return nullptr;
}

const SandboxClient *SandboxConfig::findClient(const QString &id) const
{
    for (const SandboxClient &client : clients) {
        if (client.id == id)
            return &client;
    }
    return nullptr;
}

SandboxScenario::Kind SandboxConfig::scenarioKind() const
{
    const std::optional<SandboxScenario> found = SandboxScenario::fromId(scenario);
    return found ? found->kind : SandboxScenario::Kind::Match;
}

int SandboxConfig::delayMs(SandboxScenario::Kind kind, bool apiCall) const
{
    // Long enough to see in the console and to trip a client's progress indicator, short
    // enough that a demo does not stall.
    constexpr int SlowDefaultMs = 2000;
    const int configured = apiCall ? callDelayMs : hopDelayMs;
    if (kind == SandboxScenario::Kind::Slow && hopDelayMs == 0 && callDelayMs == 0)
        return SlowDefaultMs;
    return configured;
}

} // namespace nv
