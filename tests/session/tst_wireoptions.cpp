#include "LoopbackHitCounter.h"
#include "RunSession.h"
#include "TestBudget.h"
#include "flow/FlowRun.h"
#include "sandbox/SandboxHost.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace nv;

namespace {

const QString StrictSecret = QStringLiteral("strict-Secret-9d2e");
const QString Number = QStringLiteral("+34666666666"); // the sandbox's subscriber

// What one run did: its outcome and every request the sandbox received for it.
struct WireRun
{
    FlowOutcome outcome;
    QString correlationId;
    QList<RecordedRequest> requests;

    // The first request whose path ends with the given piece ("/authorize", "/token", ...).
    const RecordedRequest *find(const QString &pathEnd) const
    {
        for (const RecordedRequest &r : requests) {
            if (r.path.endsWith(pathEnd))
                return &r;
        }
        return nullptr;
    }
    QString paths() const
    {
        QStringList all;
        for (const RecordedRequest &r : requests)
            all << r.method + QLatin1Char(' ') + r.path + QLatin1Char(' ') +
                       QString::number(r.status);
        return all.join(QLatin1String(", "));
    }
};

SandboxClient strictClient(const QString &id)
{
    SandboxClient client;
    client.id = id;
    client.secret = StrictSecret;
    client.redirectUris = {SandboxConfig::defaultRedirectUri()};
    return client;
}

QByteArray sha256Hex(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString describe(const FlowOutcome &outcome)
{
    return QStringLiteral("%1 (HTTP %2 %3): %4")
        .arg(outcome.kindName())
        .arg(outcome.httpStatus)
        .arg(outcome.code, outcome.message);
}

QJsonObject jsonBody(const RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

// Profile options as they appear on the wire: full runs through RunSession against the
// built-in sandbox, checked on the requests the sandbox recorded (and, where the sandbox can
// hold a client to one form, by a strict client that refuses the other). The default sandbox
// client accepts either form of every option, so a run that is merely "verified" proves none.
class TestWireOptions : public QObject
{
    Q_OBJECT

    static SessionOptions options(const QList<SandboxClient> &extraClients = {})
    {
        SessionOptions o;
        o.recordLog = false;
        o.checkIdToken = false;
        o.sandbox.clients += extraClients;
        return o;
    }

    static RunRequest request(const Profile &profile, const QString &secret = {})
    {
        RunRequest r;
        r.profile = profile;
        r.phoneNumber = Number;
        r.driver = DriverKind::PlainHttp;
        r.clientSecret = secret;
        return r;
    }

    // A whole run in a session of its own (so the sandbox's journal holds this run only).
    static WireRun run(const RunRequest &request, const QList<SandboxClient> &extraClients = {})
    {
        WireRun result;
        RunSession session(options(extraClients));
        QSignalSpy ready(&session, &RunSession::sandboxReady);
        session.startSandbox();
        if (!ready.wait(nvtest::budgetMs(20000)))
            return result;
        QSignalSpy created(&session, &RunSession::runCreated);
        session.start(request, RunSession::Mode::WholeFlow);
        if (created.isEmpty())
            return result;
        QSignalSpy finished(session.currentRun(), &FlowRun::finished);
        if (!finished.wait(nvtest::budgetMs(30000)))
            return result;
        result.outcome = finished.first().first().value<FlowOutcome>();
        result.correlationId = session.currentRun()->correlationId();
        result.requests = session.sandbox()->recentRequests();
        return result;
    }

    static Profile sandboxProfile(const QString &clientId = SandboxConfig::defaultClientId())
    {
        Profile p = Profile::builtInSandbox();
        p.clientId = clientId;
        return p;
    }

private slots:
    void initTestCase()
    {
        nvtest::TestBudget::instance();
        qRegisterMetaType<FlowOutcome>();
        qRegisterMetaType<RunProblem>();
    }

    void basicSendsAuthorizationAndNoSecretInTheBody()
    {
        Profile profile = sandboxProfile();
        profile.tokenAuthMethod = TokenAuthMethod::ClientSecretBasic;
        const WireRun r = run(request(profile));
        QVERIFY2(r.outcome.kind == FlowOutcome::Kind::Verified, qPrintable(describe(r.outcome)));
        const RecordedRequest *token = r.find(QStringLiteral("/token"));
        QVERIFY2(token, qPrintable(r.paths()));
        const QByteArray authorization = token->header("Authorization");
        QVERIFY2(authorization.startsWith("Basic "), authorization.constData());
        QCOMPARE(QByteArray::fromBase64(authorization.mid(6)),
                 (SandboxConfig::defaultClientId() + QLatin1Char(':') +
                  SandboxConfig::defaultClientSecret())
                     .toUtf8());
        QVERIFY2(token->formValue(QStringLiteral("client_secret")).isEmpty(), token->body);
        QVERIFY2(!token->body.contains(SandboxConfig::defaultClientSecret().toUtf8()), token->body);
    }

    void postSendsTheSecretInTheBodyAndNoAuthorization()
    {
        Profile profile = sandboxProfile();
        profile.tokenAuthMethod = TokenAuthMethod::ClientSecretPost;
        const WireRun r = run(request(profile));
        QVERIFY2(r.outcome.kind == FlowOutcome::Kind::Verified, qPrintable(describe(r.outcome)));
        const RecordedRequest *token = r.find(QStringLiteral("/token"));
        QVERIFY2(token, qPrintable(r.paths()));
        QVERIFY2(token->header("Authorization").isEmpty(), token->header("Authorization"));
        QCOMPARE(token->formValue(QStringLiteral("client_secret")),
                 SandboxConfig::defaultClientSecret());
        QCOMPARE(token->formValue(QStringLiteral("client_id")), SandboxConfig::defaultClientId());
    }

    // A client registered for one method refuses the other: the same rule, enforced by the
    // operator instead of read off the wire.
    void strictClientAcceptsOnlyItsMethod_data()
    {
        QTest::addColumn<int>("registered");
        QTest::addColumn<int>("sent");
        QTest::addColumn<bool>("accepted");
        using A = SandboxClient::AuthMethod;
        using T = TokenAuthMethod;
        QTest::newRow("basic client, basic")
            << int(A::ClientSecretBasic) << int(T::ClientSecretBasic) << true;
        QTest::newRow("basic client, post")
            << int(A::ClientSecretBasic) << int(T::ClientSecretPost) << false;
        QTest::newRow("post client, post")
            << int(A::ClientSecretPost) << int(T::ClientSecretPost) << true;
        QTest::newRow("post client, basic")
            << int(A::ClientSecretPost) << int(T::ClientSecretBasic) << false;
    }
    void strictClientAcceptsOnlyItsMethod()
    {
        QFETCH(int, registered);
        QFETCH(int, sent);
        QFETCH(bool, accepted);
        SandboxClient client = strictClient(QStringLiteral("strict-auth"));
        client.authMethod = SandboxClient::AuthMethod(registered);
        Profile profile = sandboxProfile(client.id);
        profile.tokenAuthMethod = TokenAuthMethod(sent);
        const WireRun r = run(request(profile, StrictSecret), {client});
        if (accepted) {
            QVERIFY2(r.outcome.kind == FlowOutcome::Kind::Verified,
                     qPrintable(describe(r.outcome)));
        } else {
            QVERIFY2(r.outcome.kind == FlowOutcome::Kind::TokenFailed,
                     qPrintable(describe(r.outcome)));
            QCOMPARE(r.outcome.httpStatus, 401);
            QCOMPARE(r.outcome.code, QStringLiteral("invalid_client"));
        }
    }

    void pkceOnSendsChallengeAndVerifier()
    {
        Profile profile = sandboxProfile();
        profile.usePkce = true;
        const WireRun r = run(request(profile));
        QVERIFY2(r.outcome.kind == FlowOutcome::Kind::Verified, qPrintable(describe(r.outcome)));
        const RecordedRequest *authorize = r.find(QStringLiteral("/authorize"));
        const RecordedRequest *token = r.find(QStringLiteral("/token"));
        QVERIFY2(authorize && token, qPrintable(r.paths()));
        const QUrlQuery query(authorize->query);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        const QString challenge = query.queryItemValue(QStringLiteral("code_challenge"));
        const QString verifier = token->formValue(QStringLiteral("code_verifier"));
        QVERIFY2(!verifier.isEmpty(), token->body);
        // The challenge is the verifier's S256 (RFC 7636 §4.2), so the two belong together.
        QCOMPARE(challenge, QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(),
                                                                         QCryptographicHash::Sha256)
                                                    .toBase64(QByteArray::Base64UrlEncoding |
                                                              QByteArray::OmitTrailingEquals)));
    }

    void pkceOffSendsNeither()
    {
        Profile profile = sandboxProfile();
        profile.usePkce = false;
        const WireRun r = run(request(profile));
        QVERIFY2(r.outcome.kind == FlowOutcome::Kind::Verified, qPrintable(describe(r.outcome)));
        const RecordedRequest *authorize = r.find(QStringLiteral("/authorize"));
        const RecordedRequest *token = r.find(QStringLiteral("/token"));
        QVERIFY2(authorize && token, qPrintable(r.paths()));
        QVERIFY2(!authorize->query.contains(QLatin1String("code_challenge")),
                 qPrintable(authorize->query));
        QVERIFY2(!token->body.contains("code_verifier"), token->body);
    }

    void strictPkceClientRefusesARunWithoutIt()
    {
        SandboxClient client = strictClient(QStringLiteral("strict-pkce"));
        client.requirePkce = true;
        Profile profile = sandboxProfile(client.id);
        profile.usePkce = false;
        const WireRun refused = run(request(profile, StrictSecret), {client});
        QVERIFY2(refused.outcome.kind == FlowOutcome::Kind::AuthorizeFailed,
                 qPrintable(describe(refused.outcome)));
        QCOMPARE(refused.outcome.code, QStringLiteral("invalid_request"));
        profile.usePkce = true;
        const WireRun accepted = run(request(profile, StrictSecret), {client});
        QVERIFY2(accepted.outcome.kind == FlowOutcome::Kind::Verified,
                 qPrintable(describe(accepted.outcome)));
    }

    void hashingSendsOnlyTheLowerCaseSha256()
    {
        RunRequest hashed = request(sandboxProfile());
        hashed.hashed = true;
        const WireRun r = run(hashed);
        QVERIFY2(r.outcome.kind == FlowOutcome::Kind::Verified, qPrintable(describe(r.outcome)));
        const RecordedRequest *verify = r.find(QStringLiteral("/verify"));
        QVERIFY2(verify, qPrintable(r.paths()));
        const QJsonObject body = jsonBody(*verify);
        QCOMPARE(body.keys(), QStringList{QStringLiteral("hashedPhoneNumber")});
        // Lower-case hex SHA-256 of the E.164 string, '+' included.
        QCOMPARE(body.value(QStringLiteral("hashedPhoneNumber")).toString().toLatin1(),
                 sha256Hex(Number));
        QVERIFY(sha256Hex(Number) != sha256Hex(Number.mid(1))); // the '+' matters
        QVERIFY2(!verify->body.contains(Number.mid(1).toUtf8()), verify->body);
    }

    void plainSendsOnlyThePhoneNumber()
    {
        const WireRun r = run(request(sandboxProfile()));
        QVERIFY2(r.outcome.kind == FlowOutcome::Kind::Verified, qPrintable(describe(r.outcome)));
        const RecordedRequest *verify = r.find(QStringLiteral("/verify"));
        QVERIFY2(verify, qPrintable(r.paths()));
        const QJsonObject body = jsonBody(*verify);
        QCOMPARE(body.keys(), QStringList{QStringLiteral("phoneNumber")});
        QCOMPARE(body.value(QStringLiteral("phoneNumber")).toString(), Number);
    }

    void strictHashedClientRefusesAPlainNumber()
    {
        SandboxClient client = strictClient(QStringLiteral("strict-hash"));
        client.numberForm = SandboxClient::NumberForm::Hashed;
        RunRequest plain = request(sandboxProfile(client.id), StrictSecret);
        const WireRun refused = run(plain, {client});
        QVERIFY2(refused.outcome.kind == FlowOutcome::Kind::ApiError,
                 qPrintable(describe(refused.outcome)));
        QCOMPARE(refused.outcome.httpStatus, 400);
        RunRequest hashed = plain;
        hashed.hashed = true;
        const WireRun accepted = run(hashed, {client});
        QVERIFY2(accepted.outcome.kind == FlowOutcome::Kind::Verified,
                 qPrintable(describe(accepted.outcome)));
    }

    void correlationHeaderOnTokenAndVerify_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("other");
        QTest::addColumn<QString>("id");
        QTest::newRow("x-correlator, given")
            << QStringLiteral("x-correlator") << QStringLiteral("x-correlation-id")
            << QStringLiteral("wire-test-42");
        QTest::newRow("x-correlation-id, drawn")
            << QStringLiteral("x-correlation-id") << QStringLiteral("x-correlator") << QString();
    }
    void correlationHeaderOnTokenAndVerify()
    {
        QFETCH(QString, header);
        QFETCH(QString, other);
        QFETCH(QString, id);
        RunRequest req = request(sandboxProfile());
        req.profile.correlationHeader = header;
        req.correlationId = id;
        const WireRun r = run(req);
        QVERIFY2(r.outcome.kind == FlowOutcome::Kind::Verified, qPrintable(describe(r.outcome)));
        if (!id.isEmpty())
            QCOMPARE(r.correlationId, id);
        QCOMPARE(r.correlationId.isEmpty(), false);
        for (const QString &step : {QStringLiteral("/token"), QStringLiteral("/verify")}) {
            const RecordedRequest *sent = r.find(step);
            QVERIFY2(sent, qPrintable(r.paths()));
            QCOMPARE(QString::fromUtf8(sent->header(header.toLatin1())), r.correlationId);
            QVERIFY2(sent->header(other.toLatin1()).isEmpty(), qPrintable(step));
        }
    }

