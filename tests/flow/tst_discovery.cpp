#include "OperatorSandbox.h"
#include "flow/DiscoveryDocument.h"
#include "flow/FlowRun.h"
#include "flow/OperatorDiscovery.h"
#include "flow/RedirectFollower.h"
#include "profile/ProfilePresets.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace nv;

// "CAMARA operator (discovery)": the strict parser, OperatorDiscovery against the built-in
// sandbox (URLs filled, then a whole flow on v1 and v2), and against a hostile server on
// loopback that serves every kind of bad document.
class TestDiscovery : public QObject
{
    Q_OBJECT
private:
    OperatorSandbox *m_sandbox = nullptr;
    QHttpServer m_hostile;
    QUrl m_hostileBase;
    QStringList m_hostileRequests; // paths asked of the hostile server

    static QJsonObject goodDocument(const QString &issuer)
    {
        return {{QStringLiteral("issuer"), issuer},
                {QStringLiteral("authorization_endpoint"), issuer + QStringLiteral("/authorize")},
                {QStringLiteral("token_endpoint"), issuer + QStringLiteral("/token")},
                {QStringLiteral("jwks_uri"), issuer + QStringLiteral("/jwks")}};
    }
    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

    // What the hostile server serves as the document of issuer <base>/<kase>.
    QHttpServerResponse hostileDocument(const QString &kase) const
    {
        const QString issuer = m_hostileBase.toString() + QLatin1Char('/') + kase;
        QJsonObject o = goodDocument(issuer);
        const auto respond = [](const QByteArray &body) {
            return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
        };
        if (kase == QLatin1String("javascript"))
            o.insert(QStringLiteral("authorization_endpoint"),
                     QStringLiteral("javascript:alert(1)"));
        else if (kase == QLatin1String("file"))
            o.insert(QStringLiteral("token_endpoint"), QStringLiteral("file:///etc/passwd"));
        else if (kase == QLatin1String("ftp"))
            o.insert(QStringLiteral("jwks_uri"), QStringLiteral("ftp://127.0.0.1/jwks"));
        else if (kase == QLatin1String("other-issuer"))
            o.insert(QStringLiteral("issuer"), QStringLiteral("https://operator.example"));
        else if (kase == QLatin1String("huge"))
            return respond(QByteArray(3 * 1024 * 1024, ' ') + json(o));
        else if (kase == QLatin1String("large"))
            return respond(
                json(o).replace("{", "{\"padding\": \"" + QByteArray(80 * 1024, 'x') + "\","));
        else if (kase == QLatin1String("html"))
            return respond("<html><body>Sign in</body></html>");
        else if (kase == QLatin1String("redirect")) {
            QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
            response.setHeader("Location", "https://operator.example/");
            return response;
        } else if (kase == QLatin1String("slash"))
            o.insert(QStringLiteral("issuer"), issuer + QLatin1Char('/'));
        else if (kase == QLatin1String("bad-jwks"))
            o.insert(QStringLiteral("jwks_uri"), issuer + QStringLiteral("/not-a-key-set"));
        return respond(json(o));
    }

    DiscoveryResult discover(const QUrl &issuer, QList<HttpExchange> *exchanges = nullptr)
    {
        OperatorDiscovery discovery;
        QSignalSpy finished(&discovery, &OperatorDiscovery::finished);
        if (exchanges)
            connect(&discovery, &OperatorDiscovery::exchangeRecorded, this,
                    [exchanges](const HttpExchange &e) { *exchanges << e; });
        discovery.start(issuer, ExchangeContext{QStringLiteral("run-1"),
                                                QStringLiteral("corr-1"),
                                                {},
                                                QStringLiteral("p")});
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<DiscoveryResult>();
    }

