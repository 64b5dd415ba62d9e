#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace nv {

// Everything the sandbox hands out between hops: login sessions, authorization codes, access and
// refresh tokens. Entries are single-use where OAuth says so, expire on a monotonic clock (a
// wall-clock change must not revive a code), and are purged so memory stays bounded however long
// the sandbox runs.
class GrantRegistry
{
public:
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
    };

    struct Session
    {
        Grant grant;
        QString state;
        bool hasState = false;
        QByteArray cookieName;
        QByteArray cookieSecret;
        QDeadlineTimer expiry;
    };

    struct Token
    {
        Grant grant;
        QDeadlineTimer expiry;
        QString fromCode;
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

    QString issueCode(const Grant &grant, int ttlSeconds);
    // Consumes the code whatever happens next: a failed redemption (wrong verifier, wrong
    // redirect URI) burns it, so a code cannot be brute-forced.
    Lookup takeCode(const QString &code, Grant *grant);
    // Remembers which tokens a code produced: replaying the code revokes them (RFC 6749 4.1.2).
    void recordRedemption(const QString &code, const QString &accessToken,
                          const QString &refreshToken);

    QString issueAccessToken(const Grant &grant, int ttlSeconds, const QString &fromCode);
    Lookup findAccessToken(const QString &token, Grant *grant) const;

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
        QDeadlineTimer forgetAt;
    };
    struct Code
    {
        Grant grant;
        QDeadlineTimer expiry;
    };

    template <typename Map> static void enforceCap(Map &map, qsizetype cap);

    QHash<QString, Session> m_sessions;
    QHash<QString, Code> m_codes;
    QHash<QString, UsedCode> m_usedCodes;
    QHash<QString, Token> m_accessTokens;
    QHash<QString, Token> m_refreshTokens;
};

} // namespace nv
