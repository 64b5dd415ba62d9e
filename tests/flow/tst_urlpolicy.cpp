#include "http/UrlPolicy.h"

#include <QTest>

using namespace nv;

// The one rule for what the console fetches.
class TestUrlPolicy : public QObject
{
    Q_OBJECT
private slots:
    void fetchable_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("fetchable");
        QTest::newRow("https") << "https://api.example.com/authorize?x=1" << true;
        QTest::newRow("http") << "http://127.0.0.1:8080/authorize" << true;
        QTest::newRow("upper-case scheme") << "HTTPS://api.example.com/" << true;
        QTest::newRow("user info") << "https://user@api.example.com/" << true;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("file, upper case") << "FILE:///etc/passwd" << false;
        QTest::newRow("file with a host") << "file://localhost/etc/passwd" << false;
        QTest::newRow("data") << "data:text/html,<b>x</b>" << false;
        QTest::newRow("qrc") << "qrc:/nv/styles/dark.qss" << false;
        QTest::newRow("qrc, resource path") << ":/nv/styles/dark.qss" << false;
        QTest::newRow("about") << "about:blank" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("ftp") << "ftp://example.com/file" << false;
        QTest::newRow("websocket") << "wss://example.com/socket" << false;
        QTest::newRow("custom app scheme") << "com.example.app:/callback?code=1" << false;
        QTest::newRow("relative") << "/authorize" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("no host") << "https:///authorize" << false;
        QTest::newRow("invalid") << "http://exa mple.com/" << false;
    }

    void fetchable()
    {
        QFETCH(QString, url);
        QFETCH(bool, fetchable);
        const QUrl parsed(url);
        QCOMPARE(UrlPolicy::isFetchable(parsed), fetchable);
        // A refusal is always a sentence; an accepted URL has none.
        QCOMPARE(UrlPolicy::refusal(parsed).isEmpty(), fetchable);
    }

    void refusalSaysWhy()
    {
        const QString why = UrlPolicy::refusal(QUrl(QStringLiteral("file:///etc/passwd")));
        QVERIFY2(why.contains(QStringLiteral("only https and http")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("file:")), qPrintable(why));
    }

    void hugeDataUrlIsQuotedShort()
    {
        const QUrl huge(QStringLiteral("data:text/plain,") + QString(1 << 20, QLatin1Char('A')));
        QVERIFY(UrlPolicy::refusal(huge).size() < 400);
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
