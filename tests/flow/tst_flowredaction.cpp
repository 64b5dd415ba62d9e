#include "FileScan.h"
#include "LogFixtures.h"
#include "OperatorSandbox.h"
#include "TestBudget.h"
#include "flow/FlowRun.h"
#include "flow/RedirectFollower.h"
#include "log/RequestLog.h"
#include "log/RequestLogStore.h"
#include "profile/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

using namespace nv;

namespace {

QByteArray header(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString formValue(const QByteArray &body, const QString &name)
{
    return QUrlQuery(QString::fromUtf8(QByteArray(body).replace('+', ' ')))
        .queryItemValue(name, QUrl::FullyDecoded);
}

// The values of the cookies that crossed the wire: every Set-Cookie an answer carried (Qt joins
// repeated ones with newlines; the first pair of a line is the cookie, the rest attributes) and
// every Cookie a request sent back. The sandbox's login session cookie is one.
QStringList cookiesOnTheWire(const QList<HttpExchange> &raw)
{
    QStringList found;
    auto valueOf = [](const QByteArray &pair) {
        const qsizetype equals = pair.indexOf('=');
        return equals < 0 ? QString() : QString::fromLatin1(pair.mid(equals + 1).trimmed());
    };
    for (const HttpExchange &e : raw) {
        for (const auto &[name, value] : e.responseHeaders) {
            if (name.compare("set-cookie", Qt::CaseInsensitive) != 0)
                continue;
            for (const QByteArray &line : value.split('\n'))
                found << valueOf(
                    line.left(line.indexOf(';') < 0 ? line.size() : line.indexOf(';')));
        }
        for (const QByteArray &pair : header(e.requestHeaders, "cookie").split(';'))
            found << valueOf(pair);
    }
    found.removeAll(QString());
    found.removeDuplicates();
    return found;
}

// Every credential that went over the wire, read from the raw exchanges themselves (not from
// FlowRun::secrets(), the list the log is given to redact with: a value missing there must
// still be found here).
QStringList secretsOnTheWire(const QList<HttpExchange> &raw)
{
    QStringList found = cookiesOnTheWire(raw);
    for (const HttpExchange &e : raw) {
        for (const QString &name : {QStringLiteral("client_secret"), QStringLiteral("code"),
                                    QStringLiteral("code_verifier")})
            found << formValue(e.requestBody, name);
        // The code comes back in a redirect: the Location of a hop, or the last hop's URL.
        for (const QUrl &url : {QUrl::fromEncoded(header(e.responseHeaders, "location")), e.url})
            found << QUrlQuery(url).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        const QByteArray authorization = header(e.requestHeaders, "authorization");
        if (authorization.startsWith("Basic ")) {
            const QByteArray pair = QByteArray::fromBase64(authorization.mid(6));
            found << QString::fromLatin1(authorization.mid(6))
                  << QUrl::fromPercentEncoding(pair.mid(pair.indexOf(':') + 1));
        } else if (authorization.startsWith("Bearer ")) {
            found << QString::fromLatin1(authorization.mid(7));
        }
        const QJsonObject json = QJsonDocument::fromJson(e.responseBody).object();
        for (const QString &name : {QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                                    QStringLiteral("id_token")})
            found << json.value(name).toString();
    }
    found.removeAll(QString());
    found.removeDuplicates();
    return found;
}

} // namespace

// After real runs that record to the real log, store profiles and use the secret, no file
// under the private HOME holds the client secret or any token or code of the runs, in any of
// the forms it could take there; and the runs' rows are in the log (a log that wrote nothing
// would hold no secret either).
class TestFlowRedaction : public QObject
{
    Q_OBJECT

