// The relay's memory and its rate limiter, on a clock the test moves by hand (no sleeps).

#include "RateLimiter.h"
#include "RelayClock.h"
#include "RelayQuery.h"
#include "RelayStore.h"

#include <QTest>

namespace {

class ManualClock : public nv::RelayClock
{
public:
    qint64 monotonicMs() const override { return m_ms; }
    QDateTime utcNow() const override
    {
        return QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC).addMSecs(m_ms);
    }
    void advanceSeconds(double seconds) { m_ms += qint64(seconds * 1000); }

private:
    qint64 m_ms = 1000;
};

const QByteArray KeyA = nv::RelayStore::keyHash("key-a");
const QByteArray KeyB = nv::RelayStore::keyHash("key-b");

nv::RelayResult codeFor(const QString &state, const QString &code)
{
    nv::RelayResult result;
    result.state = state;
    result.code = code;
    return result;
}

} // namespace

class TestRelayStore : public QObject
{
    Q_OBJECT

private slots:
    void resultIsPickedUpOnce();
    void unknownAndForeignStates();
    void openIsIdempotentPerKey();
    void callbackNeedsAnOpenState();
    void firstResultStays();
    void errorResults();
    void openStateExpires();
    void resultExpiresAfterItsArrival();
    void entryCap();
    void concurrentRunsOnDifferentStates();
    void rateLimiterBucket();
    void rateLimiterGroupsIpv6By64();
    void rateLimiterClientCap();
    void formParsing();
    void stateFormat();
};

void TestRelayStore::resultIsPickedUpOnce()
{
    ManualClock clock;
    nv::RelayStore store(clock, 300, 100);
    QCOMPARE(store.open(QStringLiteral("s1"), KeyA), nv::RelayStore::Opened::Created);
    nv::RelayResult out;
    QCOMPARE(store.take(QStringLiteral("s1"), KeyA, &out), nv::RelayStore::Lookup::Pending);
    QVERIFY(store.isPending(QStringLiteral("s1"), KeyA));
    QCOMPARE(store.store(codeFor(QStringLiteral("s1"), QStringLiteral("c1"))),
             nv::RelayStore::Stored::Stored);
    QVERIFY(store.hasResult(QStringLiteral("s1")));
    QCOMPARE(store.take(QStringLiteral("s1"), KeyA, &out), nv::RelayStore::Lookup::Ready);
    QCOMPARE(out.code, QStringLiteral("c1"));
    QCOMPARE(out.receivedAt, clock.utcNow());
    QCOMPARE(store.take(QStringLiteral("s1"), KeyA, &out), nv::RelayStore::Lookup::Unknown);
    QCOMPARE(store.size(), 0);
}

void TestRelayStore::unknownAndForeignStates()
{
    ManualClock clock;
    nv::RelayStore store(clock, 300, 100);
    nv::RelayResult out;
    QCOMPARE(store.take(QStringLiteral("never"), KeyA, &out), nv::RelayStore::Lookup::Unknown);
    QVERIFY(store.open(QStringLiteral("s1"), KeyA) == nv::RelayStore::Opened::Created);
    QCOMPARE(store.store(codeFor(QStringLiteral("s1"), QStringLiteral("c1"))),
             nv::RelayStore::Stored::Stored);
    // Another key learns nothing, and takes nothing.
    QCOMPARE(store.take(QStringLiteral("s1"), KeyB, &out), nv::RelayStore::Lookup::Unknown);
    QVERIFY(out.code.isEmpty());
    QVERIFY(!store.isPending(QStringLiteral("s1"), KeyB));
    QCOMPARE(store.take(QStringLiteral("s1"), KeyA, &out), nv::RelayStore::Lookup::Ready);
}

void TestRelayStore::openIsIdempotentPerKey()
{
    ManualClock clock;
    nv::RelayStore store(clock, 300, 100);
    QCOMPARE(store.open(QStringLiteral("s1"), KeyA), nv::RelayStore::Opened::Created);
    QCOMPARE(store.open(QStringLiteral("s1"), KeyA), nv::RelayStore::Opened::AlreadyOpen);
    QCOMPARE(store.open(QStringLiteral("s1"), KeyB), nv::RelayStore::Opened::Taken);
    QCOMPARE(store.size(), 1);
}

