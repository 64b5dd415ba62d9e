#include "OperatorSandbox.h"
#include "flow/FlowRun.h"
#include "flow/RedirectFollower.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace nv;

// The whole flow in-process against the built-in sandbox, with the no-browser follower.
class TestFlowRun : public QObject
{
    Q_OBJECT
private:
    OperatorSandbox *m_sandbox = nullptr;

    FlowRun *newRun(const QString &phone, Profile profile = Profile::builtInSandbox(),
                    const QString &secret = SandboxConfig::defaultClientSecret())
    {
        auto *run = new FlowRun(profile.resolvedAgainst(m_sandbox->baseUrl()), secret,
                                new RedirectFollower, this);
        run->setPhoneNumber(phone);
        return run;
    }

    static FlowOutcome runToEnd(FlowRun *run)
    {
        QSignalSpy finished(run, &FlowRun::finished);
        run->start();
        if (!finished.wait(20000))
            return FlowOutcome{FlowOutcome::Kind::Cancelled, {}, 0, {},
                               QStringLiteral("timeout"),    {}};
        return finished.first().first().value<FlowOutcome>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FlowOutcome>();
        m_sandbox = new OperatorSandbox(SandboxConfig::defaults(), this);
        QVERIFY(m_sandbox->listen());
    }

    void subscribersNumberIsVerified()
    {
        FlowRun *run = newRun(SandboxConfig::defaults().msisdn);
        QList<HttpExchange> exchanges;
        connect(run, &FlowRun::exchangeRecorded, this,
                [&](const HttpExchange &e) { exchanges << e; });
        const FlowOutcome outcome = runToEnd(run);
        QCOMPARE(outcome.kindName(), QStringLiteral("verified"));
        QCOMPARE(outcome.exitCode(), 0);
        QVERIFY(run->verifyResponse().assessedAt.has_value());

        // Every exchange is keyed by the run's correlation id; the back channel sent it.
        QVERIFY(exchanges.size() >= 4); // ≥2 authorize hops, token, verify
        int authorizeHops = 0;
        bool saw303 = false;
        for (const HttpExchange &e : exchanges) {
            QCOMPARE(e.correlationId, run->correlationId());
            QCOMPARE(e.runId, run->runId());
            if (e.step == Step::Authorize) {
                ++authorizeHops;
                saw303 |= e.status == 303;
            } else {
                bool sent = false;
                for (const auto &[name, value] : e.requestHeaders)
                    sent |= name == "x-correlation-id" && value == run->correlationId().toUtf8();
                QVERIFY2(sent, qPrintable(e.step));
                QCOMPARE(e.responseHeader("x-correlation-id"), run->correlationId().toUtf8());
            }
        }
        QVERIFY(authorizeHops >= 2);
        QVERIFY(saw303);
        QCOMPARE(exchanges.last().step, Step::Verify);
        // The redirect URI itself was never requested.
        for (const HttpExchange &e : exchanges)
            QVERIFY(e.url.host() != QLatin1String("nv-console.invalid"));
        // secrets() lists what the log must scrub.
        QVERIFY(run->secrets().contains(run->token().accessToken));
        QVERIFY(run->secrets().contains(SandboxConfig::defaultClientSecret()));
    }

    void anotherNumberIsNotVerified()
    {
        const FlowOutcome outcome = runToEnd(newRun(QStringLiteral("+34600000001")));
        QCOMPARE(outcome.kindName(), QStringLiteral("not-verified"));
        QCOMPARE(outcome.exitCode(), 1);
    }

    void hashedNumberIsVerified()
    {
        FlowRun *run = newRun({});
        run->setPhoneNumber(SandboxConfig::defaults().msisdn, true);
        QCOMPARE(runToEnd(run).kindName(), QStringLiteral("verified"));
    }

    void xCorrelatorHeaderAndFixedId()
    {
        Profile profile = Profile::builtInSandbox();
        profile.correlationHeader = QStringLiteral("x-correlator");
        FlowRun *run = newRun(SandboxConfig::defaults().msisdn, profile);
        run->setCorrelationId(QStringLiteral("demo-123"));
        HttpExchange verify;
        connect(run, &FlowRun::exchangeRecorded, this, [&](const HttpExchange &e) {
            if (e.step == Step::Verify)
                verify = e;
        });
        QCOMPARE(runToEnd(run).kindName(), QStringLiteral("verified"));
        QCOMPARE(verify.correlationId, QStringLiteral("demo-123"));
        QCOMPARE(verify.responseHeader("x-correlator"), QByteArray("demo-123"));
    }