    // One verified run under the marker as its correlation id, every exchange recorded as the
    // front ends do (with the run's secrets) and kept raw in wire.
    void runAndRecord(const Profile &profile, const QString &secret, const QString &marker,
                      const QString &number, RequestLog &log, QList<HttpExchange> &wire)
    {
        FlowRun run(profile, secret, new RedirectFollower);
        run.setCorrelationId(marker);
        run.setPhoneNumber(number);
        connect(&run, &FlowRun::exchangeRecorded, &log, [&](const HttpExchange &raw) {
            wire << raw;
            log.record(raw, run.secrets());
        });
        QSignalSpy finished(&run, &FlowRun::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(run.outcome().kindName(), QStringLiteral("verified"));
        QCOMPARE(run.token().refreshToken.isEmpty(), !profile.scope.contains(u"offline_access"));
    }

private slots:
    void noSecretReachesAnyFile()
    {
        const QString home = qEnvironmentVariable("NV_TEST_HOME");
        QVERIFY2(!home.isEmpty(), "run through ctest: add_nv_test sets a private HOME");
        // What an earlier run left there is not this run's evidence either way.
        for (const char *folder : {".local/share", ".config"})
            QDir(home + QLatin1Char('/') + QLatin1String(folder)).removeRecursively();
        QCoreApplication::setApplicationName(QStringLiteral("nv-console"));
        QCoreApplication::setOrganizationName(QStringLiteral("NV Console"));

        // A distinctive secret with every character that encodes differently somewhere
        // ('+', '/', '=', '&', '%', a space), so any leak is unambiguous in any form.
        const QString secret = QStringLiteral("Leak+Canary/7c1f=9e&22%b0 x");
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
        QList<HttpExchange> wire;
        QStringList markers;
        for (const bool basic : {false, true}) {
            for (const bool offlineAccess : {false, true}) {
                Profile profile = custom;
                profile.tokenAuthMethod =
                    basic ? TokenAuthMethod::ClientSecretBasic : TokenAuthMethod::ClientSecretPost;
                if (offlineAccess)
                    profile.scope += QStringLiteral(" offline_access");
                // A marker of each run: its rows must be in the log.
                markers << QStringLiteral("canary-run-") +
                               QUuid::createUuid().toString(QUuid::WithoutBraces);
                runAndRecord(profile.resolvedAgainst(sandbox.baseUrl()), secret, markers.last(),
                             config.msisdn, log, wire);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        QVERIFY(log.waitForIdle(10000));
        QVERIFY2(log.writeProblem().isEmpty(), qPrintable(log.writeProblem()));

        const QStringList secrets = secretsOnTheWire(wire);
        QVERIFY(secrets.contains(secret));
        // Each run logged in to the sandbox with a session cookie of its own.
        const QStringList cookies = cookiesOnTheWire(wire);
        QVERIFY2(cookies.size() >= 4, qPrintable(cookies.join(QLatin1Char(' '))));
        // Per run: code, access token, id token, verifier, session cookie (+ refresh token
        // with offline access); the client secret, and its Basic credentials twice.
        QVERIFY2(secrets.size() >= 4 * 5 + 2 + 2, qPrintable(secrets.join(QLatin1Char('\n'))));

        RequestLogStore store;
        QVERIFY(store.open(log.databasePath(), RequestLogStore::Access::ReadOnly));
        for (const QString &marker : std::as_const(markers)) {
            LogQuery byRun;
            byRun.correlationId = marker;
            QVERIFY2(store.count(byRun) >= 4, qPrintable(marker)); // authorize, token, verify
        }
        store.close();

        const nvtest::FileScan scan =
            nvtest::scanFiles(home, secrets, markers.first().toUtf8(), config.clients.first().id);
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join(QLatin1Char('\n'))));
        QVERIFY(scan.sawMarker);
        QVERIFY(QFileInfo(log.databasePath()).size() > 0);
        QVERIFY(scan.filesRead >= 2); // the log database and the profiles file at least
    }

    // An operator that echoes what it received (the sandbox's test-only echo-secrets scenario:
    // the client secret and the code in the JSON error body and in a response header) leaves
    // them on the wire only: the log redacts them by value wherever they appear. Runs with the
    // secret in the body and in the Basic header, so either path of the echo is taken.
    void anEchoedSecretIsRedactedByValue()
    {
        const QString home = qEnvironmentVariable("NV_TEST_HOME");
        QVERIFY2(!home.isEmpty(), "run through ctest: add_nv_test sets a private HOME");
        const QString secret = QStringLiteral("Echo+Canary/41d0=b7&3a%f2 y");
        SandboxConfig config = SandboxConfig::defaults();
        config.clients.first().secret = secret;
        config.scenario = QStringLiteral("echo-secrets");
        OperatorSandbox sandbox(config);
        QVERIFY(sandbox.listen());

        RequestLog log(QString{}); // default location under the private HOME
        QList<HttpExchange> wire;
        QStringList markers;
        for (const bool basic : {false, true}) {
            Profile profile = Profile::builtInSandbox().resolvedAgainst(sandbox.baseUrl());
            profile.tokenAuthMethod =
                basic ? TokenAuthMethod::ClientSecretBasic : TokenAuthMethod::ClientSecretPost;
            markers << QStringLiteral("echo-run-") +
                           QUuid::createUuid().toString(QUuid::WithoutBraces);
            FlowRun run(profile, secret, new RedirectFollower);
            run.setCorrelationId(markers.last());
            run.setPhoneNumber(config.msisdn);
            connect(&run, &FlowRun::exchangeRecorded, &log, [&](const HttpExchange &raw) {
                wire << raw;
                log.record(raw, run.secrets());
            });
            QSignalSpy finished(&run, &FlowRun::finished);
            run.start();
            QVERIFY(finished.wait(20000));
            QCOMPARE(run.outcome().kindName(), QStringLiteral("token-failed"));
        }
        QVERIFY(log.waitForIdle(10000));
        QVERIFY2(log.writeProblem().isEmpty(), qPrintable(log.writeProblem()));

        // The echo did happen: the token answers carry the secret and the code, raw.
        const QStringList secrets = secretsOnTheWire(wire);
        int echoes = 0;
        for (const HttpExchange &e : std::as_const(wire)) {
            if (e.step != QLatin1String("token"))
                continue;
            const QByteArray echoed = e.responseHeader("x-debug-echo");
            QVERIFY2(nvtest::scanBytes(e.responseBody, {secret}) == 1, e.responseBody);
            QVERIFY2(nvtest::scanBytes(echoed, {secret}) == 1, echoed);
            QVERIFY2(nvtest::scanBytes(e.responseBody + echoed, secrets) >= 2, e.responseBody);
            ++echoes;
        }
        QCOMPARE(echoes, 2);

        RequestLogStore store;
        QVERIFY(store.open(log.databasePath(), RequestLogStore::Access::ReadOnly));
        for (const QString &marker : std::as_const(markers)) {
            LogQuery byRun;
            byRun.correlationId = marker;
            QVERIFY2(store.count(byRun) >= 2, qPrintable(marker)); // authorize hops, token
        }
        store.close();
        const nvtest::FileScan scan =
            nvtest::scanFiles(home, secrets, markers.last().toUtf8(), config.clients.first().id);
        QVERIFY2(scan.leaks.isEmpty(), qPrintable(scan.leaks.join(QLatin1Char('\n'))));
        QVERIFY(scan.sawMarker);
    }

    // The scan itself: it finds a secret in each form it can take, and a file it cannot
    // read is a finding, not a pass.
    void theScanSeesEveryFormAndEveryFile()
    {
        QTemporaryDir dir;
        const QString secret = QStringLiteral("s3cret+/=&% Value");
        const QList<nvtest::SecretForm> forms = nvtest::secretForms(secret, QStringLiteral("cid"));
        QVERIFY(forms.size() >= 9);
        for (qsizetype i = 0; i < forms.size(); ++i) {
            QFile file(dir.filePath(QStringLiteral("form-%1.txt").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("before " + forms.at(i).bytes + " after");
        }
        QFile lowered(dir.filePath(QStringLiteral("lowered.txt")));
        QVERIFY(lowered.open(QIODevice::WriteOnly));
        lowered.write("echo: " + secret.toLower().toUtf8());
        lowered.close();
        nvtest::FileScan scan = nvtest::scanFiles(dir.path(), {secret}, {}, QStringLiteral("cid"));
        QCOMPARE(scan.leaks.size(), forms.size() + 1);
        QVERIFY(scan.unreadable.isEmpty());
    }

    // A file the scan cannot open is a finding, never a silent pass. Permission bits do not
    // stop root, so as root this function runs itself again as an unprivileged user (a copy
    // of this program through setpriv) and requires that run to pass.
    void anUnreadableFileIsAFinding()
    {
        if (::geteuid() != 0) {
            QTemporaryDir dir;
            const QString locked = dir.filePath(QStringLiteral("locked.txt"));
            QFile file(locked);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
            const nvtest::FileScan scan =
                nvtest::scanFiles(dir.path(), {QStringLiteral("absent-value")});
            QCOMPARE(scan.unreadable, QStringList{locked});
            QCOMPARE(scan.leaks.size(), 1);
            QVERIFY2(scan.leaks.first().contains(QLatin1String("cannot be read")),
                     qPrintable(scan.leaks.first()));
            return;
        }
        QTemporaryDir programDir;
        QVERIFY(QFile::setPermissions(programDir.path(), QFile::permissions(programDir.path()) |
                                                             QFileDevice::ExeOther |
                                                             QFileDevice::ReadOther));
        const QStringList line = nvtest::asUnprivileged(
            QCoreApplication::applicationFilePath(), {QStringLiteral("anUnreadableFileIsAFinding")},
            programDir.path());
        QVERIFY2(!line.isEmpty(), "running as root needs setpriv (util-linux) for this check");
        QProcess unprivileged;
        unprivileged.setProcessChannelMode(QProcess::MergedChannels);
        unprivileged.start(line.first(), line.mid(1));
        QVERIFY(unprivileged.waitForFinished(nvtest::budgetMs(30000)));
        const QByteArray output = unprivileged.readAll();
        QVERIFY2(unprivileged.exitStatus() == QProcess::NormalExit && unprivileged.exitCode() == 0,
                 output.constData());
        QVERIFY2(output.contains("PASS   : TestFlowRedaction::anUnreadableFileIsAFinding()"),
                 output.constData());
    }
};

QTEST_GUILESS_MAIN(TestFlowRedaction)
#include "tst_flowredaction.moc"