void TestRelayStore::callbackNeedsAnOpenState()
{
    ManualClock clock;
    nv::RelayStore store(clock, 300, 100);
    QCOMPARE(store.store(codeFor(QStringLiteral("nobody"), QStringLiteral("c"))),
             nv::RelayStore::Stored::NotExpected);
    QCOMPARE(store.size(), 0); // nothing kept for a state no console opened
}

void TestRelayStore::firstResultStays()
{
    ManualClock clock;
    nv::RelayStore store(clock, 300, 100);
    store.open(QStringLiteral("s1"), KeyA);
    QCOMPARE(store.store(codeFor(QStringLiteral("s1"), QStringLiteral("first"))),
             nv::RelayStore::Stored::Stored);
    QCOMPARE(store.store(codeFor(QStringLiteral("s1"), QStringLiteral("second"))),
             nv::RelayStore::Stored::AlreadyReceived);
    nv::RelayResult out;
    QCOMPARE(store.take(QStringLiteral("s1"), KeyA, &out), nv::RelayStore::Lookup::Ready);
    QCOMPARE(out.code, QStringLiteral("first"));
}

void TestRelayStore::errorResults()
{
    ManualClock clock;
    nv::RelayStore store(clock, 300, 100);
    store.open(QStringLiteral("s1"), KeyA);
    nv::RelayResult refused;
    refused.state = QStringLiteral("s1");
    refused.error = QStringLiteral("access_denied");
    refused.errorDescription = QStringLiteral("not on mobile data");
    refused.issuer = QStringLiteral("https://operator.example");
    QCOMPARE(store.store(refused), nv::RelayStore::Stored::Stored);
    nv::RelayResult out;
    QCOMPARE(store.take(QStringLiteral("s1"), KeyA, &out), nv::RelayStore::Lookup::Ready);
    QVERIFY(out.isError());
    const QJsonObject json = out.toJson();
    QCOMPARE(json.value(QStringLiteral("error")).toString(), QStringLiteral("access_denied"));
    QCOMPARE(json.value(QStringLiteral("error_description")).toString(),
             QStringLiteral("not on mobile data"));
    QCOMPARE(json.value(QStringLiteral("iss")).toString(),
             QStringLiteral("https://operator.example"));
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("s1"));
    QCOMPARE(json.value(QStringLiteral("received_at")).toString(),
             QStringLiteral("2030-01-02T03:04:06.000Z"));
    QVERIFY(!json.contains(QStringLiteral("code")));
}

void TestRelayStore::openStateExpires()
{
    ManualClock clock;
    nv::RelayStore store(clock, 300, 100);
    store.open(QStringLiteral("s1"), KeyA);
    clock.advanceSeconds(299.9);
    QVERIFY(store.isPending(QStringLiteral("s1"), KeyA));
    clock.advanceSeconds(0.1);
    QVERIFY(!store.isPending(QStringLiteral("s1"), KeyA));
    QCOMPARE(store.store(codeFor(QStringLiteral("s1"), QStringLiteral("late"))),
             nv::RelayStore::Stored::NotExpected);
    nv::RelayResult out;
    QCOMPARE(store.take(QStringLiteral("s1"), KeyA, &out), nv::RelayStore::Lookup::Unknown);
    // An expired state can be opened again, by anyone: it is gone.
    QCOMPARE(store.open(QStringLiteral("s1"), KeyB), nv::RelayStore::Opened::Created);
}

