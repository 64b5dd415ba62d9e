// The Number Verification API of the sandbox: answers, CAMARA errors, correlators.

#include "OperatorSandbox.h"
#include "SandboxProbe.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using nv::OperatorSandbox;
using nv::SandboxConfig;

namespace {
const QString VerifyPath = QStringLiteral("/camara/api/number-verification/v1/verify");
const QByteArray Msisdn = "+34666666666";

QByteArray sha256Hex(const QByteArray &text)
{
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}
} // namespace

class TestSandboxVerify : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void trueForTheSubscriber();
    void falseForAnotherNumber();
    void everyPathSpelling_data();
    void everyPathSpelling();
    void hashedVariant_data();
    void hashedVariant();

    void unauthenticated_data();
    void unauthenticated();
    void expiredTokenIsUnauthenticated();
    void missingScopeIsPermissionDenied();

    void invalidArgument_data();
    void invalidArgument();
    void wrongContentTypeIs415();
    void oversizedBodyIs413();
    void wrongMethodIs405();
    void unknownPathIs404_data();
    void unknownPathIs404();

    void correlatorEchoed_data();
    void correlatorEchoed();
    void malformedCorrelatorRefused();

    void msisdnIsBoundAtLogin();
    void devicePhoneNumber();
    void garbageNeverCrashes();

private:
    ProbeReply verifyAs(const QByteArray &body, const Headers &headers = {});
    static void verifyCamaraError(const ProbeReply &reply, int status, const QString &code);

    OperatorSandbox *m_sandbox = nullptr;
    SandboxProbe *m_probe = nullptr;
    QString m_token;
};

void TestSandboxVerify::initTestCase()
{
    m_sandbox = new OperatorSandbox();
    QVERIFY(m_sandbox->listen());
    m_probe = new SandboxProbe(m_sandbox->baseUrl());
    m_token = m_probe->obtainAccessToken(
        {{QStringLiteral("scope"), QStringLiteral("number-verification:verify")}});
    QVERIFY(!m_token.isEmpty());
}

void TestSandboxVerify::cleanupTestCase()
{
    delete m_probe;
    delete m_sandbox;
}

ProbeReply TestSandboxVerify::verifyAs(const QByteArray &body, const Headers &headers)
{
    return m_probe->verify(m_token, body, headers);
}

void TestSandboxVerify::verifyCamaraError(const ProbeReply &reply, int status, const QString &code)
{
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.header("content-type").startsWith("application/json"),
             reply.header("content-type"));
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("status")).toInt(), status);
    QCOMPARE(body.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
}

void TestSandboxVerify::trueForTheSubscriber()
{
    const ProbeReply reply = verifyAs(R"({"phoneNumber":"+34666666666"})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
    const QJsonObject body = reply.json();
    QCOMPARE(body.value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(true));
    const QString assessedAt = body.value(QStringLiteral("assessedAt")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                 .match(assessedAt)
                 .hasMatch(),
             qPrintable(assessedAt));
    const QDateTime when = QDateTime::fromString(assessedAt, Qt::ISODate);
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestSandboxVerify::falseForAnotherNumber()
{
    const ProbeReply reply = verifyAs(R"({"phoneNumber":"+34666666667"})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(false));
}

void TestSandboxVerify::everyPathSpelling_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("api v1") << VerifyPath;
    QTest::newRow("no api v1") << QStringLiteral("/camara/number-verification/v1/verify");
    QTest::newRow("no api v2") << QStringLiteral("/camara/number-verification/v2/verify");
}

void TestSandboxVerify::everyPathSpelling()
{
    QFETCH(QString, path);
    const ProbeReply reply = m_probe->postJson(path, R"({"phoneNumber":"+34666666666"})",
                                               {{"Authorization", "Bearer " + m_token.toLatin1()}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(true));
}

void TestSandboxVerify::hashedVariant_data()
{
    QTest::addColumn<QByteArray>("hash");
    QTest::addColumn<bool>("expected");
    QTest::newRow("lower case") << sha256Hex(Msisdn) << true;
    QTest::newRow("upper case") << sha256Hex(Msisdn).toUpper() << true;
    QTest::newRow("other number") << sha256Hex("+34666666667") << false;
    QTest::newRow("without plus") << sha256Hex("34666666666") << false;
}

void TestSandboxVerify::hashedVariant()
{
    QFETCH(QByteArray, hash);
    QFETCH(bool, expected);
    QCOMPARE(sha256Hex("+123456789"),
             QByteArray("b49f9168e8a886ffd61a090b51a26e117717f5f6fa804af49ea67043a2bfa4f0"));
    const ProbeReply reply = verifyAs(R"({"hashedPhoneNumber":")" + hash + "\"}");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("devicePhoneNumberVerified")), QJsonValue(expected));
}

