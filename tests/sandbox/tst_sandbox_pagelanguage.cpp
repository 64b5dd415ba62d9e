// The pages a person reads (consent, error pages) in the browser's language: Accept-Language
// picks Spanish or English per request, whatever the language of the process; the JSON API
// stays English. Real HTTP on loopback against the in-process sandbox.

#include "OperatorSandbox.h"
#include "PageLanguage.h"
#include "SandboxProbe.h"

#include <QTest>

using nv::OperatorSandbox;
using nv::PageLanguage;
using nv::SandboxConfig;

class TestSandboxPageLanguage : public QObject
{
    Q_OBJECT
private:
    // The consent page of a fresh login, fetched again with `acceptLanguage` (the GET only
    // looks at the session; the cookie is the one the chain was given).
    static ProbeReply consentPage(SandboxProbe &probe, const QByteArray &acceptLanguage)
    {
        const SandboxProbe::Chain chain = probe.authorize(SandboxProbe::defaultAuthorizeParams());
        if (chain.hops.size() != 3 || chain.hops.at(2).status != 200)
            return {};
        QList<QByteArray> cookies;
        for (auto it = chain.jar.cbegin(); it != chain.jar.cend(); ++it)
            cookies << it.key() + '=' + it.value();
        Headers headers{{"Cookie", cookies.join("; ")}};
        if (!acceptLanguage.isNull())
            headers.append({"Accept-Language", acceptLanguage});
        return probe.send("GET", chain.hops.at(2).url, {}, headers);
    }

private slots:
    void chosenFromAcceptLanguage_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("language");
        QTest::newRow("Spanish browser") << QByteArray("es-ES,es;q=0.9") << "es";
        QTest::newRow("English browser") << QByteArray("en") << "en";
        QTest::newRow("no header") << QByteArray() << "en";
        QTest::newRow("no catalogue") << QByteArray("fr-FR,fr;q=0.9") << "en";
        QTest::newRow("second choice") << QByteArray("fr,es;q=0.5") << "es";
        QTest::newRow("English first") << QByteArray("en-US,en;q=0.9,es;q=0.8") << "en";
        QTest::newRow("weights, not order") << QByteArray("en;q=0.5,es;q=0.8") << "es";
        QTest::newRow("refused") << QByteArray("es;q=0") << "en";
        QTest::newRow("any") << QByteArray("*") << "en";
        QTest::newRow("garbage") << QByteArray(";;,,q=es,\xff") << "en";
        QTest::newRow("upper case") << QByteArray("ES-es") << "es";
    }
    void chosenFromAcceptLanguage()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, language);
        QCOMPARE(PageLanguage::fromAcceptLanguage(header).code(), language);
    }

    void theConsentPageSpeaksTheBrowsersLanguage()
    {
        SandboxConfig config = SandboxConfig::defaults();
        config.scenario = QStringLiteral("consent");
        OperatorSandbox sandbox(config);
        QVERIFY(sandbox.listen());
        SandboxProbe probe(sandbox.baseUrl());

        const ProbeReply spanish = consentPage(probe, "es-ES,es;q=0.9");
        QCOMPARE(spanish.status, 200);
        const QString es = QString::fromUtf8(spanish.body);
        QVERIFY2(es.contains(QStringLiteral("<html lang=\"es\">")), spanish.body);
        QVERIFY2(es.contains(QStringLiteral("¿Permitir que <em>nv-console-sandbox</em> use su "
                                            "número de móvil?")),
                 spanish.body);
        QVERIFY2(es.contains(QStringLiteral(">Permitir</button>")), spanish.body);
        QVERIFY2(es.contains(QStringLiteral(">Denegar</button>")), spanish.body);
        QVERIFY2(es.contains(QStringLiteral("Comprobar si un número de teléfono es el de este "
                                            "dispositivo")),
                 spanish.body);
        QVERIFY2(!es.contains(QStringLiteral("Allow")), spanish.body);
        // The form itself is the same in every language: what a script posts does not change.
        QVERIFY(es.contains(QStringLiteral("value=\"allow\"")));

        const ProbeReply english = consentPage(probe, "en");
        QCOMPARE(english.status, 200);
        const QString en = QString::fromUtf8(english.body);
        QVERIFY2(en.contains(QStringLiteral("<html lang=\"en\">")), english.body);
        QVERIFY2(en.contains(QStringLiteral("Allow <em>nv-console-sandbox</em> to use your mobile "
                                            "number?")),
                 english.body);
        QVERIFY2(!en.contains(QStringLiteral("Permitir")), english.body);
    }

    void errorPagesSpeakTheBrowsersLanguageTheApiDoesNot()
    {
        OperatorSandbox sandbox(SandboxConfig::defaults());
        QVERIFY(sandbox.listen());
        SandboxProbe probe(sandbox.baseUrl());
        const ProbeReply page =
            probe.get(QStringLiteral("/camara/api/auth/v1/network-login?session=unknown"),
                      {{"Accept-Language", "es-ES,es;q=0.9"}});
        QCOMPARE(page.status, 400);
        QVERIFY2(QString::fromUtf8(page.body).contains(
                     QStringLiteral("<h1>Sesión de inicio de sesión no encontrada</h1>")),
                 page.body);

        // An unknown client: the page says so in Spanish, with the client id as sent.
        Params params = SandboxProbe::defaultAuthorizeParams();
        for (auto &[name, value] : params) {
            if (name == QLatin1String("client_id"))
                value = QStringLiteral("nobody");
        }
        const ProbeReply refused =
            probe.get(QStringLiteral("/camara/api/auth/v1/authorize?") +
                          QString::fromLatin1(SandboxProbe::encodeForm(params)),
                      {{"Accept-Language", "es"}});
        QCOMPARE(refused.status, 400);
        QVERIFY2(QString::fromUtf8(refused.body)
                     .contains(QStringLiteral("client_id «nobody» desconocido.")),
                 refused.body);

        // The API answers a program: English, whatever the header.
        const ProbeReply api =
            probe.verify(QStringLiteral("not-a-token"), R"({"phoneNumber":"+34666666666"})",
                         {{"Accept-Language", "es-ES,es;q=0.9"}});
        QCOMPARE(api.status, 401);
        QVERIFY2(!api.json().value(QStringLiteral("message")).toString().isEmpty(), api.body);
        const ProbeReply apiEnglish =
            probe.verify(QStringLiteral("not-a-token"), R"({"phoneNumber":"+34666666666"})");
        QCOMPARE(api.body, apiEnglish.body);
    }
};

QTEST_GUILESS_MAIN(TestSandboxPageLanguage)
#include "tst_sandbox_pagelanguage.moc"
