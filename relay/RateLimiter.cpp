#include "RateLimiter.h"

#include "RelayClock.h"

#include <cmath>

namespace nv {

RateLimiter::RateLimiter(const RelayClock &clock, double ratePerSecond, int burst, int maxClients)
    : m_clock(clock)
    , m_ratePerMs(ratePerSecond / 1000.0)
    , m_burst(qMax(1, burst))
    , m_maxClients(qMax(1, maxClients))
{}

QString RateLimiter::clientKey(const QHostAddress &client)
{
    bool isV4 = false;
    const quint32 v4 = client.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4)
        return QHostAddress(v4).toString();
    if (client.protocol() != QAbstractSocket::IPv6Protocol)
        return client.toString();
    Q_IPV6ADDR bytes = client.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

double RateLimiter::tokensNow(const Bucket &bucket, qint64 nowMs) const
{
    return qMin(double(m_burst), bucket.tokens + double(nowMs - bucket.updatedMs) * m_ratePerMs);
}

void RateLimiter::forgetFullBuckets(qint64 nowMs)
{
    // A full bucket says nothing a fresh one would not: forgetting it changes no verdict.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (tokensNow(it.value(), nowMs) >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

RateLimiter::Verdict RateLimiter::take(const QHostAddress &client)
{
    const qint64 now = m_clock.monotonicMs();
    const QString key = clientKey(client);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxClients)
            forgetFullBuckets(now);
        // Refusing a newcomer rather than evicting a busy client: evicting would hand that
        // client a full bucket, which is exactly what an attacker with many addresses wants.
        if (m_buckets.size() >= m_maxClients)
            return Verdict::TooManyClients;
        it = m_buckets.insert(key, Bucket{double(m_burst), now});
    }
    Bucket &bucket = it.value();
    bucket.tokens = tokensNow(bucket, now);
    bucket.updatedMs = now;
    if (bucket.tokens < 1.0)
        return Verdict::Limited;
    bucket.tokens -= 1.0;
    return Verdict::Allowed;
}

int RateLimiter::retryAfterSeconds(const QHostAddress &client) const
{
    const auto it = m_buckets.constFind(clientKey(client));
    if (it == m_buckets.constEnd() || m_ratePerMs <= 0)
        return 1;
    const double missing = 1.0 - tokensNow(it.value(), m_clock.monotonicMs());
    return qMax(1, int(std::ceil(missing / m_ratePerMs / 1000.0)));
}

} // namespace nv
