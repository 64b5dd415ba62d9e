#include "flow/TokenExchange.h"
#include "profile/Profile.h"
#include "profile/ProfileStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace nv;

// How a profile names its client authentication: the three methods by their RFC 8414 names, a
// private_key_jwt profile's key by algorithm and kid (never the key), old files read as before,
// and an import naming a method the console does not know refused with its name.
class TestProfileClientAuth : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString file(const QByteArray &json)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("import-%1.json").arg(++n));
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(json);
        return path;
    }

private slots:
    void methodNamesRoundTrip()
    {
        for (auto method : {TokenAuthMethod::ClientSecretPost, TokenAuthMethod::ClientSecretBasic,
                            TokenAuthMethod::PrivateKeyJwt})
            QCOMPARE(tokenAuthMethodFromName(tokenAuthMethodName(method)), method);
        QCOMPARE(tokenAuthMethodName(TokenAuthMethod::PrivateKeyJwt),
                 QStringLiteral("private_key_jwt"));
        QVERIFY(!tokenAuthMethodFromName(QStringLiteral("tls_client_auth")));
    }

    void keyReferenceRoundTripsAndNeverTheKey()
    {
        Profile p = Profile::builtInSandbox();
        p.builtIn = false;
        p.tokenAuthMethod = TokenAuthMethod::PrivateKeyJwt;
        p.clientKeyAlg = QStringLiteral("ES256");
        p.clientKeyId = QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
        p.assertionAudience = AssertionAudience::Issuer;
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value("tokenAuthMethod").toString(), QStringLiteral("private_key_jwt"));
        QCOMPARE(json.value("clientKeyAlg").toString(), QStringLiteral("ES256"));
        QCOMPARE(json.value("assertionAudience").toString(), QStringLiteral("issuer"));
        QString problem;
        QCOMPARE(Profile::fromJson(json, &problem), p);
        QVERIFY(problem.isEmpty());
        for (const QString &key : json.keys())
            QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive) &&
                         !key.contains(QLatin1String("pem"), Qt::CaseInsensitive),
                     qPrintable(key));
    }

    void oldProfilesReadAsBefore()
    {
        // A profile written before private_key_jwt: no new fields, same meaning.
        const QJsonObject old{
            {"name", "Old"}, {"clientId", "c"}, {"tokenAuthMethod", "client_secret_basic"}};
        QString problem;
        const Profile p = Profile::fromJson(old, &problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(p.tokenAuthMethod, TokenAuthMethod::ClientSecretBasic);
        QVERIFY(p.clientKeyId.isEmpty() && p.clientKeyAlg.isEmpty());
        QCOMPARE(p.assertionAudience, AssertionAudience::TokenEndpoint);
        QCOMPARE(Profile::fromJson(QJsonObject{{"name", "No method"}}).tokenAuthMethod,
                 TokenAuthMethod::ClientSecretPost);
        // ...and a profile that does not use them writes none of them.
        const QJsonObject written = p.toJson();
        QVERIFY(!written.contains("clientKeyId") && !written.contains("clientKeyAlg") &&
                !written.contains("assertionAudience"));
    }

    void importOfAnUnknownMethodIsRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("profile");
        QTest::addColumn<QString>("named");
        QTest::newRow("method") << QByteArray(R"({"name":"A","tokenAuthMethod":"tls_client_auth"})")
                                << "tls_client_auth";
        QTest::newRow("alg") << QByteArray(R"({"name":"B","tokenAuthMethod":"private_key_jwt",
                                               "clientKeyAlg":"HS256"})")
                             << "HS256";
        QTest::newRow("audience") << QByteArray(R"({"name":"C","tokenAuthMethod":"private_key_jwt",
                                                    "assertionAudience":"everyone"})")
                                  << "everyone";
    }
    void importOfAnUnknownMethodIsRefusedByName()
    {
        QFETCH(QByteArray, profile);
        QFETCH(QString, named);
        QString error;
        const QList<Profile> imported =
            ProfileStore::importFrom(file("{\"profiles\":[" + profile + "]}"), &error);
        QVERIFY(imported.isEmpty());
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void importOfPrivateKeyJwtKeepsIt()
    {
        QString error;
        const QList<Profile> imported = ProfileStore::importFrom(
            file(R"({"name":"ICM","clientId":"c","tokenAuthMethod":"private_key_jwt",
                     "clientKeyAlg":"RS256","clientKeyId":"kid-1"})"),
            &error);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().tokenAuthMethod, TokenAuthMethod::PrivateKeyJwt);
        QCOMPARE(imported.first().clientKeyId, QStringLiteral("kid-1"));
    }

    void tokenRequestCarriesTheAssertionOnly()
    {
        TokenRequestInput input;
        input.tokenUrl = QUrl(QStringLiteral("https://op.example/token"));
        input.code = QStringLiteral("c0de");
        input.redirectUri = QUrl(QStringLiteral("https://app.example/cb"));
        input.clientId = QStringLiteral("client-1");
        input.clientSecret = QStringLiteral("must-not-be-sent");
        input.authMethod = TokenAuthMethod::PrivateKeyJwt;
        input.clientAssertion = "aaa.bbb.ccc";
        const HttpRequest request = buildTokenRequest(input);
        const QUrlQuery form(QString::fromLatin1(request.body));
        QCOMPARE(form.queryItemValue("client_assertion_type", QUrl::FullyDecoded),
                 QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        QCOMPARE(form.queryItemValue("client_assertion"), QStringLiteral("aaa.bbb.ccc"));
        QCOMPARE(form.queryItemValue("client_id"), QStringLiteral("client-1"));
        QVERIFY(!form.hasQueryItem("client_secret"));
        QVERIFY(!request.body.contains("must-not-be-sent"));
        for (const auto &[name, value] : request.headers)
            QVERIFY2(name.compare("Authorization", Qt::CaseInsensitive) != 0, value.constData());
    }
};

QTEST_GUILESS_MAIN(TestProfileClientAuth)
#include "tst_profileclientauth.moc"
