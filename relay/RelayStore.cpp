#include "RelayStore.h"

#include "RelayClock.h"

#include <QCryptographicHash>

namespace nv {

RelayStore::RelayStore(const RelayClock &clock, int ttlSeconds, int maxEntries)
    : m_clock(clock)
    , m_ttlMs(qint64(ttlSeconds) * 1000)
    , m_maxEntries(maxEntries)
{}

QByteArray RelayStore::keyHash(const QByteArray &pickupKey)
{
    return QCryptographicHash::hash(pickupKey, QCryptographicHash::Sha256);
}

bool RelayStore::sameKey(const QByteArray &a, const QByteArray &b)
{
    // Constant time, so that the answer's timing says nothing about how much of a key matched.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

const RelayStore::Entry *RelayStore::live(const QString &state) const
{
    const auto it = m_entries.constFind(state);
    if (it == m_entries.constEnd() || it->expiresAtMs <= m_clock.monotonicMs())
        return nullptr;
    return &it.value();
}

RelayStore::Opened RelayStore::open(const QString &state, const QByteArray &keyHash)
{
    if (const Entry *entry = live(state))
        return sameKey(entry->keyHash, keyHash) ? Opened::AlreadyOpen : Opened::Taken;
    m_entries.remove(state); // an expired one, if any
    if (size() >= m_maxEntries)
        purgeExpired();
    if (size() >= m_maxEntries)
        return Opened::Full;
    m_entries.insert(state, Entry{keyHash, m_clock.monotonicMs() + m_ttlMs, std::nullopt});
    return Opened::Created;
}

RelayStore::Stored RelayStore::store(RelayResult result)
{
    const auto it = m_entries.find(result.state);
    if (it == m_entries.end() || it->expiresAtMs <= m_clock.monotonicMs())
        return Stored::NotExpected;
    if (it->result)
        return Stored::AlreadyReceived;
    result.receivedAt = m_clock.utcNow();
    it->expiresAtMs = m_clock.monotonicMs() + m_ttlMs;
    it->result = std::move(result);
    return Stored::Stored;
}

RelayStore::Lookup RelayStore::take(const QString &state, const QByteArray &keyHash,
                                    RelayResult *result)
{
    const Entry *entry = live(state);
    if (!entry || !sameKey(entry->keyHash, keyHash))
        return Lookup::Unknown;
    if (!entry->result)
        return Lookup::Pending;
    *result = *entry->result;
    m_entries.remove(state);
    return Lookup::Ready;
}

bool RelayStore::isPending(const QString &state, const QByteArray &keyHash) const
{
    const Entry *entry = live(state);
    return entry && !entry->result && sameKey(entry->keyHash, keyHash);
}

bool RelayStore::hasResult(const QString &state) const
{
    const Entry *entry = live(state);
    return entry && entry->result;
}

int RelayStore::purgeExpired()
{
    const qint64 now = m_clock.monotonicMs();
    int purged = 0;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->expiresAtMs <= now) {
            it = m_entries.erase(it);
            ++purged;
        } else {
            ++it;
        }
    }
    return purged;
}

} // namespace nv