    FlowOutcome runFlow(const Profile &profile, QList<HttpExchange> *exchanges)
    {
        FlowRun run(profile, SandboxConfig::defaultClientSecret(), new RedirectFollower);
        run.setPhoneNumber(SandboxConfig::defaults().msisdn);
        connect(&run, &FlowRun::exchangeRecorded, this,
                [exchanges](const HttpExchange &e) { *exchanges << e; });
        QSignalSpy finished(&run, &FlowRun::finished);
        run.start();
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<FlowOutcome>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FlowOutcome>();
        m_sandbox = new OperatorSandbox(SandboxConfig::defaults(), this);
        QVERIFY(m_sandbox->listen());
        m_hostile.route(QStringLiteral("/<arg>/.well-known/openid-configuration"),
                        [this](const QString &kase) {
                            m_hostileRequests << kase + QStringLiteral("/.well-known");
                            return hostileDocument(kase);
                        });
        m_hostile.route(QStringLiteral("/<arg>/jwks"), [this](const QString &kase) {
            m_hostileRequests << kase + QStringLiteral("/jwks");
            return QHttpServerResponse(QByteArrayLiteral("application/json"),
                                       QByteArrayLiteral("{\"keys\": []}"));
        });
        m_hostile.route(QStringLiteral("/<arg>/not-a-key-set"), [this](const QString &kase) {
            m_hostileRequests << kase + QStringLiteral("/not-a-key-set");
            return QHttpServerResponse(QByteArrayLiteral("text/html"), QByteArrayLiteral("<p>"));
        });
        const quint16 port = m_hostile.listen(QHostAddress::LocalHost);
        QVERIFY(port != 0);
        m_hostileBase = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    }

    void parserAcceptsAGoodDocument()
    {
        const QString issuer = QStringLiteral("https://operator.example/realms/nv");
        QJsonObject o = goodDocument(issuer);
        o.insert(QStringLiteral("token_endpoint_auth_methods_supported"),
                 QJsonArray{QStringLiteral("private_key_jwt")});
        const DiscoveryDocument d = DiscoveryDocument::parse(json(o), QUrl(issuer));
        QVERIFY2(d.ok(), qPrintable(d.problem));
        QCOMPARE(d.authorizationEndpoint, QUrl(issuer + QStringLiteral("/authorize")));
        QCOMPARE(d.tokenEndpoint, QUrl(issuer + QStringLiteral("/token")));
        QCOMPARE(d.jwksUri, QUrl(issuer + QStringLiteral("/jwks")));
        QCOMPARE(d.tokenEndpointAuthMethodsSupported,
                 QStringList{QStringLiteral("private_key_jwt")});
        // An issuer with a path keeps it (OpenID Connect Discovery §4).
        QCOMPARE(DiscoveryDocument::wellKnownUrl(QUrl(issuer + QLatin1Char('/'))),
                 QUrl(issuer + QStringLiteral("/.well-known/openid-configuration")));
    }

