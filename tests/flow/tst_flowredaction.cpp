#include "FileScan.h"
#include "OperatorSandbox.h"
#include "flow/FlowRun.h"
#include "flow/RedirectFollower.h"
#include "log/RequestLog.h"
#include "profile/ProfileStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace nv;

// After real runs that record to the real log, store profiles and use the secret, no file
// under the private HOME holds the client secret or any token or code of the run.
class TestFlowRedaction : public QObject
{
    Q_OBJECT
private slots:
    void noSecretReachesAnyFile()
    {
        const QString home = qEnvironmentVariable("NV_TEST_HOME");
        QVERIFY2(!home.isEmpty(), "run through ctest: add_nv_test sets a private HOME");
        QCoreApplication::setApplicationName(QStringLiteral("nv-console"));
        QCoreApplication::setOrganizationName(QStringLiteral("NV Console"));

        // A client with a distinctive secret, so any leak is unambiguous.
        const QString secret = QStringLiteral("Leak-Canary-7c1f9e22b0");
        SandboxConfig config = SandboxConfig::defaults();
        config.clients.first().secret = secret;
        config.tokenTtlSeconds = 600;
        OperatorSandbox sandbox(config);
        QVERIFY(sandbox.listen());

        ProfileStore profiles; // default location under the private HOME
        Profile custom = Profile::builtInSandbox();
        custom.name = QStringLiteral("Canary copy");
        custom.builtIn = false;
        QVERIFY(profiles.upsert(custom));

        RequestLog log(QString{}); // default location under the private HOME
        QStringList leaks;
        for (const bool offlineAccess : {false, true}) {
            Profile profile = custom;
            if (offlineAccess)
                profile.scope += QStringLiteral(" offline_access");
            FlowRun run(profile.resolvedAgainst(sandbox.baseUrl()), secret, new RedirectFollower);
            run.setPhoneNumber(config.msisdn);
            connect(&run, &FlowRun::exchangeRecorded, &log,
                    [&](const HttpExchange &raw) { log.record(raw, run.secrets()); });
            QSignalSpy finished(&run, &FlowRun::finished);
            run.start();
            QVERIFY(finished.wait(20000));
            QCOMPARE(run.outcome().kindName(), QStringLiteral("verified"));
            leaks << run.secrets();
            QVERIFY(!run.token().idToken.isEmpty());
            QCOMPARE(run.token().refreshToken.isEmpty(), !offlineAccess);
        }
        QVERIFY(log.waitForIdle(10000));
        QVERIFY(leaks.contains(secret));
        QVERIFY(leaks.size() >= 8); // secret, code, access and id token, verifier, refresh token

        const nvtest::FileScan scan = nvtest::scanFiles(home, leaks);
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join(QLatin1Char('\n'))));
        QVERIFY(QFile::exists(log.databasePath()));
        QVERIFY(QFileInfo(log.databasePath()).size() > 0);
        QVERIFY(scan.filesRead >= 2); // the log database and the profiles file at least
    }
};

QTEST_GUILESS_MAIN(TestFlowRedaction)
#include "tst_flowredaction.moc"
