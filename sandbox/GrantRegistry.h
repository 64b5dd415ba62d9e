#pragma once

#include "SandboxClock.h"
#include "SandboxScenario.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace nv {

// Everything the sandbox hands out between hops: login sessions, authorization codes, access and
// refresh tokens. Entries are single-use where OAuth says so, expire on the sandbox clock's
// monotonic time (a wall-clock change must not revive a code; a test advances the clock), and
// are purged so memory stays bounded however long the sandbox runs.
class GrantRegistry
{
public:
    // Without a clock, the registry keeps its own (system time).
    explicit GrantRegistry(std::shared_ptr<const SandboxClock> clock = nullptr);

    // What the subscriber authorized; travels from the login session to the code to the tokens.
    struct Grant
    {
        QString clientId;
        QString redirectUri; // exactly as sent to /authorize: /token must repeat it
        QStringList scopes;
        QString nonce;
        QString codeChallenge;
        QString codeChallengeMethod;
        QString msisdn; // bound when the network identified the device, not at /verify time
        qint64 authTimeSecs = 0;
        // The behaviour chosen when the login started: the sandbox-wide scenario, or the one a
        // test number in login_hint selected (then pinned: it wins over later switches).
        SandboxScenario::Kind scenario = SandboxScenario::Kind::Match;
        bool scenarioPinned = false;
    };

    struct Session
    {
        Grant grant;
        QString state;
        bool hasState = false;
        QByteArray cookieName;
        QByteArray cookieSecret;
        qint64 expiresAtMs = 0; // on the clock's monotonic time
        // Past the network login, waiting for the person on the consent page.
        bool awaitingConsent = false;
    };

    struct Token
    {
        Grant grant;
        qint64 expiresAtMs = 0;
        QString fromCode;
        bool singleUse = false;
        bool used = false;
    };

    enum class Lookup
    {
        Valid,
        Unknown,
        Expired,
        AlreadyRedeemed,
        Burnt
    };

    QString openSession(const Session &session);
    std::optional<Session> takeSession(const QString &id);
    // For pages shown before the session is answered (the consent form).
    std::optional<Session> peekSession(const QString &id) const;

    QString issueCode(const Grant &grant, int ttlSeconds);
    // Consumes the code whatever happens next: a failed redemption (wrong verifier, wrong
    // redirect URI) burns it, so a code cannot be brute-forced.
    Lookup takeCode(const QString &code, Grant *grant);
    // The grant of a live code, without using it up.
    std::optional<Grant> peekCode(const QString &code) const;
    // Remembers which tokens a code produced: replaying the code revokes them (RFC 6749 4.1.2).
    void recordRedemption(const QString &code, const QString &accessToken,
                          const QString &refreshToken);

    QString issueAccessToken(const Grant &grant, int ttlSeconds, const QString &fromCode,
                             bool singleUse = false);
    Lookup findAccessToken(const QString &token, Grant *grant) const;
    // An API call presenting the token: a single-use token answers AlreadyRedeemed from its
    // second call on.
    Lookup useAccessToken(const QString &token, Grant *grant);
    // Makes a token single-use from now on, and counts the current call as its one use.
    void consumeAccessToken(const QString &token);

    QString issueRefreshToken(const Grant &grant, int ttlSeconds);
    // Rotating: the old refresh token is gone once used.
    Lookup takeRefreshToken(const QString &token, Grant *grant);

    void purgeExpired();
    qsizetype size() const;

    static QString randomToken(int bytes);

private:
    struct UsedCode
    {
        bool redeemed = false;
        QString accessToken;
        QString refreshToken;
        qint64 forgetAtMs = 0;
    };
    struct Code
    {
        Grant grant;
        qint64 expiresAtMs = 0;
    };

    template <typename Map> static void enforceCap(Map &map, qsizetype cap);
    qint64 now() const;
    qint64 after(qint64 ms) const;
    bool expired(qint64 atMs) const;
    bool pastGrace(qint64 atMs) const;

    std::shared_ptr<const SandboxClock> m_clock;

    QHash<QString, Session> m_sessions;
    QHash<QString, Code> m_codes;
    QHash<QString, UsedCode> m_usedCodes;
    QHash<QString, Token> m_accessTokens;
    QHash<QString, Token> m_refreshTokens;
};

} // namespace nv
