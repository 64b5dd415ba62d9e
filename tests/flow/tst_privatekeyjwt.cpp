#include "ClientAssertionVerifier.h"
#include "FileScan.h"
#include "OperatorSandbox.h"
#include "RunSession.h"
#include "flow/FlowRun.h"
#include "flow/IdTokenCheck.h"
#include "flow/RedirectFollower.h"
#include "http/HttpClient.h"
#include "http/PendingExchange.h"
#include "jose/Base64Url.h"
#include "jose/ClientKey.h"
#include "jose/CompactJws.h"
#include "log/RequestLog.h"
#include "secrets/SecretStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace nv;

// private_key_jwt end to end: the console's assertion (core/jose, OpenSSL) against the sandbox's
// own checks, through FlowRun and through RunSession (the key from SecretStore or from the
// request), with the refusals explained and nothing of the key or the assertion in the log.
class TestPrivateKeyJwt : public QObject
{
    Q_OBJECT
private:
    const QString m_clientId = QStringLiteral("jwt-client");
    QTemporaryDir m_dir;
    JoseKey m_rsa;
    JoseKey m_ec;
    OperatorSandbox *m_sandbox = nullptr;

    SandboxConfig config(const JoseKey &registered) const
    {
        SandboxConfig c = SandboxConfig::defaults();
        SandboxClient client;
        client.id = m_clientId;
        client.redirectUris = {SandboxConfig::defaultRedirectUri()};
        client.publicKeyPem = registered.publicPem();
        c.clients.append(client);
        return c;
    }
    Profile profile(const JoseKey &key, JwsAlgorithm alg) const
    {
        Profile p = Profile::builtInSandbox();
        p.name = QStringLiteral("Signed client");
        p.builtIn = false;
        p.clientId = m_clientId;
        p.tokenAuthMethod = TokenAuthMethod::PrivateKeyJwt;
        p.clientKeyAlg = jwsAlgorithmName(alg);
        p.clientKeyId = key.thumbprint();
        return p;
    }
    FlowOutcome run(FlowRun &flow) const
    {
        flow.setPhoneNumber(SandboxConfig::defaults().msisdn);
        QSignalSpy finished(&flow, &FlowRun::finished);
        flow.start();
        if (!finished.wait(20000))
            return {};
        return flow.outcome();
    }
    QString pem(const JoseKey &key) const { return QString::fromLatin1(key.privatePem()); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FlowOutcome>();
        qRegisterMetaType<HttpExchange>();
        qRegisterMetaType<FlowRun *>();
        qRegisterMetaType<IdTokenCheck>();
        qRegisterMetaType<RunProblem>();
        QString error;
        m_rsa = JoseKey::generate(JwsAlgorithm::RS256, &error);
        m_ec = JoseKey::generate(JwsAlgorithm::ES256, &error);
        QVERIFY2(!m_rsa.isNull() && !m_ec.isNull(), qPrintable(error));
        m_sandbox = new OperatorSandbox(config(m_rsa), this);
        QVERIFY(m_sandbox->listen());
    }

    void rs256AssertionIsAccepted_data()
    {
        QTest::addColumn<int>("audience");
        QTest::newRow("aud: token endpoint") << int(AssertionAudience::TokenEndpoint);
        QTest::newRow("aud: issuer") << int(AssertionAudience::Issuer);
    }
    void rs256AssertionIsAccepted()
    {
        QFETCH(int, audience);
        Profile p = profile(m_rsa, JwsAlgorithm::RS256);
        p.assertionAudience = AssertionAudience(audience);
        FlowRun flow(p.resolvedAgainst(m_sandbox->baseUrl()), pem(m_rsa), new RedirectFollower);
        QSignalSpy recorded(&flow, &FlowRun::exchangeRecorded);
        const FlowOutcome outcome = run(flow);
        QVERIFY2(outcome.kind == FlowOutcome::Kind::Verified,
                 qPrintable(outcome.message + ' ' + outcome.explanation));

        // The token step shows the decoded assertion, never the key.
        const TokenResponse &token = flow.token();
        QCOMPARE(token.clientAssertionHeader.value("kid").toString(), m_rsa.thumbprint());
        QCOMPARE(token.clientAssertionHeader.value("alg").toString(), QStringLiteral("RS256"));
        QCOMPARE(token.clientAssertionClaims.value("iss").toString(), m_clientId);
        QCOMPARE(token.clientAssertionClaims.value("aud").toString(),
                 audience == int(AssertionAudience::Issuer) ? m_sandbox->baseUrl().toString()
                                                            : flow.profile().tokenUrl.toString());
        QCOMPARE(flow.clientAssertionClaims(), token.clientAssertionClaims);

        // On the wire: the assertion and its type, no client_secret.
        HttpExchange tokenRequest;
        for (const auto &args : recorded) {
            const auto exchange = args.first().value<HttpExchange>();
            if (exchange.step == Step::Token)
                tokenRequest = exchange;
        }
        QVERIFY(tokenRequest.requestBody.contains("client_assertion_type=urn%3Aietf%3Aparams%3A"
                                                  "oauth%3Aclient-assertion-type%3Ajwt-bearer"));
        QVERIFY(!tokenRequest.requestBody.contains("client_secret"));
        // Both the assertion and the key are on the run's redaction list.
        const QString assertion = QUrlQuery(QString::fromLatin1(tokenRequest.requestBody))
                                      .queryItemValue(QStringLiteral("client_assertion"));
        QVERIFY(assertion.count('.') == 2);
        QVERIFY(flow.secrets().contains(assertion));
        QVERIFY(flow.secrets().contains(pem(m_rsa)));
    }

