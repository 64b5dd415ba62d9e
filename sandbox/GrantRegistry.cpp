#include "GrantRegistry.h"

#include <QRandomGenerator>

namespace nv {

namespace {
// Expired entries stay this long so that a late caller hears "expired" rather than "unknown".
constexpr qint64 ExpiredGraceMs = 5 * 60 * 1000;
// How long a redeemed code is remembered, so a replay is recognised and answered as such.
constexpr qint64 UsedCodeMemoryMs = 15 * 60 * 1000;
constexpr int SessionTtlSeconds = 120;
// Caps keep a runaway client from growing the process without limit.
constexpr qsizetype MaxSessions = 2000;
constexpr qsizetype MaxCodes = 2000;
constexpr qsizetype MaxUsedCodes = 10000;
constexpr qsizetype MaxTokens = 20000;

template <typename Map, typename Pred> void eraseIf(Map &map, Pred pred)
{
    for (auto it = map.begin(); it != map.end();) {
        if (pred(it.value()))
            it = map.erase(it);
        else
            ++it;
    }
}
} // namespace

GrantRegistry::GrantRegistry(std::shared_ptr<const SandboxClock> clock)
    : m_clock(clock ? std::move(clock) : std::make_shared<SandboxClock>())
{}

qint64 GrantRegistry::now() const
{
    return m_clock->monotonicMs();
}

qint64 GrantRegistry::after(qint64 ms) const
{
    return now() + ms;
}

bool GrantRegistry::expired(qint64 atMs) const
{
    return now() >= atMs;
}

bool GrantRegistry::pastGrace(qint64 atMs) const
{
    return now() - atMs > ExpiredGraceMs;
}

QString GrantRegistry::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

template <typename Map> void GrantRegistry::enforceCap(Map &map, qsizetype cap)
{
    // Evict whatever expires first; O(n) but n is capped and this runs only when full.
    while (map.size() >= cap) {
        auto oldest = map.begin();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it->expiresAtMs < oldest->expiresAtMs)
                oldest = it;
        }
        map.erase(oldest);
    }
}

QString GrantRegistry::openSession(const Session &session)
{
    purgeExpired();
    enforceCap(m_sessions, MaxSessions);
    const QString id = randomToken(18);
    Session stored = session;
    stored.expiresAtMs = after(SessionTtlSeconds * 1000);
    m_sessions.insert(id, stored);
    return id;
}

std::optional<GrantRegistry::Session> GrantRegistry::takeSession(const QString &id)
{
    const auto it = m_sessions.constFind(id);
    if (it == m_sessions.constEnd())
        return std::nullopt;
    const Session session = *it;
    m_sessions.erase(it);
    if (expired(session.expiresAtMs))
        return std::nullopt;
    return session;
}

std::optional<GrantRegistry::Session> GrantRegistry::peekSession(const QString &id) const
{
    const auto it = m_sessions.constFind(id);
    if (it == m_sessions.constEnd() || expired(it->expiresAtMs))
        return std::nullopt;
    return *it;
}

QString GrantRegistry::issueCode(const Grant &grant, int ttlSeconds)
{
    purgeExpired();
    enforceCap(m_codes, MaxCodes);
    const QString code = randomToken(32);
    m_codes.insert(code, Code{grant, after(qint64(ttlSeconds) * 1000)});
    return code;
}

GrantRegistry::Lookup GrantRegistry::takeCode(const QString &code, Grant *grant)
{
    const auto used = m_usedCodes.find(code);
    if (used != m_usedCodes.end()) {
        if (!used->redeemed)
            return Lookup::Burnt;
        // A replayed code means it leaked: whatever it produced is no longer trustworthy.
        m_accessTokens.remove(used->accessToken);
        m_refreshTokens.remove(used->refreshToken);
        return Lookup::AlreadyRedeemed;
    }
    const auto it = m_codes.constFind(code);
    if (it == m_codes.constEnd())
        return Lookup::Unknown;
    const Code found = *it;
    m_codes.erase(it);
    if (m_usedCodes.size() >= MaxUsedCodes) {
        purgeExpired();
        while (m_usedCodes.size() >= MaxUsedCodes)
            m_usedCodes.erase(m_usedCodes.begin());
    }
    m_usedCodes.insert(code, UsedCode{false, {}, {}, after(UsedCodeMemoryMs)});
    if (expired(found.expiresAtMs))
        return Lookup::Expired;
    *grant = found.grant;
    return Lookup::Valid;
}

