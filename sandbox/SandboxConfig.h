#pragma once

#include "SandboxClient.h"
#include "SandboxClock.h"
#include "SandboxScenario.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <memory>

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

    // Where "now" comes from; tests share one with the sandbox and advance it. Empty: the
    // sandbox makes its own, which follows the system clock.
    std::shared_ptr<SandboxClock> clock;

    // Connections. A request whose header block is not complete this long after its first byte
    // gets 408 and a closed connection (slowloris); so does a request that stops sending (a
    // half-sent body) for idleTimeoutMs, and an idle keep-alive connection is closed after it.
    int headerTimeoutMs = 10 * 1000;
    int idleTimeoutMs = 30 * 1000;
    // Open connections at once; one more gets 503 and is closed, rather than holding a file
    // descriptor the sandbox may need.
    int maxConnections = 256;
    // How many of the last requests recentRequests() keeps (method, path, headers, body).
    int requestHistory = 64;
    // Test only (nv-sandbox --test-clock-endpoint): POST /nv-sandbox/test/clock advances the
    // clock, from loopback only.
    bool testClockEndpoint = false;
    // When the key that signs ID tokens is made (in-process only: SandboxHost). WhenFirstNeeded:
    // by the first JWKS or ID token, on the sandbox's thread. AfterReady: on a worker once the
    // sandbox is ready, for a window where a person is about to run. BeforeReady: on a worker
    // beside the server's start, ready() waiting for it, for a front end that runs at once
    // (nv-cli). The last two keep a key generation out of the first run's token step.
    enum class SigningKey
    {
        WhenFirstNeeded,
        AfterReady,
        BeforeReady
    };
    SigningKey signingKey = SigningKey::WhenFirstNeeded;

    static QString defaultClientId();     // "nv-console-sandbox"
    static QString defaultClientSecret(); // "nv-sandbox-secret-3f9a" (well known, it is a sandbox)
    static QUrl defaultRedirectUri();     // https://nv-console.invalid/callback
    static SandboxConfig defaults();      // one client with the three defaults above

    SandboxClient *findClient(const QString &id);
    const SandboxClient *findClient(const QString &id) const;
    // The sandbox-wide scenario; "match" when the id is unknown.
    SandboxScenario::Kind scenarioKind() const;
    // How long an answer waits under a scenario: hops are the authorization endpoints and the
    // token endpoint, calls are the Number Verification API.
    int delayMs(SandboxScenario::Kind kind, bool apiCall) const;
};

} // namespace nv