    void parserRefusesInWords_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("said");
        const QString issuer = QStringLiteral("https://operator.example");
        const auto with = [&](const char *key, const QJsonValue &value) {
            QJsonObject o = goodDocument(issuer);
            if (value.isUndefined())
                o.remove(QLatin1String(key));
            else
                o.insert(QLatin1String(key), value);
            return json(o);
        };
        QTest::newRow("javascript")
            << with("authorization_endpoint", QStringLiteral("javascript:alert(1)"))
            << QStringLiteral("not an http or https URL");
        QTest::newRow("file") << with("token_endpoint", QStringLiteral("file:///etc/passwd"))
                              << QStringLiteral("not an http or https URL");
        QTest::newRow("relative") << with("jwks_uri", QStringLiteral("/jwks"))
                                  << QStringLiteral("not an absolute URL");
        QTest::newRow("no host") << with("token_endpoint", QStringLiteral("https:///token"))
                                 << QStringLiteral("token_endpoint");
        QTest::newRow("fragment") << with("authorization_endpoint",
                                          QStringLiteral("https://operator.example/a#x"))
                                  << QStringLiteral("fragment");
        QTest::newRow("credentials")
            << with("token_endpoint", QStringLiteral("https://u:p@operator.example/t"))
            << QStringLiteral("password");
        QTest::newRow("too long") << with("token_endpoint", issuer + QLatin1Char('/') +
                                                                QString(3000, QLatin1Char('a')))
                                  << QStringLiteral("at most 2048");
        QTest::newRow("number") << with("token_endpoint", 42) << QStringLiteral("token_endpoint");
        QTest::newRow("no jwks_uri")
            << with("jwks_uri", QJsonValue::Undefined) << QStringLiteral("no jwks_uri");
        QTest::newRow("wrong issuer")
            << with("issuer", QStringLiteral("https://evil.example"))
            << QStringLiteral("names the issuer \"https://evil.example\"");
        QTest::newRow("issuer on http") << with("issuer", QStringLiteral("http://operator.example"))
                                        << QStringLiteral("not \"https://operator.example\"");
        QTest::newRow("list of numbers")
            << with("scopes_supported", QJsonArray{1, 2}) << QStringLiteral("scopes_supported");
        QJsonArray many;
        for (int i = 0; i < 1000; ++i)
            many.append(QStringLiteral("s%1").arg(i));
        QTest::newRow("list too long")
            << with("scopes_supported", many) << QStringLiteral("at most 256");
        QTest::newRow("not json") << QByteArray("<html>") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not an object");
        QTest::newRow("over 64 KiB")
            << QByteArray(65 * 1024, ' ') + with("x", 1) << QStringLiteral("larger than 64 KiB");
    }
    void parserRefusesInWords()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, said);
        const DiscoveryDocument d =
            DiscoveryDocument::parse(body, QUrl(QStringLiteral("https://operator.example")));
        QVERIFY(!d.ok());
        QVERIFY2(d.problem.contains(said), qPrintable(d.problem));
        QVERIFY(d.authorizationEndpoint.isEmpty() || !d.ok());
    }

    void issuerChecked()
    {
        QVERIFY(
            DiscoveryDocument::checkIssuer(QUrl(QStringLiteral("https://op.example"))).isEmpty());
        for (const char *bad : {"", "ftp://op.example", "op.example", "https://op.example/?a=b",
                                "javascript:alert(1)"}) {
            QVERIFY2(!DiscoveryDocument::checkIssuer(QUrl(QLatin1String(bad))).isEmpty(), bad);
        }
    }

    void sandboxFillsTheProfile()
    {
        QList<HttpExchange> exchanges;
        const QUrl issuer = m_sandbox->baseUrl();
        const DiscoveryResult result = discover(issuer, &exchanges);
        QVERIFY2(result.ok(), qPrintable(result.problem));
        QCOMPARE(result.jwksKeys, 1);
        Profile profile = ProfilePresets::camaraOperator(issuer, ApiVersion::V1);
        ProfilePresets::applyDiscovery(result.document, &profile);
        QCOMPARE(profile.authorizeUrl,
                 issuer.resolved(QUrl(QStringLiteral("/camara/api/auth/v1/authorize"))));
        QCOMPARE(profile.tokenUrl,
                 issuer.resolved(QUrl(QStringLiteral("/camara/api/auth/v1/token"))));
        QCOMPARE(profile.jwksUrl,
                 issuer.resolved(QUrl(QStringLiteral("/camara/api/auth/v1/jwks"))));
        QCOMPARE(profile.issuer.toString(), issuer.toString());
        QCOMPARE(profile.correlationHeader, QStringLiteral("x-correlator"));
        // Both calls are handed out for the log, under the caller's run and correlation id.
        QCOMPARE(exchanges.size(), 2);
        QCOMPARE(exchanges.at(0).step, QStringLiteral("discovery"));
        QCOMPARE(exchanges.at(0).url.path(), QStringLiteral("/.well-known/openid-configuration"));
        QCOMPARE(exchanges.at(1).step, QStringLiteral("jwks"));
        for (const HttpExchange &e : exchanges) {
            QCOMPARE(e.correlationId, QStringLiteral("corr-1"));
            QCOMPARE(e.status, 200);
        }
    }

    void discoveredProfileVerifies_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v1") << int(ApiVersion::V1);
        QTest::newRow("v2") << int(ApiVersion::V2);
    }
    void discoveredProfileVerifies()
    {
        QFETCH(int, version);
        const DiscoveryResult result = discover(m_sandbox->baseUrl());
        QVERIFY2(result.ok(), qPrintable(result.problem));
        Profile profile =
            ProfilePresets::profileFor(*ProfilePresets::fromId(QStringLiteral("camara-discovery")),
                                       ApiVersion(version), m_sandbox->baseUrl(), &result.document);
        profile.clientId = SandboxConfig::defaultClientId();
        profile.redirectUri = SandboxConfig::defaultRedirectUri();
        QVERIFY(blockingProblems(profile.problems()).isEmpty());
        QList<HttpExchange> exchanges;
        QCOMPARE(runFlow(profile, &exchanges).kindName(), QStringLiteral("verified"));
        QCOMPARE(exchanges.last().step, Step::Verify);
        QCOMPARE(exchanges.last().url.path(),
                 QStringLiteral("/camara/number-verification/%1/verify")
                     .arg(apiVersionName(ApiVersion(version))));
        QCOMPARE(exchanges.last().responseHeader("x-correlator"),
                 exchanges.last().correlationId.toUtf8());
    }

    void koneraV2PathVerifies()
    {
        QCOMPARE(ProfilePresets::koneraPxg(ApiVersion::V2).verifyUrl,
                 QUrl(QStringLiteral("https://api.pxg.konera.com/camara/number-verification/v2/"
                                     "verify")));
        QCOMPARE(ProfilePresets::koneraPxg(ApiVersion::V1).verifyUrl, Profile::konera().verifyUrl);
        Profile profile = Profile::builtInSandbox();
        profile.verifyUrl = QUrl(ProfilePresets::koneraVerifyPath(ApiVersion::V2));
        QList<HttpExchange> exchanges;
        QCOMPARE(runFlow(profile.resolvedAgainst(m_sandbox->baseUrl()), &exchanges).kindName(),
                 QStringLiteral("verified"));
        QCOMPARE(exchanges.last().url.path(),
                 QStringLiteral("/camara/number-verification/v2/verify"));
    }

    void hostileDocumentsRefused_data()
    {
        QTest::addColumn<QString>("kase");
        QTest::addColumn<QString>("said");
        QTest::newRow("javascript")
            << QStringLiteral("javascript")
            << QStringLiteral("authorization_endpoint \"javascript:alert(1)\" "
                              "is not an http or https URL");
        QTest::newRow("file") << QStringLiteral("file")
                              << QStringLiteral("token_endpoint \"file:///etc/passwd\" is not an "
                                                "http or https URL");
        QTest::newRow("ftp") << QStringLiteral("ftp") << QStringLiteral("jwks_uri");
        QTest::newRow("other issuer")
            << QStringLiteral("other-issuer")
            << QStringLiteral("names the issuer \"https://operator.example\"");
        QTest::newRow("huge") << QStringLiteral("huge") << QStringLiteral("larger than 1 MiB");
        QTest::newRow("large") << QStringLiteral("large") << QStringLiteral("larger than 64 KiB");
        QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("not JSON");
        QTest::newRow("redirect") << QStringLiteral("redirect") << QStringLiteral("HTTP 302");
        QTest::newRow("missing") << QStringLiteral("missing/deeper") << QStringLiteral("HTTP 404");
    }
    void hostileDocumentsRefused()
    {
        QFETCH(QString, kase);
        QFETCH(QString, said);
        m_hostileRequests.clear();
        QList<HttpExchange> exchanges;
        const DiscoveryResult result =
            discover(QUrl(m_hostileBase.toString() + QLatin1Char('/') + kase), &exchanges);
        QVERIFY(!result.ok());
        QVERIFY2(result.problem.contains(said), qPrintable(result.problem));
        // Nothing named by a refused document is fetched; the refused answer is in the log.
        QCOMPARE(exchanges.size(), 1);
        QCOMPARE(exchanges.first().step, QStringLiteral("discovery"));
        QVERIFY2(m_hostileRequests.size() <= 1, qPrintable(m_hostileRequests.join(u' ')));
    }

    void trailingSlashIssuerAndBadKeySet()
    {
        const DiscoveryResult slash =
            discover(QUrl(m_hostileBase.toString() + QStringLiteral("/slash")));
        QVERIFY2(slash.ok(), qPrintable(slash.problem));
        QCOMPARE(slash.jwksKeys, 0);

        // The endpoints hold; the key set that does not answer is said apart.
        const DiscoveryResult badJwks =
            discover(QUrl(m_hostileBase.toString() + QStringLiteral("/bad-jwks")));
        QVERIFY2(badJwks.ok(), qPrintable(badJwks.problem));
        QCOMPARE(badJwks.jwksKeys, -1);
        QVERIFY2(badJwks.jwksProblem.contains(QStringLiteral("not a JWK set")),
                 qPrintable(badJwks.jwksProblem));
    }

    void unreachableAndBadIssuer()
    {
        const DiscoveryResult bad = discover(QUrl(QStringLiteral("ftp://op.example")));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.problem.contains(QStringLiteral("not an http or https URL")),
                 qPrintable(bad.problem));
        QCOMPARE(bad.status, 0);
        // A port nothing listens on (the hostile server's, after closing it is not portable:
        // port 1 on loopback is refused everywhere without privileges).
        const DiscoveryResult down = discover(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QVERIFY(!down.ok());
        QCOMPARE(down.status, 0);
        QVERIFY2(down.problem.contains(QStringLiteral("could not be read")),
                 qPrintable(down.problem));
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
