#include "AuthorizeDriverFactory.h"
#include "RunSession.h"
#include "flow/FlowRun.h"
#include "flow/IdTokenCheck.h"
#include "log/RequestLog.h"
#include "log/RequestLogStore.h"
#include "sandbox/SandboxHost.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nv;

// RunSession against the real built-in sandbox on loopback: every rule about whether a run
// starts, and what it waits for, as the window and nv-cli both see it.
class TestRunSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    SessionOptions options(bool log = false) const
    {
        SessionOptions o;
        o.recordLog = log;
        o.logDatabase = m_dir.filePath(QStringLiteral("log.sqlite"));
        o.checkIdToken = false;
        return o;
    }

    static RunRequest sandboxRequest(const QString &number = QStringLiteral("+34666666666"))
    {
        RunRequest request;
        request.profile = Profile::builtInSandbox();
        request.phoneNumber = number;
        request.driver = DriverKind::PlainHttp;
        return request;
    }

    static RunProblem::Kind firstProblem(const QSignalSpy &spy)
    {
        return spy.first().first().value<RunProblem>().kind;
    }

    // Starts the sandbox and waits until it is up, so a start does not have to wait.
    static bool sandboxUp(RunSession &session)
    {
        QSignalSpy ready(&session, &RunSession::sandboxReady);
        session.startSandbox();
        return ready.wait(10000);
    }

    static FlowOutcome runToEnd(RunSession &session, const RunRequest &request,
                                RunSession::Mode mode = RunSession::Mode::WholeFlow)
    {
        QSignalSpy created(&session, &RunSession::runCreated);
        session.start(request, mode);
        if (created.isEmpty() && !created.wait(10000))
            return {};
        QSignalSpy finished(session.currentRun(), &FlowRun::finished);
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<FlowOutcome>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<RunProblem>();
        qRegisterMetaType<FlowOutcome>();
        qRegisterMetaType<IdTokenCheck>();
        QVERIFY(m_dir.isValid());
    }

    void wholeFlowAgainstTheSandboxIsVerifiedAndLogged()
    {
        RunSession session(options(true));
        RunRequest request = sandboxRequest();
        request.correlationId =
            QStringLiteral("session-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const FlowOutcome outcome = runToEnd(session, request);
        QCOMPARE(outcome.kind, FlowOutcome::Kind::Verified);
        QCOMPARE(session.currentRun()->correlationId(), request.correlationId);
        QVERIFY(session.log()->waitForIdle(5000));
        RequestLogStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("log.sqlite"))));
        LogQuery query;
        query.correlationId = request.correlationId;
        QVERIFY2(store.query(query).size() >= 3, "authorize, token and verify are in the log");
    }

    void aStartBeforeTheSandboxIsUpWaitsForIt()
    {
        RunSession session(options());
        QSignalSpy problems(&session, &RunSession::notStarted);
        QSignalSpy created(&session, &RunSession::runCreated);
        session.start(sandboxRequest(), RunSession::Mode::WholeFlow);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(firstProblem(problems), RunProblem::Kind::SandboxStarting);
        QVERIFY(problems.first().first().value<RunProblem>().willStartLater());
        QVERIFY(created.wait(10000));
        QSignalSpy finished(session.currentRun(), &FlowRun::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(session.currentRun()->outcome().kind, FlowOutcome::Kind::Verified);
    }

    void badInputIsRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("allowInvalid");
        QTest::addColumn<int>("kind");
        QTest::newRow("empty") << QString() << false << int(RunProblem::Kind::NoNumber);
        QTest::newRow("blank") << QStringLiteral("   ") << false << int(RunProblem::Kind::NoNumber);
        QTest::newRow("not e164") << QStringLiteral("0034666666666") << false
                                  << int(RunProblem::Kind::BadNumber);
        QTest::newRow("letters") << QStringLiteral("+34abc") << false
                                 << int(RunProblem::Kind::BadNumber);
    }
    void badInputIsRefusedBeforeAnythingIsSent()
    {
        QFETCH(QString, number);
        QFETCH(bool, allowInvalid);
        QFETCH(int, kind);
        RunSession session(options());
        QSignalSpy problems(&session, &RunSession::notStarted);
        RunRequest request = sandboxRequest(number);
        request.allowInvalidNumber = allowInvalid;
        session.start(request, RunSession::Mode::WholeFlow);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(firstProblem(problems)), kind);
        QVERIFY(!session.currentRun());
    }

    void aBadNumberSentOnPurposeReachesTheOperator()
    {
        RunSession session(options());
        QVERIFY(sandboxUp(session));
        RunRequest request = sandboxRequest(QStringLiteral("0034666666666"));
        request.allowInvalidNumber = true;
        const FlowOutcome outcome = runToEnd(session, request);
        QCOMPARE(outcome.kind, FlowOutcome::Kind::ApiError);
        QCOMPARE(outcome.httpStatus, 400);
    }

    void anInvalidProfileNamesEveryBlockingProblem()
    {
        RunSession session(options());
        QSignalSpy problems(&session, &RunSession::notStarted);
        RunRequest request = sandboxRequest();
        request.profile = Profile::konera(); // built-in, no client ID
        request.profile.redirectUri = QUrl(QStringLiteral("https://app.example.com/cb#frag"));
        request.clientSecret = QStringLiteral("s");
        session.start(request, RunSession::Mode::WholeFlow);
        QCOMPARE(problems.size(), 1);
        const RunProblem problem = problems.first().first().value<RunProblem>();
        QCOMPARE(problem.kind, RunProblem::Kind::ProfileInvalid);
        QList<ProfileProblem::Field> fields;
        for (const ProfileProblem &p : problem.profileProblems)
            fields << p.field;
        QCOMPARE(fields, (QList<ProfileProblem::Field>{ProfileProblem::Field::ClientId,
                                                       ProfileProblem::Field::RedirectUri}));
        QVERIFY(problem.detail.contains(QLatin1String("no client ID")));
    }

    void aProfileWithoutSecretIsRefusedOrWaitsForTheKeychain()
    {
        RunRequest request = sandboxRequest();
        request.profile = Profile::konera();
        request.profile.name = QStringLiteral("Partner copy");
        request.profile.builtIn = false;
        request.profile.clientId = QStringLiteral("partner-app");
        request.profile.redirectUri = QUrl(QStringLiteral("https://app.example.com/cb"));
        {
            RunSession session(options());
            QSignalSpy problems(&session, &RunSession::notStarted);
            session.start(request, RunSession::Mode::WholeFlow);
            QCOMPARE(firstProblem(problems), RunProblem::Kind::NoSecret);
        }
        // Waiting for the keychain: this test has no bus, so it answers "nothing stored".
        SessionOptions waiting = options();
        waiting.waitForSecret = true;
        RunSession session(waiting);
        QSignalSpy problems(&session, &RunSession::notStarted);
        session.start(request, RunSession::Mode::WholeFlow);
        QCOMPARE(firstProblem(problems), RunProblem::Kind::SecretLoading);
        QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 2, 10000);
        QCOMPARE(problems.last().first().value<RunProblem>().kind, RunProblem::Kind::NoSecret);
        QVERIFY(!session.currentRun());
    }

    void anEmbeddedBrowserThatIsNotInstalledIsSaidPlainly()
    {
        RunSession session(options());
        QSignalSpy problems(&session, &RunSession::notStarted);
        RunRequest request = sandboxRequest();
        request.driver = DriverKind::EmbeddedBrowser; // a core application cannot run one
        session.start(request, RunSession::Mode::WholeFlow);
        QCOMPARE(firstProblem(problems), RunProblem::Kind::DriverUnavailable);
        QVERIFY(!problems.first().first().value<RunProblem>().detail.isEmpty());
    }

    void stepByStepKnowsTheNextStep()
    {
        RunSession session(options());
        QVERIFY(sandboxUp(session));
        QCOMPARE(session.nextStep(), RunSession::NextStep::Authorize);
        session.start(sandboxRequest(), RunSession::Mode::AuthorizeStep);
        QVERIFY(session.currentRun());
        QTRY_COMPARE_WITH_TIMEOUT(session.currentRun()->stageState(FlowStage::Code),
                                  StageState::Done, 10000);
        QTRY_VERIFY(!session.isBusy());
        QCOMPARE(session.nextStep(), RunSession::NextStep::Exchange);
        session.exchangeCode();
        QTRY_COMPARE_WITH_TIMEOUT(session.currentRun()->stageState(FlowStage::Token),
                                  StageState::Done, 10000);
        QTRY_VERIFY(!session.isBusy());
        QCOMPARE(session.nextStep(), RunSession::NextStep::Verify);

        // A second start while a step is in flight is refused, not queued.
        QSignalSpy problems(&session, &RunSession::notStarted);
        session.verifyAgain(QStringLiteral("+34666666666"), false, false);
        session.start(sandboxRequest(), RunSession::Mode::WholeFlow);
        QCOMPARE(firstProblem(problems), RunProblem::Kind::Busy);
        QSignalSpy finished(session.currentRun(), &FlowRun::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(session.currentRun()->outcome().kind, FlowOutcome::Kind::Verified);
        QCOMPARE(session.nextStep(), RunSession::NextStep::Authorize);

        QPointer<FlowRun> old = session.currentRun();
        session.clear();
        QVERIFY(!session.currentRun());
        QTRY_VERIFY(old.isNull());
    }

    void cancelledStepsSayCancelledNotFailed()
    {
        SessionOptions slow = options();
        slow.sandbox.hopDelayMs = 5000;
        RunSession session(slow);
        QVERIFY(sandboxUp(session));
        session.start(sandboxRequest(), RunSession::Mode::WholeFlow);
        QVERIFY(session.isBusy());
        QSignalSpy finished(session.currentRun(), &FlowRun::finished);
        session.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(session.currentRun()->outcome().kind, FlowOutcome::Kind::Cancelled);
        QCOMPARE(session.currentRun()->stageState(FlowStage::Authorize), StageState::Cancelled);
    }

    void theIdTokenIsCheckedAgainstTheOperatorsKeys()
    {
        SessionOptions checking = options();
        checking.checkIdToken = true;
        RunSession session(checking);
        QSignalSpy checked(&session, &RunSession::idTokenChecked);
        QCOMPARE(runToEnd(session, sandboxRequest()).kind, FlowOutcome::Kind::Verified);
        QVERIFY(checked.size() == 1 || checked.wait(10000));
        const IdTokenCheck check = checked.first().first().value<IdTokenCheck>();
        QCOMPARE(check.signature, IdTokenCheck::Verdict::Valid);
        QCOMPARE(check.issuer, IdTokenCheck::Verdict::Valid);
        QCOMPARE(check.nonce, IdTokenCheck::Verdict::Valid);
    }
};

QTEST_GUILESS_MAIN(TestRunSession)
#include "tst_runsession.moc"