    // The redirect URI points at a real listener on loopback: the follower catches the code
    // from the Location header, and the listener never hears from it.
    void followerNeverLoadsTheRedirectUri()
    {
        nvtest::LoopbackHitCounter callback;
        QVERIFY(callback.listen());
        SandboxClient client = strictClient(QStringLiteral("loopback-redirect"));
        client.redirectUris = {callback.callbackUrl()};
        Profile profile = sandboxProfile(client.id);
        profile.redirectUri = callback.callbackUrl();
        const WireRun r = run(request(profile, StrictSecret), {client});
        QVERIFY2(r.outcome.kind == FlowOutcome::Kind::Verified, qPrintable(describe(r.outcome)));
        QVERIFY2(r.find(QStringLiteral("/token")), qPrintable(r.paths()));
        // The events that would have carried a hit were processed along the run; give the
        // listener's queued ones a turn before counting.
        QCoreApplication::processEvents();
        QCOMPARE(callback.connections(), 0);
        QCOMPARE(callback.requests(), 0);

        // The listener does see a client that loads the URL: the 0 above is not deafness.
        QNetworkAccessManager network;
        QNetworkRequest load(callback.callbackUrl());
        load.setTransferTimeout(nvtest::budgetMs(5000));
        QNetworkReply *reply = network.get(load);
        QTRY_VERIFY_WITH_TIMEOUT(callback.requests() == 1, nvtest::budgetMs(10000));
        QVERIFY2(callback.seen().startsWith("GET /callback"), callback.seen().constData());
        reply->abort();
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TestWireOptions)
#include "tst_wireoptions.moc"
