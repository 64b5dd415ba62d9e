#include "flow/DiscoveryDocument.h"
#include "profile/ProfilePresets.h"
#include "profile/ProfileStore.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace nv;

// The presets a new profile starts from, and the fields they add to a profile (API version,
// issuer, JWKS URL), stored and read back.
class TestProfilePresets : public QObject
{
    Q_OBJECT
private slots:
    void threePresetsInOrder()
    {
        QStringList ids;
        for (const ProfilePreset &preset : ProfilePresets::all()) {
            ids << preset.id;
            QVERIFY(!preset.title.isEmpty());
            QVERIFY(!preset.description.isEmpty());
            QCOMPARE(ProfilePresets::fromId(preset.id)->kind, preset.kind);
        }
        QCOMPARE(ids, (QStringList{QStringLiteral("konera-pxg-v1"), QStringLiteral("konera-pxg-v2"),
                                   QStringLiteral("camara-discovery")}));
        QVERIFY(!ProfilePresets::fromId(QStringLiteral("nope")));
        QVERIFY(ProfilePresets::fromId(QStringLiteral("camara-discovery"))->usesDiscovery());
    }

    void koneraPresetsAreTodaysDefaultsAndTheV2Path()
    {
        const Profile v1 = ProfilePresets::koneraPxg(ApiVersion::V1);
        const Profile konera = Profile::konera();
        QVERIFY(!v1.builtIn); // a starting point the person saves as their own
        QCOMPARE(v1.authorizeUrl, konera.authorizeUrl);
        QCOMPARE(v1.tokenUrl, konera.tokenUrl);
        QCOMPARE(v1.verifyUrl, konera.verifyUrl);
        QCOMPARE(v1.correlationHeader, konera.correlationHeader);
        QCOMPARE(v1.apiVersion, ApiVersion::V1);
        const Profile v2 = ProfilePresets::koneraPxg(ApiVersion::V2);
        QCOMPARE(v2.verifyUrl.toString(),
                 QStringLiteral("https://api.pxg.konera.com/camara/number-verification/v2/verify"));
        QCOMPARE(v2.authorizeUrl, konera.authorizeUrl);
        QCOMPARE(v2.apiVersion, ApiVersion::V2);
        QVERIFY(v1.name != v2.name);
    }

    void camaraOperatorBeforeAndAfterDiscovery()
    {
        const QUrl issuer(QStringLiteral("https://op.example:8443/realms/nv"));
        Profile p = ProfilePresets::camaraOperator(issuer, ApiVersion::V2);
        QCOMPARE(p.verifyUrl.toString(),
                 QStringLiteral("https://op.example:8443/camara/number-verification/v2/verify"));
        QCOMPARE(p.correlationHeader, QStringLiteral("x-correlator"));
        QVERIFY(p.usePkce);
        QVERIFY(p.authorizeUrl.isEmpty());
        QVERIFY(p.name.contains(QStringLiteral("op.example")));
        const QByteArray body =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("issuer"), issuer.toString()},
                    {QStringLiteral("authorization_endpoint"),
                     QStringLiteral("https://op.example/a")},
                    {QStringLiteral("token_endpoint"), QStringLiteral("https://op.example/t")},
                    {QStringLiteral("jwks_uri"), QStringLiteral("https://keys.op.example/j")}})
                .toJson();
        const DiscoveryDocument document = DiscoveryDocument::parse(body, issuer);
        QVERIFY2(document.ok(), qPrintable(document.problem));
        ProfilePresets::applyDiscovery(document, &p);
        QCOMPARE(p.authorizeUrl.toString(), QStringLiteral("https://op.example/a"));
        QCOMPARE(p.tokenUrl.toString(), QStringLiteral("https://op.example/t"));
        QCOMPARE(p.jwksUrl.toString(), QStringLiteral("https://keys.op.example/j"));
        p.clientId = QStringLiteral("partner");
        p.redirectUri = QUrl(QStringLiteral("https://app.example/cb"));
        QVERIFY(blockingProblems(p.problems()).isEmpty());
    }

    void scopeAddedOnce()
    {
        const QString scope = ProfilePresets::devicePhoneNumberScope();
        QCOMPARE(scope, QStringLiteral("number-verification:device-phone-number:read"));
        const QString once = ProfilePresets::withScope(Profile::defaultScope(), scope);
        QCOMPARE(once, Profile::defaultScope() + QLatin1Char(' ') + scope);
        QCOMPARE(ProfilePresets::withScope(once, scope), once);
        QCOMPARE(ProfilePresets::withScope(QStringLiteral("  a  b "), QStringLiteral("b")),
                 QStringLiteral("a b"));
    }

    void newFieldsRoundTripThroughTheStore()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
        Profile p = ProfilePresets::camaraOperator(QUrl(QStringLiteral("https://op.example")),
                                                   ApiVersion::V2);
        p.jwksUrl = QUrl(QStringLiteral("https://op.example/jwks"));
        QVERIFY(store.upsert(p));
        const auto back = ProfileStore(store.path()).find(p.name);
        QVERIFY(back);
        QCOMPARE(*back, p);
        // A v1 profile without discovery writes none of the new fields: older versions read the
        // same file unchanged.
        const QJsonObject plain = ProfilePresets::koneraPxg(ApiVersion::V1).toJson();
        for (const char *key : {"apiVersion", "issuer", "jwksUrl"})
            QVERIFY2(!plain.contains(QLatin1String(key)), key);
    }

    void unknownApiVersionIsAProblem()
    {
        QJsonObject o = ProfilePresets::koneraPxg(ApiVersion::V2).toJson();
        QCOMPARE(o.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("v2"));
        QString problem;
        QCOMPARE(Profile::fromJson(o, &problem).apiVersion, ApiVersion::V2);
        QVERIFY(problem.isEmpty());
        o.insert(QStringLiteral("apiVersion"), QStringLiteral("v9"));
        const Profile read = Profile::fromJson(o, &problem);
        QVERIFY2(problem.contains(QStringLiteral("v9")), qPrintable(problem));
        QCOMPARE(read.apiVersion, ApiVersion::V1);
    }
};

QTEST_GUILESS_MAIN(TestProfilePresets)
#include "tst_profilepresets.moc"
