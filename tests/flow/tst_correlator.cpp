#include "OperatorSandbox.h"
#include "flow/CorrelatorEcho.h"
#include "flow/CorrelatorRule.h"
#include "flow/FlowRun.h"
#include "flow/RedirectFollower.h"
#include "profile/ProfilePresets.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace nv;

// x-correlator per CAMARA: the rule for a typed id, and the echo compared on every answer the
// run gets (token, verify, device-phone-number, errors included), against the built-in sandbox's
// correlator-missing and correlator-mismatch scenarios.
class TestCorrelator : public QObject
{
    Q_OBJECT
private:
    OperatorSandbox *m_sandbox = nullptr;

    FlowRun *newRun(const QString &phone, Profile profile = Profile::builtInSandbox())
    {
        auto *run = new FlowRun(profile.resolvedAgainst(m_sandbox->baseUrl()),
                                SandboxConfig::defaultClientSecret(), new RedirectFollower, this);
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

    static HttpExchange answered(const QByteArray &sent, const QList<QByteArray> &received)
    {
        HttpExchange e;
        e.status = 200;
        e.requestHeaders = {{"Accept", "application/json"}, {"X-Correlator", sent}};
        for (const QByteArray &value : received)
            e.responseHeaders.append({"x-correlator", value});
        return e;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FlowOutcome>();
        qRegisterMetaType<CorrelatorEcho>();
        m_sandbox = new OperatorSandbox(SandboxConfig::defaults(), this);
        QVERIFY(m_sandbox->listen());
    }
    void init() { QVERIFY(m_sandbox->setScenario(QStringLiteral("match"))); }

    void ruleAcceptsAndRefuses_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("named"); // what the words must name
        QTest::newRow("uuid") << QStringLiteral("b4333c46-49c0-4f62-80d7-f0ef930f1c46") << true
                              << QString();
        QTest::newRow("every punctuation")
            << QStringLiteral("a-b_c:d;e.f/g<h>i{j}") << true << QString();
        QTest::newRow("empty") << QString() << true << QString();
        QTest::newRow("256") << QString(256, QLatin1Char('x')) << true << QString();
        QTest::newRow("257") << QString(257, QLatin1Char('x')) << false << QStringLiteral("257");
        QTest::newRow("space") << QStringLiteral("demo 1") << false << QStringLiteral("a space");
        QTest::newRow("bang") << QStringLiteral("demo!") << false << QStringLiteral("\"!\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false << QStringLiteral("\"\\\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << false << QStringLiteral("U+000A");
        QTest::newRow("non-ascii")
            << QStringLiteral("caf\u00e9") << false << QStringLiteral("position 4");
    }
    void ruleAcceptsAndRefuses()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(QString, named);
        const QString problem = CorrelatorRule::problem(value);
        QCOMPARE(problem.isEmpty(), valid);
        if (!valid) {
            QVERIFY2(problem.contains(named), qPrintable(problem));
            QVERIFY2(problem.contains(CorrelatorRule::pattern()), qPrintable(problem));
        }
    }

    // The words come from a loop over characters; the pattern is the spec's regular expression.
    // They must agree on anything.
    void ruleAgreesWithThePattern()
    {
        const QRegularExpression pattern(CorrelatorRule::pattern());
        QVERIFY(pattern.isValid());
        const QString alphabet = QStringLiteral("aZ09-_:;./<>{} !\\\"#$%&'()*+,=?@[]^`|~\u00e9\t");
        auto *random = QRandomGenerator::global();
        for (int i = 0; i < 5000; ++i) {
            const int length = random->bounded(0, i % 50 == 0 ? 300 : 12);
            QString value;
            for (int c = 0; c < length; ++c)
                value += alphabet.at(random->bounded(alphabet.size()));
            QCOMPARE(CorrelatorRule::problem(value).isEmpty(), pattern.match(value).hasMatch());
        }
    }

