#include "common/Duration.h"
#include "profile/Profile.h"

#include <QTest>

using namespace nv;

// Profile::problems() is the one validator behind the editor, the window and nv-cli; the
// duration bound is the one every typed timeout goes through.
class TestProfileProblems : public QObject
{
    Q_OBJECT

    static Profile valid()
    {
        Profile p = Profile::konera();
        p.builtIn = false;
        p.clientId = QStringLiteral("partner-app");
        p.redirectUri = QUrl(QStringLiteral("https://app.example.com/callback"));
        return p;
    }

private slots:
    void builtInsAreValidWhereTheyShouldBe()
    {
        QVERIFY(valid().problems().isEmpty());
        QVERIFY(Profile::builtInSandbox().problems().isEmpty()); // paths, resolved at run time
        QVERIFY(Profile::builtInSandbox()
                    .resolvedAgainst(QUrl(QStringLiteral("http://127.0.0.1:4000")))
                    .problems()
                    .isEmpty());
        const ProfileProblems konera = Profile::konera().problems();
        QCOMPARE(konera.size(), 2); // no client ID, no redirect URI: both blocking
        QCOMPARE(blockingProblems(konera).size(), 2);
    }

    void eachProblemNamesItsField_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<int>("field");
        QTest::addColumn<bool>("blocking");
        const auto with = [](auto change) {
            Profile p = valid();
            change(p);
            return p;
        };
        using F = ProfileProblem::Field;
        QTest::newRow("file authorize") << with([](Profile &p) {
            p.authorizeUrl = QUrl(QStringLiteral("file:///etc/passwd"));
        }) << int(F::AuthorizeUrl) << true;
        QTest::newRow("data token") << with([](Profile &p) {
            p.tokenUrl = QUrl(QStringLiteral("data:text/plain,x"));
        }) << int(F::TokenUrl) << true;
        QTest::newRow("relative verify outside the sandbox") << with([](Profile &p) {
            p.verifyUrl = QUrl(QStringLiteral("/verify"));
        }) << int(F::VerifyUrl) << true;
        QTest::newRow("plain http elsewhere") << with([](Profile &p) {
            p.tokenUrl = QUrl(QStringLiteral("http://op.example.com/token"));
        }) << int(F::TokenUrl) << false;
        QTest::newRow("empty client id") << with([](Profile &p) { p.clientId = QStringLiteral(" "); })
                                         << int(F::ClientId) << true;
        QTest::newRow("redirect fragment") << with([](Profile &p) {
            p.redirectUri = QUrl(QStringLiteral("https://app.example.com/cb#x"));
        }) << int(F::RedirectUri) << true;
        QTest::newRow("scope without verify") << with([](Profile &p) {
            p.scope = QStringLiteral("openid");
        }) << int(F::Scope) << false;
        QTest::newRow("unknown prompt") << with([](Profile &p) {
            p.prompt = QStringLiteral("always");
        }) << int(F::Prompt) << false;
    }
    void eachProblemNamesItsField()
    {
        QFETCH(Profile, profile);
        QFETCH(int, field);
        QFETCH(bool, blocking);
        const ProfileProblems problems = profile.problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(int(problems.first().field), field);
        QCOMPARE(problems.first().blocking, blocking);
        QVERIFY(!problems.first().message.isEmpty());
    }

    void plainHttpOnLoopbackIsFine()
    {
        Profile p = valid();
        p.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/token"));
        p.verifyUrl = QUrl(QStringLiteral("http://localhost:8080/verify"));
        QVERIFY(p.problems().isEmpty());
    }

    void durationsAreBounded_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("ms"); // -1: refused
        QTest::newRow("seconds") << QStringLiteral("30") << 30000;
        QTest::newRow("fraction") << QStringLiteral("2.5") << 2500;
        QTest::newRow("tiny") << QStringLiteral("0.0001") << 1;
        QTest::newRow("a day") << QStringLiteral("86400") << 86400000;
        QTest::newRow("over a day") << QStringLiteral("86401") << -1;
        QTest::newRow("int overflow") << QStringLiteral("2147484") << -1;
        QTest::newRow("inf") << QStringLiteral("inf") << -1;
        QTest::newRow("nan") << QStringLiteral("nan") << -1;
        QTest::newRow("zero") << QStringLiteral("0") << -1;
        QTest::newRow("negative") << QStringLiteral("-5") << -1;
        QTest::newRow("words") << QStringLiteral("ten") << -1;
    }
    void durationsAreBounded()
    {
        QFETCH(QString, text);
        QFETCH(int, ms);
        const std::optional<int> parsed = millisecondsFromSeconds(text);
        QCOMPARE(parsed.value_or(-1), ms);
    }
};

QTEST_GUILESS_MAIN(TestProfileProblems)
#include "tst_profileproblems.moc"