void TestRelayStore::resultExpiresAfterItsArrival()
{
    ManualClock clock;
    nv::RelayStore store(clock, 300, 100);
    store.open(QStringLiteral("s1"), KeyA);
    store.open(QStringLiteral("s2"), KeyA);
    clock.advanceSeconds(200);
    QCOMPARE(store.store(codeFor(QStringLiteral("s1"), QStringLiteral("c1"))),
             nv::RelayStore::Stored::Stored);
    QCOMPARE(store.store(codeFor(QStringLiteral("s2"), QStringLiteral("c2"))),
             nv::RelayStore::Stored::Stored);
    clock.advanceSeconds(250); // 450 s after opening, 250 s after arrival
    nv::RelayResult out;
    QCOMPARE(store.take(QStringLiteral("s1"), KeyA, &out), nv::RelayStore::Lookup::Ready);
    clock.advanceSeconds(50); // 300 s after arrival
    QVERIFY(!store.hasResult(QStringLiteral("s2")));
    QCOMPARE(store.take(QStringLiteral("s2"), KeyA, &out), nv::RelayStore::Lookup::Unknown);
    QCOMPARE(store.purgeExpired(), 1);
    QCOMPARE(store.size(), 0);
}

void TestRelayStore::entryCap()
{
    ManualClock clock;
    nv::RelayStore store(clock, 300, 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(store.open(QStringLiteral("s%1").arg(i), KeyA), nv::RelayStore::Opened::Created);
    QCOMPARE(store.open(QStringLiteral("s3"), KeyA), nv::RelayStore::Opened::Full);
    QCOMPARE(store.size(), 3);
    // Taking one frees its place at once; expired ones free theirs when room is needed.
    nv::RelayResult out;
    store.store(codeFor(QStringLiteral("s0"), QStringLiteral("c")));
    QCOMPARE(store.take(QStringLiteral("s0"), KeyA, &out), nv::RelayStore::Lookup::Ready);
    QCOMPARE(store.open(QStringLiteral("s3"), KeyA), nv::RelayStore::Opened::Created);
    QCOMPARE(store.open(QStringLiteral("s4"), KeyA), nv::RelayStore::Opened::Full);
    clock.advanceSeconds(301);
    QCOMPARE(store.open(QStringLiteral("s4"), KeyA), nv::RelayStore::Opened::Created);
    QCOMPARE(store.size(), 1);
}

void TestRelayStore::concurrentRunsOnDifferentStates()
{
    ManualClock clock;
    nv::RelayStore store(clock, 300, 1000);
    const int runs = 50;
    for (int i = 0; i < runs; ++i)
        store.open(QStringLiteral("state-%1").arg(i),
                   nv::RelayStore::keyHash(QByteArray::number(i)));
    // Results arrive in another order than the states were opened, and are picked up in a third.
    for (int i = runs - 1; i >= 0; i -= 2)
        store.store(codeFor(QStringLiteral("state-%1").arg(i), QStringLiteral("code-%1").arg(i)));
    for (int i = 0; i < runs; i += 2)
        store.store(codeFor(QStringLiteral("state-%1").arg(i), QStringLiteral("code-%1").arg(i)));
    for (int i = 0; i < runs; ++i) {
        const int run = (i * 7) % runs;
        nv::RelayResult out;
        QCOMPARE(store.take(QStringLiteral("state-%1").arg(run),
                            nv::RelayStore::keyHash(QByteArray::number(run)), &out),
                 nv::RelayStore::Lookup::Ready);
        QCOMPARE(out.code, QStringLiteral("code-%1").arg(run));
    }
    QCOMPARE(store.size(), 0);
}

void TestRelayStore::rateLimiterBucket()
{
    ManualClock clock;
    nv::RateLimiter limiter(clock, 2.0, 3, 100);
    const QHostAddress client(QStringLiteral("192.0.2.1"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(limiter.take(client), nv::RateLimiter::Verdict::Allowed);
    QCOMPARE(limiter.take(client), nv::RateLimiter::Verdict::Limited);
    QCOMPARE(limiter.retryAfterSeconds(client), 1);
    QCOMPARE(limiter.take(QHostAddress(QStringLiteral("192.0.2.2"))),
             nv::RateLimiter::Verdict::Allowed); // another client has its own bucket
    clock.advanceSeconds(0.5);                   // one token back at 2 per second
    QCOMPARE(limiter.take(client), nv::RateLimiter::Verdict::Allowed);
    QCOMPARE(limiter.take(client), nv::RateLimiter::Verdict::Limited);
    clock.advanceSeconds(60); // never more than the burst
    for (int i = 0; i < 3; ++i)
        QCOMPARE(limiter.take(client), nv::RateLimiter::Verdict::Allowed);
    QCOMPARE(limiter.take(client), nv::RateLimiter::Verdict::Limited);
    // An IPv4-mapped IPv6 address is the same client.
    QCOMPARE(limiter.take(QHostAddress(QStringLiteral("::ffff:192.0.2.1"))),
             nv::RateLimiter::Verdict::Limited);
}

void TestRelayStore::rateLimiterGroupsIpv6By64()
{
    ManualClock clock;
    nv::RateLimiter limiter(clock, 0.1, 1, 100);
    QCOMPARE(limiter.take(QHostAddress(QStringLiteral("2001:db8:1:2::1"))),
             nv::RateLimiter::Verdict::Allowed);
    QCOMPARE(limiter.take(QHostAddress(QStringLiteral("2001:db8:1:2:ffff:ffff:ffff:ffff"))),
             nv::RateLimiter::Verdict::Limited);
    QCOMPARE(limiter.take(QHostAddress(QStringLiteral("2001:db8:1:3::1"))),
             nv::RateLimiter::Verdict::Allowed);
    QCOMPARE(limiter.retryAfterSeconds(QHostAddress(QStringLiteral("2001:db8:1:2::9"))), 10);
}

void TestRelayStore::rateLimiterClientCap()
{
    ManualClock clock;
    nv::RateLimiter limiter(clock, 1.0, 2, 2);
    QCOMPARE(limiter.take(QHostAddress(QStringLiteral("192.0.2.1"))),
             nv::RateLimiter::Verdict::Allowed);
    QCOMPARE(limiter.take(QHostAddress(QStringLiteral("192.0.2.2"))),
             nv::RateLimiter::Verdict::Allowed);
    QCOMPARE(limiter.take(QHostAddress(QStringLiteral("192.0.2.3"))),
             nv::RateLimiter::Verdict::TooManyClients);
    clock.advanceSeconds(1); // both buckets full again: forgetting them changes nothing
    QCOMPARE(limiter.take(QHostAddress(QStringLiteral("192.0.2.3"))),
             nv::RateLimiter::Verdict::Allowed);
    QCOMPARE(limiter.clients(), 1);
}

void TestRelayStore::formParsing()
{
    using nv::relayquery::parseForm;
    const auto form = parseForm("code=a%2Bb+c&state=xyz&empty=&flag", 100);
    QVERIFY(form.problem.isEmpty());
    QCOMPARE(nv::relayquery::value(form.params, QStringLiteral("code")), QStringLiteral("a+b c"));
    QVERIFY(nv::relayquery::has(form.params, QStringLiteral("flag")));
    QVERIFY(parseForm("code=a&code=b", 100).problem.contains(QStringLiteral("repeated")));
    QVERIFY(parseForm("code=" + QByteArray(101, 'x'), 100).problem.contains(QStringLiteral("100")));
    QVERIFY(!parseForm("code=%00", 100).problem.isEmpty());
    QVERIFY(!parseForm("code=%C3%A9", 100).problem.isEmpty());
    QVERIFY(!parseForm("code=%7F", 100).problem.isEmpty());
}

void TestRelayStore::stateFormat()
{
    using nv::relayquery::isValidState;
    QVERIFY(isValidState(QStringLiteral("AbCdEfGhIjKlMnOpQrStUv")));
    QVERIFY(isValidState(QStringLiteral("a-b_c.d~e0123456789")));
    QVERIFY(!isValidState(QStringLiteral("short")));
    QVERIFY(!isValidState(QString(129, QLatin1Char('a'))));
    QVERIFY(!isValidState(QStringLiteral("with space in it 12345")));
    QVERIFY(!isValidState(QStringLiteral("with/slash/in/it/12345")));
}

QTEST_GUILESS_MAIN(TestRelayStore)
#include "tst_relaystore.moc"
