#include "flow/TokenExchange.h"

#include <QTest>
#include <QUrlQuery>

using namespace nv;

class TestTokenResponse : public QObject
{
    Q_OBJECT
private slots:
    void parsesAGoodAnswer()
    {
        const auto r = TokenResponse::parse(
            200, "{\"access_token\":\"at\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                 "\"scope\":\"openid number-verification:verify\",\"id_token\":\"a.b.c\","
                 "\"refresh_token\":\"rt\",\"extra\":1}");
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.accessToken, QStringLiteral("at"));
        QCOMPARE(r.expiresIn, 3600);
        QCOMPARE(r.scope, QStringLiteral("openid number-verification:verify"));
        QCOMPARE(r.idToken, QStringLiteral("a.b.c"));
        QCOMPARE(r.refreshToken, QStringLiteral("rt"));
    }

    void rfc6749Errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("invalid_grant")
            << 400
            << QByteArray("{\"error\":\"invalid_grant\",\"error_description\":\"code used\"}")
            << QStringLiteral("invalid_grant");
        QTest::newRow("invalid_client") << 401 << QByteArray("{\"error\":\"invalid_client\"}")
                                        << QStringLiteral("invalid_client");
        QTest::newRow("unsupported_grant_type")
            << 400 << QByteArray("{\"error\":\"unsupported_grant_type\"}")
            << QStringLiteral("unsupported_grant_type");
        QTest::newRow("error on 200") << 200 << QByteArray("{\"error\":\"invalid_request\"}")
                                      << QStringLiteral("invalid_request");
    }
    void rfc6749Errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto r = TokenResponse::parse(status, body);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, error);
        QVERIFY(r.describe().contains(error));
    }

    void unreadableAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << 200 << QByteArray();
        QTest::newRow("html") << 200 << QByteArray("<html>oops</html>");
        QTest::newRow("truncated") << 200 << QByteArray("{\"access_token\":\"at\",\"token_ty");
        QTest::newRow("array") << 200 << QByteArray("[1,2]");
        QTest::newRow("string") << 200 << QByteArray("\"x\"");
        QTest::newRow("no access_token") << 200 << QByteArray("{\"token_type\":\"Bearer\"}");
        QTest::newRow("access_token number")
            << 200 << QByteArray("{\"access_token\":5,\"token_type\":\"Bearer\"}");
        QTest::newRow("token_type mac")
            << 200 << QByteArray("{\"access_token\":\"a\",\"token_type\":\"mac\"}");
        QTest::newRow("expires_in string")
            << 200
            << QByteArray(
                   "{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":\"3600\"}");
        QTest::newRow("expires_in negative")
            << 200
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":-1}");
        QTest::newRow("scope array")
            << 200
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"scope\":[\"x\"]}");
        QTest::newRow("id_token object")
            << 200
            << QByteArray("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"id_token\":{}}");
        QTest::newRow("500 html") << 500 << QByteArray("<h1>Bad gateway</h1>");
        QTest::newRow("error without error field") << 400 << QByteArray("{\"message\":\"no\"}");
        QTest::newRow("nul bytes") << 200 << QByteArray("\0\0\0{", 4);
        QTest::newRow("huge") << 200 << QByteArray(8 * 1024 * 1024, '[');
    }
    void unreadableAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const auto r = TokenResponse::parse(status, body);
        QVERIFY(!r.ok);
        QVERIFY(!r.problem.isEmpty() || !r.error.isEmpty());
        QVERIFY(!r.describe().isEmpty());
    }

    void requestPutsCredentialsInTheBodyByDefault()
    {
        TokenRequestInput in;
        in.tokenUrl = QUrl(QStringLiteral("https://op.example.com/token"));
        in.code = QStringLiteral("c+1");
        in.redirectUri = QUrl(QStringLiteral("https://app.example.com/cb"));
        in.clientId = QStringLiteral("id");
        in.clientSecret = QStringLiteral("s&cret");
        in.codeVerifier = QStringLiteral("v");
        in.correlationHeader = QStringLiteral("x-correlator");
        in.correlationId = QStringLiteral("corr-1");
        const HttpRequest req = buildTokenRequest(in);
        QCOMPARE(req.method, QByteArray("POST"));
        const QUrlQuery form(QString::fromLatin1(req.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("grant_type")),
                 QStringLiteral("authorization_code"));
        QCOMPARE(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                 QStringLiteral("c+1"));
        QCOMPARE(form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded),
                 QStringLiteral("s&cret"));
        QCOMPARE(form.queryItemValue(QStringLiteral("code_verifier")), QStringLiteral("v"));
        QCOMPARE(form.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("https://app.example.com/cb"));
        bool sawCorrelation = false, sawAuthorization = false;
        for (const auto &[name, value] : req.headers) {
            sawCorrelation |= name == "x-correlator" && value == "corr-1";
            sawAuthorization |= name == "Authorization";
        }
        QVERIFY(sawCorrelation);
        QVERIFY(!sawAuthorization);
    }

    void basicAuthEncodesPerRfc6749()
    {
        TokenRequestInput in;
        in.clientId = QStringLiteral("my id");
        in.clientSecret = QStringLiteral("a:b");
        in.authMethod = TokenAuthMethod::ClientSecretBasic;
        const HttpRequest req = buildTokenRequest(in);
        QByteArray authorization;
        for (const auto &[name, value] : req.headers)
            if (name == "Authorization")
                authorization = value;
        QCOMPARE(authorization, "Basic " + QByteArray("my%20id:a%3Ab").toBase64());
        QVERIFY(!req.body.contains("client_secret"));
    }
};

QTEST_APPLESS_MAIN(TestTokenResponse)
#include "tst_tokenresponse.moc"
