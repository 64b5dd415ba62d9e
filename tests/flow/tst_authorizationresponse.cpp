#include "flow/AuthorizationResponse.h"

#include <QTest>

using namespace nv;
using Kind = AuthorizationResponse::Kind;

class TestAuthorizationResponse : public QObject
{
    Q_OBJECT
private slots:
    void matching_data()
    {
        QTest::addColumn<QString>("redirectUri");
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("matches");
        const QString cb = QStringLiteral("https://app.example.com/callback");
        QTest::newRow("exact") << cb << cb + QStringLiteral("?code=1&state=s") << true;
        QTest::newRow("host case")
            << cb << QStringLiteral("https://APP.example.com/callback?code=1") << true;
        QTest::newRow("explicit default port")
            << cb << QStringLiteral("https://app.example.com:443/callback") << true;
        QTest::newRow("fragment ignored") << cb << cb + QStringLiteral("#x") << true;
        QTest::newRow("other scheme")
            << cb << QStringLiteral("http://app.example.com/callback") << false;
        QTest::newRow("other port")
            << cb << QStringLiteral("https://app.example.com:8443/callback") << false;
        QTest::newRow("trailing slash") << cb << cb + QStringLiteral("/") << false;
        QTest::newRow("path prefix") << cb << cb + QStringLiteral("evil") << false;
        QTest::newRow("deeper path") << cb << cb + QStringLiteral("/more") << false;
        QTest::newRow("parent path") << cb << QStringLiteral("https://app.example.com/") << false;
        QTest::newRow("subdomain look-alike")
            << cb << QStringLiteral("https://app.example.com.evil.test/callback") << false;
        QTest::newRow("userinfo trick")
            << cb << QStringLiteral("https://app.example.com@evil.test/callback") << false;
        QTest::newRow("userinfo on right host")
            << cb << QStringLiteral("https://user@app.example.com/callback") << false;
        QTest::newRow("path case")
            << cb << QStringLiteral("https://app.example.com/Callback") << false;
        QTest::newRow("dot segments")
            << cb << QStringLiteral("https://app.example.com/x/../callback") << false;
        QTest::newRow("custom scheme") << QStringLiteral("com.example.app:/oauth")
                                       << QStringLiteral("com.example.app:/oauth?code=1") << true;
        QTest::newRow("custom scheme other path")
            << QStringLiteral("com.example.app:/oauth") << QStringLiteral("com.example.app:/oauth2")
            << false;
        QTest::newRow("http loopback port") << QStringLiteral("http://127.0.0.1:8080/cb")
                                            << QStringLiteral("http://127.0.0.1:8081/cb") << false;
        QTest::newRow("invalid") << cb << QStringLiteral("http://[::1") << false;
    }
    void matching()
    {
        QFETCH(QString, redirectUri);
        QFETCH(QString, candidate);
        QFETCH(bool, matches);
        QCOMPARE(AuthorizationResponse::matchesRedirectUri(QUrl(candidate), QUrl(redirectUri)),
                 matches);
    }

