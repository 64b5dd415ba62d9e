#pragma once

#include "SandboxClient.h"
#include "SandboxScenario.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace nv {

struct SandboxConfig
{
    QString msisdn = QStringLiteral("+34666666666"); // the subscriber on the "mobile network"
    QList<SandboxClient> clients;                    // registered clients
    int codeTtlSeconds = 60;
    int tokenTtlSeconds = 3600;
    int refreshTokenTtlSeconds = 86400;

    // Behaviour (see SandboxScenario::all()); "match" is the well-behaved operator.
    QString scenario = QStringLiteral("match");
    // Added to every authorization hop (authorize, network login, consent, token) and to every
    // API call, in any scenario; the "slow" scenario uses 2000 ms where these are 0.
    int hopDelayMs = 0;
    int callDelayMs = 0;
    // "token-expires-early": the token is dead after this long, whatever expires_in says.
    int earlyExpirySeconds = 5;
    // The next CAMARA rule for every flow: an access token serves one API call, lives at most
    // 300 s, and comes without a refresh token.
    bool singleUseTokens = false;
    // Retry-After (seconds) on 429 and 503.
    int retryAfterSeconds = 5;

    static QString defaultClientId();     // "nv-console-sandbox"
    static QString defaultClientSecret(); // "nv-sandbox-secret-3f9a" (well known, it is a sandbox)
    static QUrl defaultRedirectUri();     // https://nv-console.invalid/callback
    static SandboxConfig defaults();      // one client with the three defaults above

    const SandboxClient *findClient(const QString &id) const;
    // The sandbox-wide scenario; "match" when the id is unknown.
    SandboxScenario::Kind scenarioKind() const;
    // How long an answer waits under a scenario: hops are the authorization endpoints and the
    // token endpoint, calls are the Number Verification API.
    int delayMs(SandboxScenario::Kind kind, bool apiCall) const;
};

} // namespace nv
