#pragma once

#include "RelayResult.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>

namespace nv {

class RelayClock;

// The relay's memory: the sign-ins consoles have opened, each bound to the hash of the
// console's pickup key, and the result that came back for each. In memory only, never on disk.
//
// A sign-in lives ttlSeconds from when it was opened; once its result arrives, the result lives
// ttlSeconds from its arrival. A result is handed out once and then forgotten. Expired entries
// count as absent everywhere, and purgeExpired() returns their memory.
class RelayStore
{
public:
    enum class Opened
    {
        Created,     // a new sign-in
        AlreadyOpen, // the same console asked again (same key): nothing changes
        Taken,       // another key holds this state
        Full,        // maxEntries reached, even after purging expired ones
    };
    enum class Stored
    {
        Stored,
        NotExpected,     // no console opened this state (or it expired)
        AlreadyReceived, // a result is already there; the first one stays
    };
    enum class Lookup
    {
        Ready,   // the result is in *result, and forgotten here
        Pending, // open, nothing yet
        Unknown, // never opened, expired, already picked up, or another key
    };

    RelayStore(const RelayClock &clock, int ttlSeconds, int maxEntries);

    // keyHash: SHA-256 of the console's pickup key (see keyHash()).
    Opened open(const QString &state, const QByteArray &keyHash);
    Stored store(RelayResult result);
    Lookup take(const QString &state, const QByteArray &keyHash, RelayResult *result);
    // Whether a pickup with this key may wait on this state (open, no result yet).
    bool isPending(const QString &state, const QByteArray &keyHash) const;
    // Whether a result for this state is waiting to be picked up.
    bool hasResult(const QString &state) const;

    int size() const { return int(m_entries.size()); }
    int purgeExpired();

    static QByteArray keyHash(const QByteArray &pickupKey);

private:
    struct Entry
    {
        QByteArray keyHash;
        qint64 expiresAtMs = 0;
        std::optional<RelayResult> result;
    };
    const Entry *live(const QString &state) const;
    static bool sameKey(const QByteArray &a, const QByteArray &b);

    const RelayClock &m_clock;
    qint64 m_ttlMs;
    int m_maxEntries;
    QHash<QString, Entry> m_entries;
};

} // namespace nv