    // ES256: the sandbox accepts EC P-256 keys only once its own ES256 support is in; until then
    // it says so and this case is skipped rather than failed.
    void es256AssertionIsAccepted()
    {
        if (!ClientAssertionVerifier::isUsablePublicKey(m_ec.publicPem()))
            QSKIP("this sandbox registers RSA keys only (RS256 assertions)");
        OperatorSandbox sandbox(config(m_ec));
        QVERIFY(sandbox.listen());
        FlowRun flow(profile(m_ec, JwsAlgorithm::ES256).resolvedAgainst(sandbox.baseUrl()),
                     pem(m_ec), new RedirectFollower);
        const FlowOutcome outcome = run(flow);
        QVERIFY2(outcome.kind == FlowOutcome::Kind::Verified,
                 qPrintable(outcome.message + ' ' + outcome.explanation));
        QCOMPARE(flow.token().clientAssertionHeader.value("alg").toString(),
                 QStringLiteral("ES256"));
    }

    void wrongKeyIsInvalidClientExplained()
    {
        // Signed with the EC key while the sandbox knows the RSA one: refused, and the console
        // says which key it used and what to check.
        Profile p = profile(m_ec, JwsAlgorithm::ES256);
        FlowRun flow(p.resolvedAgainst(m_sandbox->baseUrl()), pem(m_ec), new RedirectFollower);
        FlowOutcome outcome = run(flow);
        QCOMPARE(outcome.kind, FlowOutcome::Kind::TokenFailed);
        QCOMPARE(outcome.code, QStringLiteral("invalid_client"));
        QVERIFY2(outcome.explanation.contains(m_ec.thumbprint()), qPrintable(outcome.explanation));
        QVERIFY2(outcome.message.contains("refused the client assertion"),
                 qPrintable(outcome.message));

        QString error;
        const JoseKey stranger = JoseKey::generate(JwsAlgorithm::RS256, &error);
        FlowRun other(profile(stranger, JwsAlgorithm::RS256).resolvedAgainst(m_sandbox->baseUrl()),
                      pem(stranger), new RedirectFollower);
        outcome = run(other);
        QCOMPARE(outcome.code, QStringLiteral("invalid_client"));
        QVERIFY2(outcome.message.contains("signature"), qPrintable(outcome.message));
    }

    void expiredAssertionIsRefusedAndExplained()
    {
        FlowRun flow(profile(m_rsa, JwsAlgorithm::RS256).resolvedAgainst(m_sandbox->baseUrl()),
                     pem(m_rsa), new RedirectFollower);
        flow.setAssertionClockOffsetSeconds(-600);
        const FlowOutcome outcome = run(flow);
        QCOMPARE(outcome.code, QStringLiteral("invalid_client"));
        QVERIFY2(outcome.message.contains("expired"), qPrintable(outcome.message));
        QVERIFY2(outcome.explanation.contains("clock"), qPrintable(outcome.explanation));
    }

    // An assertion changed after signing (the payload re-encoded with another sub) is refused by
    // the sandbox on its signature, before it looks at the code.
    void tamperedAssertionIsRefused()
    {
        QString error;
        const QUrl tokenUrl = m_sandbox->baseUrl().resolved(Profile::builtInSandbox().tokenUrl);
        ClientAssertion assertion =
            ClientAssertion::create(m_rsa, JwsAlgorithm::RS256, m_clientId, tokenUrl.toString(),
                                    QDateTime::currentSecsSinceEpoch());
        QByteArrayList parts = assertion.compact.split('.');
        QJsonObject claims = assertion.claims;
        claims.insert("exp", claims.value("exp").toInteger() + 3600);
        parts[1] = Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        TokenRequestInput input;
        input.tokenUrl = tokenUrl;
        input.code = QStringLiteral("no-such-code");
        input.redirectUri = SandboxConfig::defaultRedirectUri();
        input.clientId = m_clientId;
        input.authMethod = TokenAuthMethod::PrivateKeyJwt;
        input.clientAssertion = parts.join('.');
        HttpClient http;
        QPointer<PendingExchange> pending = http.send(buildTokenRequest(input), {});
        QSignalSpy done(pending.data(), &PendingExchange::finished);
        QVERIFY(done.wait(10000));
        const auto exchange = done.first().first().value<HttpExchange>();
        const TokenResponse response = TokenResponse::parse(exchange.status, exchange.responseBody);
        QCOMPARE(response.httpStatus, 401);
        QCOMPARE(response.error, QStringLiteral("invalid_client"));
        QVERIFY2(response.errorDescription.contains("signature"),
                 qPrintable(response.errorDescription));
    }