    void echoCompared_data()
    {
        QTest::addColumn<QList<QByteArray>>("received");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("kind");
        QTest::newRow("echoed") << QList<QByteArray>{"demo-1"} << 200 << QStringLiteral("echoed");
        QTest::newRow("echoed on an error")
            << QList<QByteArray>{"demo-1"} << 403 << QStringLiteral("echoed");
        QTest::newRow("missing") << QList<QByteArray>{} << 200 << QStringLiteral("missing");
        QTest::newRow("missing on an error")
            << QList<QByteArray>{} << 500 << QStringLiteral("missing");
        QTest::newRow("different")
            << QList<QByteArray>{"demo-2"} << 200 << QStringLiteral("different");
        QTest::newRow("empty echo") << QList<QByteArray>{""} << 200 << QStringLiteral("different");
        QTest::newRow("case of the value")
            << QList<QByteArray>{"DEMO-1"} << 200 << QStringLiteral("different");
        QTest::newRow("no answer") << QList<QByteArray>{} << 0 << QStringLiteral("no-answer");
    }
    void echoCompared()
    {
        QFETCH(QList<QByteArray>, received);
        QFETCH(int, status);
        QFETCH(QString, kind);
        HttpExchange e = answered("demo-1", received);
        e.status = status;
        // The header name is matched in any case, as HTTP says.
        const CorrelatorEcho echo = CorrelatorEcho::compare(e, QStringLiteral("x-correlator"));
        QCOMPARE(echo.kindName(), kind);
        QCOMPARE(echo.sent, QStringLiteral("demo-1"));
        QCOMPARE(echo.isProblem(),
                 kind == QLatin1String("missing") || kind == QLatin1String("different"));
        if (echo.kind == CorrelatorEcho::Kind::Missing)
            QVERIFY(echo.describe().contains(QStringLiteral("did not echo x-correlator")));
        if (echo.kind == CorrelatorEcho::Kind::Different)
            QVERIFY(echo.describe().contains(QStringLiteral("echoed a different x-correlator")));
    }

    void nothingToCompareWithoutTheHeader()
    {
        // The profile's header was not sent (another name, or none): no verdict either way.
        const HttpExchange e = answered("demo-1", {});
        QCOMPARE(CorrelatorEcho::compare(e, QStringLiteral("x-correlation-id")).kind,
                 CorrelatorEcho::Kind::NotSent);
        QCOMPARE(CorrelatorEcho::compare(e, QString()).kind, CorrelatorEcho::Kind::NotSent);
        // A hostile echo is kept short.
        const CorrelatorEcho huge = CorrelatorEcho::compare(
            answered("demo-1", {QByteArray(100000, 'y')}), QStringLiteral("x-correlator"));
        QCOMPARE(huge.kind, CorrelatorEcho::Kind::Different);
        QVERIFY(huge.received.size() <= 257);
    }

    void everyStepEchoedByADecentOperator()
    {
        Profile profile = Profile::builtInSandbox();
        profile.scope =
            ProfilePresets::withScope(profile.scope, ProfilePresets::devicePhoneNumberScope());
        FlowRun *run = newRun(SandboxConfig::defaults().msisdn, profile);
        run->setFetchDevicePhoneNumberAfterVerify(true);
        QSignalSpy checked(run, &FlowRun::correlatorEchoChecked);
        QCOMPARE(runToEnd(run).kindName(), QStringLiteral("verified"));
        QStringList steps;
        for (const QList<QVariant> &signal : checked) {
            steps << signal.at(0).toString();
            QCOMPARE(signal.at(1).value<CorrelatorEcho>().kind, CorrelatorEcho::Kind::Echoed);
        }
        QCOMPARE(steps, (QStringList{Step::Token, Step::Verify, Step::DevicePhoneNumber}));
        QCOMPARE(run->token().correlatorEcho.kind, CorrelatorEcho::Kind::Echoed);
        QCOMPARE(run->verifyResponse().correlatorEcho.kind, CorrelatorEcho::Kind::Echoed);
        QCOMPARE(run->devicePhoneNumber().correlatorEcho.kind, CorrelatorEcho::Kind::Echoed);
    }

    // +9900000014 in the verify body: the sandbox answers verify without the header.
    void missingEchoFlaggedOnTheStepAndInTheLog()
    {
        FlowRun *run = newRun(QStringLiteral("+9900000014"));
        QList<HttpExchange> exchanges;
        connect(run, &FlowRun::exchangeRecorded, this,
                [&](const HttpExchange &e) { exchanges << e; });
        QSignalSpy checked(run, &FlowRun::correlatorEchoChecked);
        QCOMPARE(runToEnd(run).kindName(), QStringLiteral("verified")); // a warning, not a failure
        QCOMPARE(run->token().correlatorEcho.kind, CorrelatorEcho::Kind::Echoed);
        const CorrelatorEcho verify = run->verifyResponse().correlatorEcho;
        QCOMPARE(verify.kind, CorrelatorEcho::Kind::Missing);
        QCOMPARE(verify.header, QStringLiteral("x-correlation-id"));
        QCOMPARE(verify.sent, run->correlationId());
        QCOMPARE(run->correlatorEcho(Step::Verify), verify);
        QCOMPARE(checked.last().at(0).toString(), Step::Verify);
        QCOMPARE(exchanges.last().step, Step::Verify);
        QVERIFY2(exchanges.last().note.contains(QStringLiteral("did not echo x-correlation-id")),
                 qPrintable(exchanges.last().note));
        for (const HttpExchange &e : exchanges) {
            if (e.step == Step::Token)
                QVERIFY2(e.note.isEmpty(), qPrintable(e.note));
        }
    }

