#include "OperatorSandbox.h"
#include "flow/FlowRun.h"
#include "flow/RedirectFollower.h"
#include "log/RequestLog.h"
#include "profile/ProfileStore.h"

#include <QDirIterator>
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

        int filesRead = 0;
        bool sawDatabase = false;
        QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            ++filesRead;
            sawDatabase |= path.endsWith(QLatin1String(".sqlite")) && bytes.size() > 0;
            for (const QString &value : std::as_const(leaks)) {
                QVERIFY2(!bytes.contains(value.toUtf8()),
                         qPrintable(QStringLiteral("%1 holds a secret value").arg(path)));
                // Also percent-encoded (form bodies, URLs).
                QVERIFY2(!bytes.contains(QUrl::toPercentEncoding(value)),
                         qPrintable(QStringLiteral("%1 holds an encoded secret").arg(path)));
            }
        }
        QVERIFY(sawDatabase);
        QVERIFY(filesRead >= 2); // the log database and the profiles file at least
    }
};

QTEST_GUILESS_MAIN(TestFlowRedaction)
#include "tst_flowredaction.moc"
