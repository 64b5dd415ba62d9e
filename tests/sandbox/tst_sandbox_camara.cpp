// CAMARA's own Number Verification test plan (v1.0.0 and v2.1.0), run against every path the
// sandbox serves: 200 match/mismatch by plain and hashed number, every 400 case of the plan,
// 401 (no header, expired, invalid), 403 (missing scope, not network-authenticated), and the
// x-correlator echoed on each answer.

#include "OperatorSandbox.h"
#include "SandboxProbe.h"

#include <QCryptographicHash>
#include <QTest>

using nv::OperatorSandbox;
using nv::SandboxConfig;

namespace {
QByteArray sha256Hex(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

enum class TokenKind
{
    Valid,
    None,
    Expired,
    Invalid,
    MissingScope,
    NotNetworkAuthenticated
};
} // namespace

Q_DECLARE_METATYPE(TokenKind)

class TestSandboxCamaraPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void plan_data();
    void plan();
    void badCorrelatorIs400_data();
    void badCorrelatorIs400();

private:
    QByteArray authorization(TokenKind kind);

    OperatorSandbox *m_sandbox = nullptr;
    SandboxProbe *m_probe = nullptr;
    QString m_expired;
    QString m_missingScope;
    QString m_notNetwork;
    int m_correlator = 0;
};

void TestSandboxCamaraPlan::initTestCase()
{
    const SandboxConfig config = SandboxConfig::defaults();
    m_sandbox = new OperatorSandbox(config, this);
    QVERIFY(m_sandbox->listen());
    m_probe = new SandboxProbe(m_sandbox->baseUrl());
    // Test numbers in login_hint give tokens with these defects without touching the rest.
    const auto hinted = [this](const char *number) {
        return m_probe->obtainAccessToken(
            {{QStringLiteral("login_hint"), QStringLiteral("tel:") + QLatin1String(number)}});
    };
    m_expired = hinted("+9900000010");
    m_missingScope = hinted("+9900000012");
    m_notNetwork = hinted("+9900000002");
    QVERIFY(!m_expired.isEmpty() && !m_missingScope.isEmpty() && !m_notNetwork.isEmpty());
    // The early-expiring token dies on the sandbox clock; the other two live an hour.
    m_sandbox->clock().advance(std::chrono::seconds(config.earlyExpirySeconds + 1));
}

void TestSandboxCamaraPlan::cleanupTestCase()
{
    delete m_probe;
}

QByteArray TestSandboxCamaraPlan::authorization(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Valid:
        // A fresh token per call, so no case depends on another.
        return "Bearer " + m_probe->obtainAccessToken().toLatin1();
    case TokenKind::None:
        return QByteArray();
    case TokenKind::Expired:
        return "Bearer " + m_expired.toLatin1();
    case TokenKind::Invalid:
        return "Bearer Zm9yZ2VkLXRva2Vu";
    case TokenKind::MissingScope:
        return "Bearer " + m_missingScope.toLatin1();
    case TokenKind::NotNetworkAuthenticated:
        return "Bearer " + m_notNetwork.toLatin1();
    }
    return QByteArray();
}

