#include "OperatorSandbox.h"
#include "flow/DevicePhoneNumberExchange.h"
#include "flow/FlowRun.h"
#include "flow/IdTokenCheck.h"
#include "flow/JwksFetch.h"
#include "flow/RedirectFollower.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace nv;

// The id_token checks (signature against the sandbox's JWKS found through discovery, iss,
// nonce) and the device-phone-number call, against the in-process sandbox.
class TestIdTokenCheck : public QObject
{
    Q_OBJECT
private:
    OperatorSandbox *m_sandbox = nullptr;

    FlowRun *finishedRun(Profile profile = Profile::builtInSandbox())
    {
        auto *run = new FlowRun(profile.resolvedAgainst(m_sandbox->baseUrl()),
                                SandboxConfig::defaultClientSecret(), new RedirectFollower, this);
        run->setPhoneNumber(SandboxConfig::defaults().msisdn);
        QSignalSpy finished(run, &FlowRun::finished);
        run->start();
        if (!finished.wait(20000))
            return nullptr;
        return run;
    }

    struct Keys
    {
        QJsonObject jwks;
        QString issuer;
        QString problem;
    };
    Keys fetch(const QUrl &authorizeUrl)
    {
        JwksFetch fetch;
        QSignalSpy done(&fetch, &JwksFetch::finished);
        QSignalSpy recorded(&fetch, &JwksFetch::exchangeRecorded);
        fetch.start(authorizeUrl, ExchangeContext{});
        if (!done.wait(10000))
            return {{}, {}, QStringLiteral("timeout")};
        const auto args = done.first();
        return {args.at(0).toJsonObject(), args.at(1).toString(), args.at(3).toString()};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FlowOutcome>();
        qRegisterMetaType<HttpExchange>();
        m_sandbox = new OperatorSandbox(SandboxConfig::defaults(), this);
        QVERIFY(m_sandbox->listen());
    }