    void aKeyThatCannotSignStopsTheRunBeforeSending()
    {
        FlowRun flow(profile(m_rsa, JwsAlgorithm::RS256).resolvedAgainst(m_sandbox->baseUrl()),
                     QString::fromLatin1(m_rsa.publicPem()), new RedirectFollower);
        QSignalSpy recorded(&flow, &FlowRun::exchangeRecorded);
        const FlowOutcome outcome = run(flow);
        QCOMPARE(outcome.kind, FlowOutcome::Kind::BadInput);
        QCOMPARE(outcome.stage, FlowStage::Token);
        QVERIFY2(outcome.message.contains("public key"), qPrintable(outcome.message));
        for (const auto &args : recorded)
            QVERIFY(args.first().value<HttpExchange>().step != Step::Token);
    }

    // Through RunSession as the window uses it: the key from SecretStore (memory here, the
    // keychain on a desktop) under its own entry, the id_token checked with amr shown, and
    // nothing of the key or the assertion in any file.
    void sessionRunsWithTheStoredKeyAndLogsNothingSecret()
    {
        SessionOptions options;
        options.sandbox = config(m_rsa);
        options.logDatabase = m_dir.filePath(QStringLiteral("log.sqlite"));
        RunSession session(options);
        const Profile p = profile(m_rsa, JwsAlgorithm::RS256);
        session.secrets()->setSessionSecret(ClientKey::secretName(p.clientKeyId), pem(m_rsa));
        QVERIFY(!session.secrets()->hasSecret(p.name)); // no client secret at all

        RunRequest request;
        request.profile = p;
        request.phoneNumber = SandboxConfig::defaults().msisdn;
        request.driver = DriverKind::PlainHttp;
        QSignalSpy created(&session, &RunSession::runCreated);
        QSignalSpy checked(&session, &RunSession::idTokenChecked);
        session.start(request, RunSession::Mode::WholeFlow);
        QVERIFY(created.wait(10000));
        FlowRun *flow = session.currentRun();
        QSignalSpy finished(flow, &FlowRun::finished);
        QVERIFY(!finished.isEmpty() || finished.wait(20000));
        QCOMPARE(flow->outcome().kind, FlowOutcome::Kind::Verified);
        QVERIFY(!checked.isEmpty() || checked.wait(10000));
        const auto check = checked.last().first().value<IdTokenCheck>();
        QVERIFY2(check.allValid(), qPrintable(check.signatureDetail + check.audienceDetail));
        QCOMPARE(check.amr, QStringList{QStringLiteral("nba")});

        const QStringList secrets = flow->secrets();
        const QString jti = flow->token().clientAssertionClaims.value("jti").toString();
        QVERIFY(std::any_of(secrets.begin(), secrets.end(), [&](const QString &value) {
            QString error;
            const auto jws = CompactJws::parse(value.toLatin1(), &error);
            return jws && jws->claims().value("jti").toString() == jti;
        }));
        QVERIFY(session.log()->waitForIdle(10000));
        QStringList needles = secrets;
        // Each line of the PEM body too: a key must not reach a file in any shape.
        for (const QString &line : pem(m_rsa).split('\n'))
            if (line.size() > 40)
                needles << line;
        const nvtest::FileScan scan = nvtest::scanFiles(m_dir.path(), needles, "jwt-client");
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join('\n')));
        QVERIFY(scan.sawMarker); // the token exchange did reach the log
    }

    void sessionRefusesAKeyThatDoesNotFitTheProfile()
    {
        SessionOptions options;
        options.sandbox = config(m_rsa);
        options.recordLog = false;
        RunSession session(options);
        RunRequest request;
        request.profile = profile(m_rsa, JwsAlgorithm::RS256);
        request.phoneNumber = SandboxConfig::defaults().msisdn;
        request.driver = DriverKind::PlainHttp;
        QSignalSpy ready(&session, &RunSession::sandboxReady);
        session.startSandbox();
        QVERIFY(ready.wait(10000));
        QSignalSpy refused(&session, &RunSession::notStarted);
        QSignalSpy created(&session, &RunSession::runCreated);

        session.start(request, RunSession::Mode::WholeFlow); // no key anywhere
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.last().first().value<RunProblem>().kind, RunProblem::Kind::NoSecret);

        request.clientKey = pem(m_ec); // another key than the profile names
        session.start(request, RunSession::Mode::WholeFlow);
        QCOMPARE(refused.size(), 2);
        const auto problem = refused.last().first().value<RunProblem>();
        QCOMPARE(problem.kind, RunProblem::Kind::ProfileInvalid);
        QVERIFY2(problem.detail.contains("needs an RSA key"), qPrintable(problem.detail));
        QVERIFY(created.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrivateKeyJwt)
#include "tst_privatekeyjwt.moc"