std::optional<GrantRegistry::Grant> GrantRegistry::peekCode(const QString &code) const
{
    const auto it = m_codes.constFind(code);
    if (it == m_codes.constEnd() || expired(it->expiresAtMs))
        return std::nullopt;
    return it->grant;
}

void GrantRegistry::recordRedemption(const QString &code, const QString &accessToken,
                                     const QString &refreshToken)
{
    const auto used = m_usedCodes.find(code);
    if (used == m_usedCodes.end())
        return;
    used->redeemed = true;
    used->accessToken = accessToken;
    used->refreshToken = refreshToken;
}

QString GrantRegistry::issueAccessToken(const Grant &grant, int ttlSeconds, const QString &fromCode,
                                        bool singleUse)
{
    purgeExpired();
    enforceCap(m_accessTokens, MaxTokens);
    const QString token = randomToken(32);
    m_accessTokens.insert(
        token, Token{grant, after(qint64(ttlSeconds) * 1000), fromCode, singleUse, false});
    return token;
}

GrantRegistry::Lookup GrantRegistry::useAccessToken(const QString &token, Grant *grant)
{
    const auto it = m_accessTokens.find(token);
    if (it == m_accessTokens.end())
        return Lookup::Unknown;
    if (expired(it->expiresAtMs))
        return Lookup::Expired;
    if (it->singleUse && it->used)
        return Lookup::AlreadyRedeemed;
    it->used = true;
    *grant = it->grant;
    return Lookup::Valid;
}

void GrantRegistry::consumeAccessToken(const QString &token)
{
    const auto it = m_accessTokens.find(token);
    if (it == m_accessTokens.end())
        return;
    it->singleUse = true;
    it->used = true;
}

GrantRegistry::Lookup GrantRegistry::findAccessToken(const QString &token, Grant *grant) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd())
        return Lookup::Unknown;
    if (expired(it->expiresAtMs))
        return Lookup::Expired;
    *grant = it->grant;
    return Lookup::Valid;
}

QString GrantRegistry::issueRefreshToken(const Grant &grant, int ttlSeconds)
{
    purgeExpired();
    enforceCap(m_refreshTokens, MaxTokens);
    const QString token = randomToken(32);
    m_refreshTokens.insert(token,
                           Token{grant, after(qint64(ttlSeconds) * 1000), QString(), false, false});
    return token;
}

GrantRegistry::Lookup GrantRegistry::takeRefreshToken(const QString &token, Grant *grant)
{
    const auto it = m_refreshTokens.constFind(token);
    if (it == m_refreshTokens.constEnd())
        return Lookup::Unknown;
    const Token found = *it;
    m_refreshTokens.erase(it);
    if (expired(found.expiresAtMs))
        return Lookup::Expired;
    *grant = found.grant;
    return Lookup::Valid;
}

void GrantRegistry::purgeExpired()
{
    eraseIf(m_sessions, [this](const Session &s) { return expired(s.expiresAtMs); });
    eraseIf(m_codes, [this](const Code &c) { return pastGrace(c.expiresAtMs); });
    eraseIf(m_usedCodes, [this](const UsedCode &u) { return expired(u.forgetAtMs); });
    eraseIf(m_accessTokens, [this](const Token &t) { return pastGrace(t.expiresAtMs); });
    eraseIf(m_refreshTokens, [this](const Token &t) { return pastGrace(t.expiresAtMs); });
}

qsizetype GrantRegistry::size() const
{
    return m_sessions.size() + m_codes.size() + m_usedCodes.size() + m_accessTokens.size() +
           m_refreshTokens.size();
}

} // namespace nv
