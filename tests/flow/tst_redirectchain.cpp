#include "LoopbackHitCounter.h"
#include "ScriptedHttpServer.h"
#include "TestBudget.h"
#include "flow/RedirectFollower.h"

#include <QSignalSpy>
#include <QTest>

using namespace nv;
using nvtest::budgetMs;
using nvtest::ScriptedHttpServer;

namespace {

// How one walk of a chain ended, and what the follower reported on the way.
struct Walk
{
    QList<HttpExchange> hops;
    QUrl reached; // the redirect URI with its query, when caught
    QString failure;
    bool needsPerson = false;
    bool networkFailure = false;
    bool ended = false;

    QString hopList() const
    {
        QStringList all;
        for (const HttpExchange &e : hops)
            all << QStringLiteral("%1 %2 → %3")
                       .arg(QString::fromLatin1(e.method), e.url.path(), QString::number(e.status));
        return all.join(QLatin1String(", "));
    }
};

// The follower is the caller's and outlives the walk: a follower that loaded the redirect URI
// after catching it would still be around to do so, and the listener would count it.
Walk walk(RedirectFollower &follower, const QUrl &start, const QUrl &redirectUri)
{
    Walk result;
    QObject::connect(&follower, &AuthorizeDriver::hop,
                     [&result](const HttpExchange &e) { result.hops << e; });
    QObject::connect(&follower, &AuthorizeDriver::redirectReached, [&result](const QUrl &url) {
        result.reached = url;
        result.ended = true;
    });
    QObject::connect(&follower, &AuthorizeDriver::failed,
                     [&result](const QString &reason, bool needsPerson, bool networkFailure) {
                         result.failure = reason;
                         result.needsPerson = needsPerson;
                         result.networkFailure = networkFailure;
                         result.ended = true;
                     });
    follower.start(start, redirectUri);
    // A walk that never ends leaves ended false, and the checks on the result fail.
    (void)QTest::qWaitFor([&result] { return result.ended; }, budgetMs(30000));
    follower.disconnect();
    return result;
}

} // namespace

// The no-browser driver against a scripted operator: every redirect status, a chain longer
// than the hop limit, and a page that waits for a person. The redirect URI is a real loopback
// listener, so "caught, never requested" is counted, not assumed.
class TestRedirectChain : public QObject
{
    Q_OBJECT

    ScriptedHttpServer m_server;
    nvtest::LoopbackHitCounter m_callback;

    // Followers live until the end of the test case, so that anything one sends late reaches
    // the listener before cleanupTestCase() counts.
    RedirectFollower &keep(RedirectFollower *follower)
    {
        follower->setParent(this);
        return *follower;
    }

private slots:
    void initTestCase()
    {
        nvtest::TestBudget::instance();
        QVERIFY(m_server.listen());
        QVERIFY(m_callback.listen());
    }

    void everyRedirectStatusIsFollowed_data()
    {
        QTest::addColumn<int>("status");
        for (const int status : {301, 302, 303, 307, 308})
            QTest::addRow("%d", status) << status;
    }
    void everyRedirectStatusIsFollowed()
    {
        QFETCH(int, status);
        const QByteArray first = "/s" + QByteArray::number(status);
        const QByteArray second = first + "-next";
        // The first hop answers with the status under test, to a relative Location; the
        // second sends the browser on to the redirect URI with the code.
        m_server.redirect(first, status, second + "?step=2");
        m_server.redirect(second, status,
                          m_callback.callbackUrl().toEncoded() + "?code=c-" +
                              QByteArray::number(status) + "&state=st");
        const qsizetype before = m_server.seen().size();
        RedirectFollower &follower = keep(new RedirectFollower);
        const Walk w = walk(follower, m_server.url(QString::fromLatin1(first + "?step=1")),
                            m_callback.callbackUrl());
        QVERIFY2(w.failure.isEmpty(), qPrintable(w.failure + QLatin1Char(' ') + w.hopList()));
        QCOMPARE(w.reached.query(), QStringLiteral("code=c-%1&state=st").arg(status));
        QCOMPARE(w.hops.size(), 2);
        // Both hops reached the operator as GET (the follower starts with GET; 301/302/303
        // make a GET of anything, 307/308 keep the method, which is GET here too), with the
        // Location's query.
        const QList<QByteArray> targets = m_server.targets().mid(before);
        QCOMPARE(targets,
                 (QList<QByteArray>{"GET " + first + "?step=1", "GET " + second + "?step=2"}));
        for (const HttpExchange &hop : w.hops) {
            QCOMPARE(hop.status, status);
            QCOMPARE(hop.method, QByteArray("GET"));
        }
        QCOMPARE(m_callback.connections(), 0);
    }