void TestSandboxVerify::unauthenticated_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no header") << QByteArray();
    QTest::newRow("invalid token") << QByteArray("Bearer not-a-token");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
    QTest::newRow("basic scheme") << QByteArray("Basic dXNlcjpwYXNz");
    QTest::newRow("no scheme") << QByteArray("sometoken");
}

void TestSandboxVerify::unauthenticated()
{
    QFETCH(QByteArray, authorization);
    Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const ProbeReply reply =
        m_probe->postJson(VerifyPath, R"({"phoneNumber":"+34666666666"})", headers);
    verifyCamaraError(reply, 401, QStringLiteral("UNAUTHENTICATED"));
    QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("Request not authenticated due to missing, invalid, or expired "
                            "credentials."));
    QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
}

void TestSandboxVerify::expiredTokenIsUnauthenticated()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString token = probe.obtainAccessToken();
    QVERIFY(!token.isEmpty());
    QCOMPARE(probe.verify(token, R"({"phoneNumber":"+34666666666"})").status, 200);
    // Expiry follows the sandbox clock: move it past the token's lifetime instead of waiting.
    sandbox.clock().advance(std::chrono::seconds(sandbox.config().tokenTtlSeconds + 1));
    const ProbeReply reply = probe.verify(token, R"({"phoneNumber":"+34666666666"})");
    verifyCamaraError(reply, 401, QStringLiteral("UNAUTHENTICATED"));
    QVERIFY(reply.header("www-authenticate").contains("invalid_token"));
}

void TestSandboxVerify::missingScopeIsPermissionDenied()
{
    // A token without number-verification:verify: narrow one down through the refresh grant.
    const ProbeReply first = m_probe->exchange(m_probe->obtainCode(
        {{QStringLiteral("scope"), QStringLiteral("openid number-verification:verify "
                                                  "number-verification:device-phone-number:read "
                                                  "offline_access")}}));
    QCOMPARE(first.status, 200);
    const ProbeReply narrowed = m_probe->postForm(
        QStringLiteral("/camara/api/auth/v1/token"),
        {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
         {QStringLiteral("refresh_token"),
          first.json().value(QStringLiteral("refresh_token")).toString()},
         {QStringLiteral("scope"), QStringLiteral("number-verification:device-phone-number:read")},
         {QStringLiteral("client_id"), SandboxConfig::defaultClientId()},
         {QStringLiteral("client_secret"), SandboxConfig::defaultClientSecret()}});
    QCOMPARE(narrowed.status, 200);
    const QString token = narrowed.json().value(QStringLiteral("access_token")).toString();
    const ProbeReply reply = m_probe->verify(token, R"({"phoneNumber":"+34666666666"})");
    verifyCamaraError(reply, 403, QStringLiteral("PERMISSION_DENIED"));
    QCOMPARE(reply.json().value(QStringLiteral("message")).toString(),
             QStringLiteral("Client does not have sufficient permissions to perform this action."));
}