    void parsing_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("error");
        const QString cb = QStringLiteral("https://app.example.com/callback");
        QTest::newRow("code") << cb + QStringLiteral("?code=abc%2B1&state=s1") << int(Kind::Code)
                              << QStringLiteral("abc+1") << QString();
        QTest::newRow("error")
            << cb + QStringLiteral(
                        "?error=access_denied&error_description=Not%20on%20mobile&state=s1")
            << int(Kind::Error) << QString() << QStringLiteral("access_denied");
        QTest::newRow("state mismatch")
            << cb + QStringLiteral("?code=abc&state=other") << int(Kind::StateMismatch)
            << QStringLiteral("abc") << QString();
        QTest::newRow("state missing")
            << cb + QStringLiteral("?code=abc") << int(Kind::StateMissing) << QStringLiteral("abc")
            << QString();
        QTest::newRow("error without state")
            << cb + QStringLiteral("?error=access_denied") << int(Kind::StateMissing) << QString()
            << QStringLiteral("access_denied");
        QTest::newRow("state empty")
            << cb + QStringLiteral("?code=abc&state=") << int(Kind::StateMismatch)
            << QStringLiteral("abc") << QString();
        QTest::newRow("code in fragment") << cb + QStringLiteral("#code=abc&state=s1")
                                          << int(Kind::InFragment) << QString() << QString();
        QTest::newRow("error in fragment") << cb + QStringLiteral("#error=access_denied&state=s1")
                                           << int(Kind::InFragment) << QString() << QString();
        QTest::newRow("query answer, fragment ignored")
            << cb + QStringLiteral("?code=abc&state=s1#code=evil") << int(Kind::Code)
            << QStringLiteral("abc") << QString();
        QTest::newRow("repeated code") << cb + QStringLiteral("?code=abc&code=evil&state=s1")
                                       << int(Kind::RepeatedParameter) << QString() << QString();
        QTest::newRow("repeated code, same value")
            << cb + QStringLiteral("?code=abc&state=s1&code=abc") << int(Kind::RepeatedParameter)
            << QString() << QString();
        QTest::newRow("repeated state") << cb + QStringLiteral("?code=abc&state=s1&state=s1")
                                        << int(Kind::RepeatedParameter) << QString() << QString();
        QTest::newRow("repeated error") << cb + QStringLiteral("?error=a&error=b&state=s1")
                                        << int(Kind::RepeatedParameter) << QString() << QString();
        QTest::newRow("error with wrong state")
            << cb + QStringLiteral("?error=access_denied&state=x") << int(Kind::StateMismatch)
            << QString() << QStringLiteral("access_denied");
        QTest::newRow("neither") << cb + QStringLiteral("?state=s1") << int(Kind::Malformed)
                                 << QString() << QString();
        QTest::newRow("not the redirect uri")
            << QStringLiteral("https://evil.test/callback?code=abc&state=s1")
            << int(Kind::NotRedirectUri) << QString() << QString();
    }
    void parsing()
    {
        QFETCH(QString, candidate);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, error);
        const auto response = AuthorizationResponse::parse(
            QUrl(candidate), QUrl(QStringLiteral("https://app.example.com/callback")),
            QStringLiteral("s1"));
        QCOMPARE(int(response.kind), kind);
        QCOMPARE(response.code, code);
        QCOMPARE(response.error, error);
        QVERIFY(!response.describe().isEmpty());
    }

    // Each refusal says what actually happened, not "a different state".
    void refusalsSayWhatHappened_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("words");
        const QString cb = QStringLiteral("https://app.example.com/callback");
        QTest::newRow("missing state")
            << cb + QStringLiteral("?code=abc") << QStringLiteral("no state at all");
        QTest::newRow("fragment") << cb + QStringLiteral("#code=abc&state=s1")
                                  << QStringLiteral("fragment");
        QTest::newRow("repeated code") << cb + QStringLiteral("?code=a&code=b&state=s1")
                                       << QStringLiteral("\"code\" more than once");
        QTest::newRow("other state")
            << cb + QStringLiteral("?code=a&state=s2") << QStringLiteral("different state");
    }
    void refusalsSayWhatHappened()
    {
        QFETCH(QString, candidate);
        QFETCH(QString, words);
        const auto response = AuthorizationResponse::parse(
            QUrl(candidate), QUrl(QStringLiteral("https://app.example.com/callback")),
            QStringLiteral("s1"));
        QVERIFY2(response.describe().contains(words), qPrintable(response.describe()));
        if (words != QLatin1String("different state"))
            QVERIFY2(!response.describe().contains(QLatin1String("different state")),
                     qPrintable(response.describe()));
    }

    void errorDescriptionIsExplained()
    {
        const auto response = AuthorizationResponse::parse(
            QUrl(QStringLiteral("https://app.example.com/"
                                "callback?error=access_denied&error_description=x&state=s")),
            QUrl(QStringLiteral("https://app.example.com/callback")), QStringLiteral("s"));
        QVERIFY(response.describe().contains(QStringLiteral("mobile data")));
    }
};

QTEST_APPLESS_MAIN(TestAuthorizationResponse)
#include "tst_authorizationresponse.moc"