    void theHopLimitStopsAnEndlessChain()
    {
        m_server.redirect("/round", 302, "/round-again");
        m_server.redirect("/round-again", 307, "/round");
        const qsizetype before = m_server.seen().size();
        RedirectFollower &follower = keep(new RedirectFollower);
        follower.setMaxHops(5);
        const Walk w =
            walk(follower, m_server.url(QStringLiteral("/round")), m_callback.callbackUrl());
        QVERIFY2(w.failure.contains(QLatin1String("Stopped after 5 redirects")),
                 qPrintable(w.failure));
        QVERIFY(!w.needsPerson);
        QVERIFY(!w.networkFailure);
        QCOMPARE(w.hops.size(), 5);
        // Five requests, not a sixth: the limit is checked before the next one goes out.
        QCOMPARE(m_server.seen().size() - before, 5);
        QCOMPARE(m_callback.connections(), 0);
    }

    void aChainOneHopShorterThanTheLimitIsFollowed()
    {
        m_server.redirect("/a", 302, "/b");
        m_server.redirect("/b", 302, "/c");
        m_server.redirect("/c", 303, m_callback.callbackUrl().toEncoded() + "?code=k&state=s");
        RedirectFollower &follower = keep(new RedirectFollower);
        follower.setMaxHops(3);
        const Walk w = walk(follower, m_server.url(QStringLiteral("/a")), m_callback.callbackUrl());
        QVERIFY2(w.failure.isEmpty(), qPrintable(w.failure));
        QCOMPARE(w.hops.size(), 3);
        QCOMPARE(w.reached.query(), QStringLiteral("code=k&state=s"));
    }

    void aPageThatNeedsAPersonIsSaidSo()
    {
        m_server.redirect("/login", 302, "/consent");
        m_server.answer("/consent", 200, "Content-Type: text/html; charset=utf-8\r\n",
                        "<html><form method=post><button name=decision value=allow>Allow"
                        "</button></form></html>");
        RedirectFollower &follower = keep(new RedirectFollower);
        const Walk w =
            walk(follower, m_server.url(QStringLiteral("/login")), m_callback.callbackUrl());
        QVERIFY(w.reached.isEmpty());
        QVERIFY2(w.needsPerson, qPrintable(w.failure));
        QVERIFY(!w.networkFailure);
        QVERIFY2(w.failure.contains(QLatin1String("needs a person")), qPrintable(w.failure));
        QVERIFY2(w.failure.contains(QLatin1String("--browser offscreen")), qPrintable(w.failure));
        QCOMPARE(w.hops.size(), 2);
        QCOMPARE(w.hops.last().status, 200);
    }

    void aNonRedirectAnswerThatIsNotAPageIsNotForAPerson()
    {
        m_server.answer("/json", 200, "Content-Type: application/json\r\n", "{}");
        m_server.answer("/gone", 404, "Content-Type: text/html\r\n", "<p>no</p>");
        for (const QString &path : {QStringLiteral("/json"), QStringLiteral("/gone")}) {
            RedirectFollower &follower = keep(new RedirectFollower);
            const Walk w = walk(follower, m_server.url(path), m_callback.callbackUrl());
            QVERIFY2(!w.needsPerson, qPrintable(path + QLatin1Char(' ') + w.failure));
            QVERIFY(!w.networkFailure);
            QVERIFY2(w.failure.contains(QLatin1String("instead of redirecting")),
                     qPrintable(w.failure));
        }
    }

    void aRedirectWithoutLocationStops()
    {
        m_server.answer("/nowhere", 302, "X-Why: no location\r\n");
        RedirectFollower &follower = keep(new RedirectFollower);
        const Walk w =
            walk(follower, m_server.url(QStringLiteral("/nowhere")), m_callback.callbackUrl());
        QVERIFY2(w.failure.contains(QLatin1String("without a usable Location")),
                 qPrintable(w.failure));
        QCOMPARE(w.hops.size(), 1);
    }

    void aRefusedConnectionIsANetworkFailure()
    {
        // A port that was just free: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        RedirectFollower &follower = keep(new RedirectFollower);
        const Walk w =
            walk(follower, QUrl(QStringLiteral("http://127.0.0.1:%1/authorize").arg(port)),
                 m_callback.callbackUrl());
        QVERIFY2(w.networkFailure, qPrintable(w.failure));
        QVERIFY(!w.needsPerson);
        QCOMPARE(w.hops.size(), 1);
        QVERIFY(!w.hops.first().error.isEmpty());
    }

    void cleanupTestCase()
    {
        // One more walk, to a callback, after all the others: its hops give any late request
        // of an earlier follower the event-loop turns it needs to reach the listener.
        m_server.redirect("/fence", 302, m_callback.callbackUrl().toEncoded() + "?code=f&state=f");
        const Walk fence = walk(keep(new RedirectFollower), m_server.url(QStringLiteral("/fence")),
                                m_callback.callbackUrl());
        QVERIFY2(fence.failure.isEmpty(), qPrintable(fence.failure));
        // Whatever each test checked, the redirect URI's listener never heard from anybody.
        QCOMPARE(m_callback.connections(), 0);
        QCOMPARE(m_callback.requests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRedirectChain)
#include "tst_redirectchain.moc"