void TestSandboxVerify::invalidArgument_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no body") << QByteArray();
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("unknown property only") << QByteArray(R"({"msisdn":"+34666666666"})");
    QTest::newRow("unknown property too")
        << QByteArray(R"({"phoneNumber":"+34666666666","extra":1})");
    QTest::newRow("both fields") << QByteArray(
        R"({"phoneNumber":"+34666666666","hashedPhoneNumber":")" + sha256Hex(Msisdn) + "\"}");
    QTest::newRow("string_value") << QByteArray(R"({"phoneNumber":"string_value"})");
    QTest::newRow("no plus") << QByteArray(R"({"phoneNumber":"1234567890"})");
    QTest::newRow("letters") << QByteArray(R"({"phoneNumber":"+12334foo22222"})");
    QTest::newRow("leading zeros") << QByteArray(R"({"phoneNumber":"+00012230304913849"})");
    QTest::newRow("too short") << QByteArray(R"({"phoneNumber":"123"})");
    QTest::newRow("double plus") << QByteArray(R"({"phoneNumber":"++49565456787"})");
    QTest::newRow("too long") << QByteArray(R"({"phoneNumber":"+1234567890123456"})");
    QTest::newRow("number type") << QByteArray(R"({"phoneNumber":34666666666})");
    QTest::newRow("null") << QByteArray(R"({"phoneNumber":null})");
    QTest::newRow("hash too short") << QByteArray(R"({"hashedPhoneNumber":"abc123"})");
    QTest::newRow("hash not hex") << QByteArray(R"({"hashedPhoneNumber":")" + QByteArray(64, 'z') +
                                                "\"}");
    QTest::newRow("array") << QByteArray(R"(["+34666666666"])");
    QTest::newRow("not json") << QByteArray("phoneNumber=+34666666666");
    QTest::newRow("truncated json") << QByteArray(R"({"phoneNumber":"+3466)");
}

void TestSandboxVerify::invalidArgument()
{
    QFETCH(QByteArray, body);
    verifyCamaraError(verifyAs(body), 400, QStringLiteral("INVALID_ARGUMENT"));
}

void TestSandboxVerify::wrongContentTypeIs415()
{
    const ProbeReply reply = m_probe->send(
        "POST", m_probe->url(VerifyPath), R"({"phoneNumber":"+34666666666"})",
        {{"Authorization", "Bearer " + m_token.toLatin1()}, {"Content-Type", "text/plain"}});
    verifyCamaraError(reply, 415, QStringLiteral("UNSUPPORTED_MEDIA_TYPE"));
    // With parameters it is still JSON.
    const ProbeReply charset =
        m_probe->send("POST", m_probe->url(VerifyPath), R"({"phoneNumber":"+34666666666"})",
                      {{"Authorization", "Bearer " + m_token.toLatin1()},
                       {"Content-Type", "application/json; charset=utf-8"}});
    QCOMPARE(charset.status, 200);
}

void TestSandboxVerify::oversizedBodyIs413()
{
    const QByteArray huge =
        R"({"phoneNumber":"+34666666666","pad":")" + QByteArray(70 * 1024, 'x') + "\"}";
    const ProbeReply reply = verifyAs(huge);
    verifyCamaraError(reply, 413, QStringLiteral("PAYLOAD_TOO_LARGE"));
    // The sandbox is still fine afterwards.
    QCOMPARE(verifyAs(R"({"phoneNumber":"+34666666666"})").status, 200);
}

void TestSandboxVerify::wrongMethodIs405()
{
    for (const QByteArray &verb : {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE")}) {
        const ProbeReply reply = m_probe->send(verb, m_probe->url(VerifyPath), QByteArray(),
                                               {{"Authorization", "Bearer " + m_token.toLatin1()}});
        verifyCamaraError(reply, 405, QStringLiteral("METHOD_NOT_ALLOWED"));
        QCOMPARE(reply.header("allow"), QByteArray("POST"));
    }
}

void TestSandboxVerify::unknownPathIs404_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("v3") << QStringLiteral("/camara/number-verification/v3/verify");
    QTest::newRow("trailing slash") << VerifyPath + QLatin1Char('/');
    QTest::newRow("suffix") << VerifyPath + QStringLiteral("x");
    QTest::newRow("root") << QStringLiteral("/");
    QTest::newRow("typo") << QStringLiteral("/camara/api/number-verification/v1/verifi");
}

void TestSandboxVerify::unknownPathIs404()
{
    QFETCH(QString, path);
    const ProbeReply reply = m_probe->postJson(path, R"({"phoneNumber":"+34666666666"})",
                                               {{"Authorization", "Bearer " + m_token.toLatin1()}});
    verifyCamaraError(reply, 404, QStringLiteral("NOT_FOUND"));
}

