#include "flow/AuthorizeRequest.h"

#include <QTest>
#include <QUrlQuery>

using namespace nv;

class TestAuthorizeRequest : public QObject
{
    Q_OBJECT
private slots:
    void pkceMatchesRfc7636Vector()
    {
        // RFC 7636 Appendix B.
        QCOMPARE(Pkce::s256Challenge(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void generatedPkceIsWellFormed()
    {
        const Pkce a = Pkce::generate();
        const Pkce b = Pkce::generate();
        QCOMPARE(a.verifier.size(), 43);
        QVERIFY(a.verifier != b.verifier);
        QCOMPARE(a.challenge, Pkce::s256Challenge(a.verifier));
        QCOMPARE(a.method, QStringLiteral("S256"));
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9._~-]+$"));
        QVERIFY(unreserved.match(a.verifier).hasMatch());
    }

    void everyParameterIsPresentAndEncoded()
    {
        Profile profile = Profile::konera();
        profile.clientId = QStringLiteral("client id&x=1");
        profile.redirectUri = QUrl(QStringLiteral("https://app.example.com/cb?tenant=a b"));
        profile.loginHint = QStringLiteral("tel:+34666666666");
        profile.koneraContext = QStringLiteral("ipv4:142.115.147.143,ipv6:2001:4860:7:f04::fe");
        Pkce pkce;
        pkce.verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        pkce.challenge = Pkce::s256Challenge(pkce.verifier);

        const QUrl url = AuthorizeRequest::buildUrl(profile, QStringLiteral("st+ate/="),
                                                    QStringLiteral("n0nce"), pkce);
        const QString encoded = url.toString(QUrl::FullyEncoded);
        QVERIFY2(encoded.startsWith(
                     QStringLiteral("https://api.pxg.konera.com/camara/api/auth/v1/authorize?")),
                 qPrintable(encoded));
        // '+' must be escaped, or the server reads a space.
        QVERIFY2(encoded.contains(QStringLiteral("login_hint=tel%3A%2B34666666666")),
                 qPrintable(encoded));
        QVERIFY(encoded.contains(QStringLiteral("client_id=client%20id%26x%3D1")));
        QVERIFY(encoded.contains(QStringLiteral(
            "scope=openid%20dpv%3AFraudPreventionAndDetection%20number-verification%3Averify")));
        QVERIFY(!encoded.contains(QLatin1Char(' ')));

        const QUrlQuery query(url);
        const auto value = [&](const char *key) {
            return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        };
        QCOMPARE(value("response_type"), QStringLiteral("code"));
        QCOMPARE(value("client_id"), QStringLiteral("client id&x=1"));
        QCOMPARE(value("redirect_uri"), QStringLiteral("https://app.example.com/cb?tenant=a%20b"));
        QCOMPARE(value("scope"), Profile::defaultScope());
        QCOMPARE(value("state"), QStringLiteral("st+ate/="));
        QCOMPARE(value("nonce"), QStringLiteral("n0nce"));
        QCOMPARE(value("login_hint"), QStringLiteral("tel:+34666666666"));
        QCOMPARE(value("prompt"), QStringLiteral("none"));
        QCOMPARE(value("konera_context"), profile.koneraContext);
        QCOMPARE(value("code_challenge"),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(value("code_challenge_method"), QStringLiteral("S256"));
    }

    void optionalParametersAreLeftOut()
    {
        Profile profile = Profile::konera();
        profile.clientId = QStringLiteral("c");
        profile.redirectUri = QUrl(QStringLiteral("https://app.example.com/cb"));
        profile.prompt.clear();
        const QUrlQuery query(AuthorizeRequest::buildUrl(profile, QStringLiteral("s"), {}, {}));
        for (const char *absent : {"nonce", "login_hint", "prompt", "konera_context",
                                   "code_challenge", "code_challenge_method"})
            QVERIFY2(!query.hasQueryItem(QLatin1String(absent)), absent);
    }

    void createMakesFreshValuesPerRun()
    {
        Profile profile = Profile::builtInSandbox();
        const AuthorizeRequest a = AuthorizeRequest::create(profile);
        const AuthorizeRequest b = AuthorizeRequest::create(profile);
        QVERIFY(a.state.size() >= 16);
        QVERIFY(a.state != b.state);
        QVERIFY(!a.nonce.isEmpty()); // openid is in the default scope
        QVERIFY(a.nonce != b.nonce);
        QVERIFY(a.pkce.has_value());
        QVERIFY(a.pkce->verifier != b.pkce->verifier);

        profile.scope = QStringLiteral("number-verification:verify");
        profile.usePkce = false;
        const AuthorizeRequest c = AuthorizeRequest::create(profile);
        QVERIFY(c.nonce.isEmpty());
        QVERIFY(!c.pkce.has_value());
    }

    void keepsAQueryAlreadyInTheAuthorizeUrl()
    {
        Profile profile = Profile::konera();
        profile.authorizeUrl = QUrl(QStringLiteral("https://op.example.com/authorize?realm=nv"));
        profile.clientId = QStringLiteral("c");
        const QUrlQuery query(AuthorizeRequest::buildUrl(profile, QStringLiteral("s"), {}, {}));
        QCOMPARE(query.queryItemValue(QStringLiteral("realm")), QStringLiteral("nv"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("c"));
    }
};

QTEST_APPLESS_MAIN(TestAuthorizeRequest)
#include "tst_authorizerequest.moc"