    void sandboxIdTokenIsValid()
    {
        FlowRun *run = finishedRun();
        QVERIFY(run);
        QVERIFY(!run->token().idToken.isEmpty());
        const Keys keys = fetch(run->profile().authorizeUrl);
        QVERIFY2(keys.problem.isEmpty(), qPrintable(keys.problem));
        QVERIFY(keys.jwks.value(QLatin1String("keys")).toArray().size() >= 1);

        const IdTokenCheck::Expected expected{run->authorizeRequest().nonce, keys.issuer,
                                              run->profile().clientId};
        const IdTokenCheck check = IdTokenCheck::check(run->token().idToken, expected, keys.jwks);
        QVERIFY(check.decoded);
        QCOMPARE(check.signature, IdTokenCheck::Verdict::Valid);
        QCOMPARE(check.issuer, IdTokenCheck::Verdict::Valid);
        QCOMPARE(check.nonce, IdTokenCheck::Verdict::Valid);
        QCOMPARE(check.audience, IdTokenCheck::Verdict::Valid);
        QCOMPARE(check.lifetime, IdTokenCheck::Verdict::Valid);
        QVERIFY(check.allValid());
        // The sandbox's evidence of network-based authentication, for the window to show.
        QCOMPARE(check.amr, QStringList{QStringLiteral("nba")});
        QVERIFY2(check.amrDetail.contains(QLatin1String("network-based")),
                 qPrintable(check.amrDetail));
        // Another client's view of the same token: not its audience.
        const IdTokenCheck other = IdTokenCheck::check(
            run->token().idToken, {expected.nonce, expected.issuer, QStringLiteral("another")},
            keys.jwks);
        QCOMPARE(other.audience, IdTokenCheck::Verdict::Invalid);

        // One changed character in the claims breaks the signature; another nonce and another
        // issuer are said to differ.
        QStringList parts = run->token().idToken.split(QLatin1Char('.'));
        QByteArray claims =
            QByteArray::fromBase64(parts[1].toLatin1(), QByteArray::Base64UrlEncoding);
        claims.replace("\"sub\":\"", "\"sub\":\"x");
        parts[1] = QString::fromLatin1(
            claims.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        const IdTokenCheck tampered = IdTokenCheck::check(
            parts.join(QLatin1Char('.')),
            {QStringLiteral("other-nonce"), QStringLiteral("https://elsewhere.example"), {}},
            keys.jwks);
        QCOMPARE(tampered.signature, IdTokenCheck::Verdict::Invalid);
        QCOMPARE(tampered.nonce, IdTokenCheck::Verdict::Invalid);
        QCOMPARE(tampered.issuer, IdTokenCheck::Verdict::Invalid);

        // Without a key set nothing is claimed.
        const IdTokenCheck unknown =
            IdTokenCheck::check(run->token().idToken, {}, {}, QStringLiteral("no discovery"));
        QCOMPARE(unknown.signature, IdTokenCheck::Verdict::NotChecked);
        QVERIFY(unknown.signatureDetail.contains(QLatin1String("no discovery")));
        QCOMPARE(unknown.nonce, IdTokenCheck::Verdict::NotChecked);
    }

    void unreachableDiscoverySaysWhy()
    {
        const Keys keys = fetch(QUrl(QStringLiteral("http://127.0.0.1:1/authorize")));
        QVERIFY(keys.jwks.isEmpty());
        QVERIFY(keys.problem.contains(QLatin1String("discovery")));
    }

    void devicePhoneNumberUrlIsTheVerifySibling()
    {
        QCOMPARE(devicePhoneNumberUrl(QUrl(QStringLiteral(
                     "https://op.example/camara/api/number-verification/v1/verify?x=1"))),
                 QUrl(QStringLiteral(
                     "https://op.example/camara/api/number-verification/v1/device-phone-number")));
        const auto ok =
            DevicePhoneNumberResponse::parse(200, R"({"devicePhoneNumber":"+34666666666"})");
        QCOMPARE(ok.kind, DevicePhoneNumberResponse::Kind::Number);
        QCOMPARE(ok.devicePhoneNumber, QStringLiteral("+34666666666"));
        QCOMPARE(DevicePhoneNumberResponse::parse(200, R"({"devicePhoneNumber":12})").kind,
                 DevicePhoneNumberResponse::Kind::Unreadable);
        const auto error = DevicePhoneNumberResponse::parse(
            403, R"({"status":403,"code":"PERMISSION_DENIED","message":"no scope"})");
        QCOMPARE(error.kind, DevicePhoneNumberResponse::Kind::ApiError);
    }

    void devicePhoneNumberNeedsItsScope()
    {
        // The built-in profile does not ask for the scope: the operator refuses.
        FlowRun *run = finishedRun();
        QVERIFY(run);
        QSignalSpy answered(run, &FlowRun::devicePhoneNumberFinished);
        QSignalSpy recorded(run, &FlowRun::exchangeRecorded);
        run->fetchDevicePhoneNumber();
        QVERIFY(answered.wait(10000));
        QCOMPARE(run->devicePhoneNumber().kind, DevicePhoneNumberResponse::Kind::ApiError);
        QCOMPARE(run->devicePhoneNumber().httpStatus, 403);
        QCOMPARE(recorded.last().first().value<HttpExchange>().step, Step::DevicePhoneNumber);

        // With the scope, the sandbox names its subscriber.
        Profile profile = Profile::builtInSandbox();
        profile.scope += QStringLiteral(" number-verification:device-phone-number:read");
        FlowRun *scoped = finishedRun(profile);
        QVERIFY(scoped);
        QSignalSpy scopedAnswer(scoped, &FlowRun::devicePhoneNumberFinished);
        scoped->fetchDevicePhoneNumber();
        QVERIFY(scopedAnswer.wait(10000));
        QCOMPARE(scoped->devicePhoneNumber().kind, DevicePhoneNumberResponse::Kind::Number);
        QCOMPARE(scoped->devicePhoneNumber().devicePhoneNumber, SandboxConfig::defaults().msisdn);
        QVERIFY(!scoped->isBusy());
    }
};

QTEST_MAIN(TestIdTokenCheck)
#include "tst_idtokencheck.moc"