    // +9900000015: another value comes back.
    void differentEchoFlagged()
    {
        Profile profile = Profile::builtInSandbox();
        profile.correlationHeader = QStringLiteral("x-correlator");
        FlowRun *run = newRun(QStringLiteral("+9900000015"), profile);
        run->setCorrelationId(QStringLiteral("demo-15"));
        QCOMPARE(runToEnd(run).kindName(), QStringLiteral("verified"));
        const CorrelatorEcho verify = run->verifyResponse().correlatorEcho;
        QCOMPARE(verify.kind, CorrelatorEcho::Kind::Different);
        QCOMPARE(verify.sent, QStringLiteral("demo-15"));
        QVERIFY(!verify.received.isEmpty());
        QVERIFY(verify.received != verify.sent);
        QVERIFY(verify.describe().contains(QStringLiteral("sent demo-15, received ")));
    }

    // The operator-wide scenario drops the echo from the API's errors too.
    void errorAnswersAreComparedToo()
    {
        QVERIFY(m_sandbox->setScenario(QStringLiteral("correlator-missing")));
        FlowRun *run = newRun(QStringLiteral("+12")); // the sandbox answers 400
        run->setAllowInvalidNumber(true);
        const FlowOutcome outcome = runToEnd(run);
        QCOMPARE(outcome.kindName(), QStringLiteral("api-error"));
        QCOMPARE(outcome.httpStatus, 400);
        QCOMPARE(run->verifyResponse().correlatorEcho.kind, CorrelatorEcho::Kind::Missing);
        QCOMPARE(run->token().correlatorEcho.kind, CorrelatorEcho::Kind::Echoed);

        QVERIFY(m_sandbox->setScenario(QStringLiteral("correlator-mismatch")));
        FlowRun *device = newRun(SandboxConfig::defaults().msisdn); // no device scope: 403
        device->setFetchDevicePhoneNumberAfterVerify(true);
        QCOMPARE(runToEnd(device).kindName(), QStringLiteral("verified"));
        QCOMPARE(device->devicePhoneNumber().httpStatus, 403);
        QCOMPARE(device->devicePhoneNumber().correlatorEcho.kind, CorrelatorEcho::Kind::Different);
    }

    // A typed id that breaks the rule is named as such, and still sent (on purpose).
    void badTypedCorrelatorWarnedAndSent()
    {
        FlowRun *run = newRun(SandboxConfig::defaults().msisdn);
        run->setCorrelationId(QStringLiteral("demo 1!"));
        QVERIFY2(run->correlationIdProblem().contains(QStringLiteral("a space at position 5")),
                 qPrintable(run->correlationIdProblem()));
        HttpExchange verify;
        connect(run, &FlowRun::exchangeRecorded, this, [&](const HttpExchange &e) {
            if (e.step == Step::Verify)
                verify = e;
        });
        const FlowOutcome outcome = runToEnd(run);
        QCOMPARE(outcome.kindName(), QStringLiteral("api-error"));
        QCOMPARE(outcome.code, QStringLiteral("INVALID_ARGUMENT"));
        bool sent = false;
        for (const auto &[name, value] : verify.requestHeaders)
            sent |= name == "x-correlation-id" && value == "demo 1!";
        QVERIFY(sent);
        // The sandbox does not echo a value that breaks the rule: that is flagged as well.
        QCOMPARE(run->verifyResponse().correlatorEcho.kind, CorrelatorEcho::Kind::Missing);

        FlowRun *good = newRun(SandboxConfig::defaults().msisdn);
        good->setCorrelationId(QStringLiteral("demo-1"));
        QVERIFY(good->correlationIdProblem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCorrelator)
#include "tst_correlator.moc"