void TestSandboxVerify::correlatorEchoed_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    const QByteArray ok = R"({"phoneNumber":"+34666666666"})";
    for (const QByteArray &name : {QByteArray("x-correlation-id"), QByteArray("x-correlator")}) {
        const QByteArray bearer = "Bearer " + m_token.toLatin1();
        QTest::addRow("%s success", name.constData()) << name << VerifyPath << bearer << ok << 200;
        QTest::addRow("%s 400", name.constData())
            << name << VerifyPath << bearer << QByteArray("{}") << 400;
        QTest::addRow("%s 401", name.constData())
            << name << VerifyPath << QByteArray() << ok << 401;
        QTest::addRow("%s 404", name.constData())
            << name << QStringLiteral("/nowhere") << bearer << ok << 404;
        QTest::addRow("%s token error", name.constData())
            << name << QStringLiteral("/camara/api/auth/v1/token") << QByteArray() << ok << 400;
    }
}

void TestSandboxVerify::correlatorEchoed()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const QByteArray value = "b4333c46-49c0-4f62-80d7-f0ef930f1c46";
    Headers headers{{name, value}};
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const ProbeReply reply = m_probe->postJson(path, body, headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header(name), value);
}

void TestSandboxVerify::malformedCorrelatorRefused()
{
    const ProbeReply reply = verifyAs(R"({"phoneNumber":"+34666666666"})",
                                      {{"x-correlator", "has spaces and \"quotes\""}});
    verifyCamaraError(reply, 400, QStringLiteral("INVALID_ARGUMENT"));
    QVERIFY(!reply.hasHeader("x-correlator"));
}

void TestSandboxVerify::msisdnIsBoundAtLogin()
{
    OperatorSandbox sandbox;
    QVERIFY(sandbox.listen());
    SandboxProbe probe(sandbox.baseUrl());
    const QString before = probe.obtainAccessToken();
    sandbox.setMsisdn(QStringLiteral("+447700900123"));
    QCOMPARE(sandbox.config().msisdn, QStringLiteral("+447700900123"));
    const QString after = probe.obtainAccessToken();
    const auto verified = [&](const QString &token, const QByteArray &number) {
        return probe.verify(token, R"({"phoneNumber":")" + number + "\"}")
            .json()
            .value(QStringLiteral("devicePhoneNumberVerified"))
            .toBool();
    };
    QVERIFY(verified(before, Msisdn));
    QVERIFY(!verified(before, "+447700900123"));
    QVERIFY(verified(after, "+447700900123"));
    QVERIFY(!verified(after, Msisdn));
}

void TestSandboxVerify::devicePhoneNumber()
{
    const QString path = QStringLiteral("/camara/api/number-verification/v1/device-phone-number");
    const QString withScope = m_probe->obtainAccessToken(
        {{QStringLiteral("scope"),
          QStringLiteral("number-verification:verify "
                         "number-verification:device-phone-number:read")}});
    const ProbeReply reply =
        m_probe->get(path, {{"Authorization", "Bearer " + withScope.toLatin1()}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("devicePhoneNumber")).toString(),
             QString::fromLatin1(Msisdn));
    const ProbeReply denied =
        m_probe->get(path, {{"Authorization", "Bearer " + m_token.toLatin1()}});
    verifyCamaraError(denied, 403, QStringLiteral("PERMISSION_DENIED"));
}

void TestSandboxVerify::garbageNeverCrashes()
{
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char((i * 7919 + 13) % 256));
    verifyCamaraError(verifyAs(noise), 400, QStringLiteral("INVALID_ARGUMENT"));
    const ProbeReply token = m_probe->send(
        "POST", m_probe->url(QStringLiteral("/camara/api/auth/v1/token")), noise,
        {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic %%%%"}});
    QVERIFY2(token.status == 400 || token.status == 401, QByteArray::number(token.status));
    QVERIFY(!token.json().value(QStringLiteral("error")).toString().isEmpty());
    QUrl odd = m_probe->url(QStringLiteral("/camara/api/auth/v1/authorize"));
    odd.setQuery(QStringLiteral("client_id=%ZZ&&&=&redirect_uri=%00%FF"), QUrl::TolerantMode);
    QCOMPARE(m_probe->send("GET", odd).status, 400);
    // Still serving.
    QCOMPARE(verifyAs(R"({"phoneNumber":"+34666666666"})").status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxVerify)
#include "tst_sandbox_verify.moc"