void TestSandboxCamaraPlan::plan_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<TokenKind>("token");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");  // for errors
    QTest::addColumn<bool>("verified"); // for 200

    const QByteArray subscriber = "+34666666666";
    const QList<std::pair<const char *, QByteArray>> invalid{
        {"no body", QByteArray()},
        {"empty object", "{}"},
        {"unknown property only", R"({"unknownProperty":"+34666666666"})"},
        {"both fields",
         R"({"phoneNumber":"+34666666666","hashedPhoneNumber":")" + sha256Hex(subscriber) + "\"}"},
        {"string_value", R"({"phoneNumber":"string_value"})"},
        {"no plus", R"({"phoneNumber":"1234567890"})"},
        {"letters", R"({"phoneNumber":"+12334foo22222"})"},
        {"leading zeros", R"({"phoneNumber":"+00012230304913849"})"},
        {"too short", R"({"phoneNumber":"123"})"},
        {"double plus", R"({"phoneNumber":"++49565456787"})"},
        {"hash not hex", R"({"hashedPhoneNumber":"string_value"})"},
    };
    for (const QString &path : {QStringLiteral("/camara/api/number-verification/v1/verify"),
                                QStringLiteral("/camara/number-verification/v1/verify"),
                                QStringLiteral("/camara/number-verification/v2/verify")}) {
        const QByteArray p = path.toLatin1();
        const auto row = [&](const char *name) {
            return &QTest::addRow("%s %s", p.constData(), name);
        };
        *row("200 match plain") << path << TokenKind::Valid
                                << QByteArray(R"({"phoneNumber":"+34666666666"})") << 200
                                << QString() << true;
        *row("200 mismatch plain")
            << path << TokenKind::Valid << QByteArray(R"({"phoneNumber":"+34666666667"})") << 200
            << QString() << false;
        *row("200 match hashed lower")
            << path << TokenKind::Valid
            << QByteArray(R"({"hashedPhoneNumber":")" + sha256Hex(subscriber) + "\"}") << 200
            << QString() << true;
        *row("200 match hashed upper")
            << path << TokenKind::Valid
            << QByteArray(R"({"hashedPhoneNumber":")" + sha256Hex(subscriber).toUpper() + "\"}")
            << 200 << QString() << true;
        *row("200 mismatch hashed")
            << path << TokenKind::Valid
            << QByteArray(R"({"hashedPhoneNumber":")" + sha256Hex("+34666666667") + "\"}") << 200
            << QString() << false;
        for (const auto &[name, body] : invalid)
            *row((QByteArray("400 ") + name).constData())
                << path << TokenKind::Valid << body << 400 << QStringLiteral("INVALID_ARGUMENT")
                << false;
        const QByteArray ok = R"({"phoneNumber":"+34666666666"})";
        *row("401 no header") << path << TokenKind::None << ok << 401
                              << QStringLiteral("UNAUTHENTICATED") << false;
        *row("401 expired") << path << TokenKind::Expired << ok << 401
                            << QStringLiteral("UNAUTHENTICATED") << false;
        *row("401 invalid") << path << TokenKind::Invalid << ok << 401
                            << QStringLiteral("UNAUTHENTICATED") << false;
        *row("403 missing scope") << path << TokenKind::MissingScope << ok << 403
                                  << QStringLiteral("PERMISSION_DENIED") << false;
        *row("403 not network")
            << path << TokenKind::NotNetworkAuthenticated << ok << 403
            << QStringLiteral("NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK")
            << false;
    }
}

void TestSandboxCamaraPlan::plan()
{
    QFETCH(QString, path);
    QFETCH(TokenKind, token);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, verified);

    const QByteArray correlator = "plan-" + QByteArray::number(++m_correlator) + ":a/b{c}";
    Headers headers{{"x-correlator", correlator}};
    const QByteArray auth = authorization(token);
    if (!auth.isEmpty())
        headers.append({"Authorization", auth});
    const ProbeReply reply = m_probe->postJson(path, body, headers);
    QVERIFY2(reply.status == status, QByteArray::number(reply.status) + " " + reply.body);
    QCOMPARE(reply.header("x-correlator"), correlator);
    QVERIFY(reply.header("content-type").startsWith("application/json"));
    const QJsonObject json = reply.json();
    if (status == 200) {
        QCOMPARE(json.value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(verified));
        return;
    }
    QCOMPARE(json.value(QStringLiteral("status")).toInt(), status);
    QCOMPARE(json.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!json.value(QStringLiteral("message")).toString().isEmpty());
    if (code == QLatin1String("UNAUTHENTICATED"))
        QCOMPARE(json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Request not authenticated due to missing, invalid, or expired "
                                "credentials."));
    if (code == QLatin1String("PERMISSION_DENIED"))
        QCOMPARE(json.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Client does not have sufficient permissions to perform this "
                                "action."));
}

void TestSandboxCamaraPlan::badCorrelatorIs400_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("space") << QByteArray("has space");
    QTest::newRow("quote") << QByteArray("a\"b");
    QTest::newRow("too long") << QByteArray(257, 'a');
    QTest::newRow("percent") << QByteArray("100%");
}

void TestSandboxCamaraPlan::badCorrelatorIs400()
{
    QFETCH(QByteArray, value);
    const ProbeReply reply = m_probe->postJson(
        QStringLiteral("/camara/number-verification/v2/verify"),
        R"({"phoneNumber":"+34666666666"})",
        {{"x-correlator", value}, {"Authorization", authorization(TokenKind::Valid)}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("code")).toString(),
             QStringLiteral("INVALID_ARGUMENT"));
    QVERIFY(!reply.hasHeader("x-correlator"));
}

QTEST_GUILESS_MAIN(TestSandboxCamaraPlan)
#include "tst_sandbox_camara.moc"
