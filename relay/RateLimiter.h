#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

namespace nv {

class RelayClock;

// Requests per client as token buckets: each client may send `burst` requests at once and then
// `ratePerSecond` on average. An IPv6 client is keyed by its /64, the block one subscriber or
// host usually gets, so that one machine cannot dodge the limit by rotating addresses.
class RateLimiter
{
public:
    RateLimiter(const RelayClock &clock, double ratePerSecond, int burst, int maxClients);

    enum class Verdict
    {
        Allowed,
        Limited,       // this client is over its rate
        TooManyClients // more distinct clients than the relay remembers at once
    };
    Verdict take(const QHostAddress &client);
    // Whole seconds until this client has a token again (at least 1).
    int retryAfterSeconds(const QHostAddress &client) const;
    int clients() const { return int(m_buckets.size()); }

    static QString clientKey(const QHostAddress &client);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    double tokensNow(const Bucket &bucket, qint64 nowMs) const;
    void forgetFullBuckets(qint64 nowMs);

    const RelayClock &m_clock;
    double m_ratePerMs;
    int m_burst;
    int m_maxClients;
    QHash<QString, Bucket> m_buckets;
};

} // namespace nv