    void wrongSecretFailsAtToken()
    {
        const FlowOutcome outcome = runToEnd(newRun(
            SandboxConfig::defaults().msisdn, Profile::builtInSandbox(), QStringLiteral("wrong")));
        QCOMPARE(outcome.kindName(), QStringLiteral("token-failed"));
        QCOMPARE(outcome.code, QStringLiteral("invalid_client"));
        QCOMPARE(outcome.exitCode(), 3);
    }

    void basicAuthAndNoPkceWork()
    {
        Profile profile = Profile::builtInSandbox();
        profile.tokenAuthMethod = TokenAuthMethod::ClientSecretBasic;
        profile.usePkce = false;
        QCOMPARE(runToEnd(newRun(SandboxConfig::defaults().msisdn, profile)).kindName(),
                 QStringLiteral("verified"));
    }

    void unregisteredRedirectUriStopsAtAuthorize()
    {
        Profile profile = Profile::builtInSandbox();
        profile.redirectUri = QUrl(QStringLiteral("https://nv-console.invalid/other"));
        const FlowOutcome outcome = runToEnd(newRun(SandboxConfig::defaults().msisdn, profile));
        QCOMPARE(outcome.kindName(), QStringLiteral("authorize-failed"));
        QCOMPARE(outcome.stage, FlowStage::Authorize);
    }

    void invalidScopeComesBackAsAnError()
    {
        Profile profile = Profile::builtInSandbox();
        profile.scope = QStringLiteral("openid");
        const FlowOutcome outcome = runToEnd(newRun(SandboxConfig::defaults().msisdn, profile));
        QCOMPARE(outcome.kindName(), QStringLiteral("authorize-failed"));
        QCOMPARE(outcome.code, QStringLiteral("invalid_scope"));
    }

    void invalidNumberIsRefusedUnlessAllowed()
    {
        FlowRun *run = newRun(QStringLiteral("0034666666666"));
        QCOMPARE(runToEnd(run).kindName(), QStringLiteral("bad-input"));

        FlowRun *anyway = newRun(QStringLiteral("0034666666666"));
        anyway->setAllowInvalidNumber(true);
        const FlowOutcome outcome = runToEnd(anyway);
        QCOMPARE(outcome.kindName(), QStringLiteral("api-error"));
        QCOMPARE(outcome.code, QStringLiteral("INVALID_ARGUMENT"));
        QCOMPARE(outcome.httpStatus, 400);
        QCOMPARE(outcome.exitCode(), 4);
    }

    void stepByStepReusesTheCodeOnlyOnce()
    {
        FlowRun *run = newRun(SandboxConfig::defaults().msisdn);
        QSignalSpy stages(run, &FlowRun::stageChanged);
        run->authorize();
        QTRY_COMPARE_WITH_TIMEOUT(run->stageState(FlowStage::Code), StageState::Done, 10000);
        run->exchangeCode();
        QTRY_COMPARE_WITH_TIMEOUT(run->stageState(FlowStage::Token), StageState::Done, 10000);
        run->exchangeCode(); // the same code again: the operator must refuse it
        QTRY_COMPARE_WITH_TIMEOUT(run->stageState(FlowStage::Token), StageState::Failed, 10000);
        QCOMPARE(run->token().error, QStringLiteral("invalid_grant"));
    }

    void unreachableOperatorIsANetworkFailure()
    {
        Profile profile = Profile::builtInSandbox();
        FlowRun *run =
            new FlowRun(profile.resolvedAgainst(QUrl(QStringLiteral("http://127.0.0.1:1"))),
                        QStringLiteral("s"), new RedirectFollower, this);
        run->setPhoneNumber(QStringLiteral("+34666666666"));
        const FlowOutcome outcome = runToEnd(run);
        QCOMPARE(outcome.kindName(), QStringLiteral("network-failure"));
        QCOMPARE(outcome.exitCode(), 5);
    }

    void cancelStopsCleanly()
    {
        FlowRun *run = newRun(SandboxConfig::defaults().msisdn);
        QSignalSpy finished(run, &FlowRun::finished);
        run->start();
        run->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<FlowOutcome>().kindName(),
                 QStringLiteral("cancelled"));
        QVERIFY(!run->isBusy());
        QTest::qWait(200); // nothing arrives after a cancel
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFlowRun)
#include "tst_flowrun.moc"
