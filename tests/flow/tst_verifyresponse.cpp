#include "flow/VerifyExchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nv;
using Kind = VerifyResponse::Kind;

class TestVerifyResponse : public QObject
{
    Q_OBJECT
private slots:
    void answers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::newRow("true")
            << 200
            << QByteArray(
                   "{\"devicePhoneNumberVerified\":true,\"assessedAt\":\"2026-02-05T10:30:00Z\"}")
            << int(Kind::Verified);
        QTest::newRow("false") << 200 << QByteArray("{\"devicePhoneNumberVerified\":false}")
                               << int(Kind::NotVerified);
        QTest::newRow("assessedAt null")
            << 200 << QByteArray("{\"devicePhoneNumberVerified\":true,\"assessedAt\":null}")
            << int(Kind::Verified);
        QTest::newRow("assessedAt offset+ms")
            << 200
            << QByteArray("{\"devicePhoneNumberVerified\":true,\"assessedAt\":\"2026-02-05T10:30:"
                          "00.123+02:00\"}")
            << int(Kind::Verified);
        QTest::newRow("string true")
            << 200 << QByteArray("{\"devicePhoneNumberVerified\":\"true\"}")
            << int(Kind::Unreadable);
        QTest::newRow("number 1") << 200 << QByteArray("{\"devicePhoneNumberVerified\":1}")
                                  << int(Kind::Unreadable);
        QTest::newRow("missing") << 200 << QByteArray("{\"verified\":true}")
                                 << int(Kind::Unreadable);
        QTest::newRow("bad date")
            << 200
            << QByteArray("{\"devicePhoneNumberVerified\":true,\"assessedAt\":\"yesterday\"}")
            << int(Kind::Unreadable);
        QTest::newRow("date number")
            << 200 << QByteArray("{\"devicePhoneNumberVerified\":true,\"assessedAt\":17}")
            << int(Kind::Unreadable);
        QTest::newRow("truncated")
            << 200 << QByteArray("{\"devicePhoneNumberVer") << int(Kind::Unreadable);
        QTest::newRow("empty") << 200 << QByteArray() << int(Kind::Unreadable);
        QTest::newRow("array") << 200 << QByteArray("[true]") << int(Kind::Unreadable);
        QTest::newRow("huge") << 200 << QByteArray(8 * 1024 * 1024, '{') << int(Kind::Unreadable);
        QTest::newRow("401")
            << 401
            << QByteArray("{\"status\":401,\"code\":\"UNAUTHENTICATED\",\"message\":\"Request not "
                          "authenticated due to missing, invalid, or expired credentials.\"}")
            << int(Kind::ApiError);
        QTest::newRow("403 nba") << 403
                                 << QByteArray(
                                        "{\"status\":403,\"code\":\"NUMBER_VERIFICATION.USER_NOT_"
                                        "AUTHENTICATED_BY_MOBILE_NETWORK\",\"message\":\"x\"}")
                                 << int(Kind::ApiError);
        QTest::newRow("error wrong types")
            << 400 << QByteArray("{\"status\":\"x\",\"code\":7}") << int(Kind::Unreadable);
        QTest::newRow("502 html") << 502 << QByteArray("<html>bad gateway</html>")
                                  << int(Kind::Unreadable);
    }
    void answers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const auto r = VerifyResponse::parse(status, body);
        QCOMPARE(int(r.kind), kind);
        QVERIFY(!r.describe().isEmpty());
    }

    void assessedAtIsRead()
    {
        const auto r = VerifyResponse::parse(
            200, "{\"devicePhoneNumberVerified\":true,\"assessedAt\":\"2026-02-05T10:30:00Z\"}");
        QVERIFY(r.assessedAt.has_value());
        QCOMPARE(r.assessedAt->toUTC(), QDateTime(QDate(2026, 2, 5), QTime(10, 30), Qt::UTC));
    }

    void errorsAreExplained_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("needle");
        QTest::newRow("nba") << QStringLiteral(
                                    "NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK")
                             << QStringLiteral("mobile data");
        // Without the call it refused, the explanation cannot name a scope (tst_apierror).
        QTest::newRow("scope") << QStringLiteral("PERMISSION_DENIED")
                               << QStringLiteral("the scope it needs");
        QTest::newRow("token") << QStringLiteral("UNAUTHENTICATED") << QStringLiteral("token");
        QTest::newRow("argument") << QStringLiteral("INVALID_ARGUMENT") << QStringLiteral("E.164");
        QTest::newRow("unknown") << QStringLiteral("SOMETHING_NEW")
                                 << QStringLiteral("SOMETHING_NEW");
    }
    void errorsAreExplained()
    {
        QFETCH(QString, code);
        QFETCH(QString, needle);
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("status"), 403},
                                      {QStringLiteral("code"), code},
                                      {QStringLiteral("message"), QStringLiteral("m")}})
                .toJson();
        const auto error = ApiError::parse(403, body);
        QVERIFY(error.has_value());
        QVERIFY2(error->explanation().contains(needle) || error->advice().contains(needle),
                 qPrintable(error->explanation()));
    }

    void retryAfterIsAdvised()
    {
        auto error = ApiError::parse(
            429, "{\"status\":429,\"code\":\"TOO_MANY_REQUESTS\",\"message\":\"slow down\"}");
        QVERIFY(error);
        error->retryAfter = QStringLiteral("30");
        QVERIFY(error->advice().contains(QStringLiteral("30 s")));
    }

    void requestBodies()
    {
        VerifyRequestInput in;
        in.verifyUrl = QUrl(QStringLiteral("https://op.example.com/verify"));
        in.accessToken = QStringLiteral("tok");
        in.phoneNumber = QStringLiteral("+123456789");
        HttpRequest req = buildVerifyRequest(in);
        QCOMPARE(req.body, QByteArray("{\"phoneNumber\":\"+123456789\"}"));
        in.hashed = true;
        req = buildVerifyRequest(in);
        QCOMPARE(
            req.body,
            QByteArray("{\"hashedPhoneNumber\":"
                       "\"b49f9168e8a886ffd61a090b51a26e117717f5f6fa804af49ea67043a2bfa4f0\"}"));
        bool bearer = false;
        for (const auto &[name, value] : req.headers)
            bearer |= name == "Authorization" && value == "Bearer tok";
        QVERIFY(bearer);
    }
};

QTEST_APPLESS_MAIN(TestVerifyResponse)
#include "tst_verifyresponse.moc"
