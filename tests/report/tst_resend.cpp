#include "CliProcess.h"
#include "RecordedRuns.h"
#include "log/Redactor.h"
#include "log/RequestLogStore.h"
#include "report/ExchangeComparison.h"
#include "report/ManualResend.h"
#include "report/RedactionKey.h"
#include "report/TextDiff.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace nv;

// Edit and resend with real components: a run through RunSession against the built-in sandbox,
// its verify request sent again with another number, and the answer in the same log.
class TestResend : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log;
    std::unique_ptr<RunSession> m_session;
    nvtest::RecordedRun m_run;

    QList<HttpExchange> logged(const QString &correlationId, const QString &step = {}) const
    {
        RequestLogStore store;
        if (!store.open(m_log, RequestLogStore::Access::ReadOnly))
            return {};
        LogQuery q;
        q.correlationId = correlationId;
        q.step = step;
        q.newestFirst = false;
        q.limit = 0;
        return store.page(q);
    }

    // A loopback port where nothing listens (taken, then freed).
    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        const quint16 port = server.serverPort();
        server.close();
        return port;
    }

    struct Answer
    {
        HttpExchange redacted;
        qint64 id = 0;
        QString explanation;
    };
    static std::optional<Answer> sendAndWait(ManualResend &resend, const HttpRequest &request,
                                             const HttpExchange &original,
                                             const QStringList &secrets)
    {
        QSignalSpy finished(&resend, &ManualResend::finished);
        if (!resend.send(request, original, secrets) || !finished.wait(20000))
            return std::nullopt;
        return Answer{finished.first().at(0).value<HttpExchange>(),
                      finished.first().at(1).toLongLong(), finished.first().at(2).toString()};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FlowOutcome>();
        qRegisterMetaType<IdTokenCheck>();
        qRegisterMetaType<HttpExchange>();
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(QStringLiteral("log.sqlite"));
        m_session = std::make_unique<RunSession>(nvtest::loggingSession(m_log));
        const auto run = nvtest::recordRun(*m_session, QStringLiteral("+34666666666"),
                                           QStringLiteral("resend-run-5b1e"));
        QVERIFY(run);
        QCOMPARE(run->outcome.kind, FlowOutcome::Kind::Verified);
        m_run = *run;
    }

    void theKeyRevealsWhatThisSessionSentAndNothingElse()
    {
        const QList<HttpExchange> token = logged(m_run.correlationId, Step::Token);
        QCOMPARE(token.size(), 1);
        const auto raw = m_session->log()->revealed(token.first().id);
        QVERIFY(raw);
        const RedactionKey key = RedactionKey::learn(token.first(), *raw);
        QVERIFY(!key.isEmpty());
        const QString body = QString::fromUtf8(token.first().requestBody);
        QVERIFY(body.contains(QLatin1String("[redacted:")));
        // Revealed, the logged body is the body that was sent, byte for byte.
        QCOMPARE(key.reveal(body), QString::fromUtf8(raw->requestBody));
        QVERIFY(key.unknownMarkers(body).isEmpty());
        QCOMPARE(key.mask(QString::fromUtf8(raw->requestBody)), body);
        // A marker of another exchange stays unknown.
        const QString foreign = Redactor::marker("some other secret");
        QCOMPARE(key.unknownMarkers(foreign), QStringList{foreign});
        // Text that does not line up with the raw copy teaches nothing.
        HttpExchange shifted = token.first();
        shifted.requestBody.prepend("x");
        shifted.url = QUrl(QStringLiteral("https://elsewhere.example/"));
        shifted.requestHeaders.clear();
        QVERIFY(RedactionKey::learn(shifted, *raw).isEmpty());
    }

    void theVerifyRequestResentWithAnotherNumberIsNotVerified()
    {
        const QList<HttpExchange> verify = logged(m_run.correlationId, Step::Verify);
        QCOMPARE(verify.size(), 1);
        const HttpExchange &original = verify.first();
        const auto raw = m_session->log()->revealed(original.id);
        QVERIFY(raw);
        const RedactionKey key = RedactionKey::learn(original, *raw);
        HttpRequest request = ManualResend::requestOf(original);
        // The bearer token was redacted in the log; the key puts the real one back.
        for (auto &header : request.headers)
            header.second = key.reveal(QString::fromUtf8(header.second)).toUtf8();
        QByteArray authorization;
        for (const auto &[name, value] : request.headers) {
            if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
                authorization = value;
        }
        QCOMPARE(QString::fromUtf8(authorization), QStringLiteral("Bearer ") + m_run.accessToken);
        request.body = R"({"phoneNumber": "+34600000001"})";

        ManualResend resend(m_session->log());
        const auto answer = sendAndWait(resend, request, original, key.values());
        QVERIFY(answer);
        QCOMPARE(answer->redacted.status, 200);
        QVERIFY(answer->explanation.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(answer->redacted.responseBody)
                     .object()
                     .value(QLatin1String("devicePhoneNumberVerified")),
                 QJsonValue(false));
        QVERIFY(answer->id > 0);

        // Recorded under the run's correlation id, step manual, redacted like the rest.
        QVERIFY(m_session->log()->waitForIdle(10000));
        const QList<HttpExchange> manual = logged(m_run.correlationId, ManualResend::Step);
        QCOMPARE(manual.size(), 1);
        QCOMPARE(manual.first().id, answer->id);
        QCOMPARE(manual.first().correlationId, m_run.correlationId);
        QCOMPARE(manual.first().runId, original.runId);
        QVERIFY(!manual.first().requestHeaders.isEmpty());
        for (const auto &[name, value] : manual.first().requestHeaders)
            QVERIFY2(!value.contains(m_run.accessToken.toUtf8()), name.constData());
        QVERIFY(manual.first().requestBody.contains("+34600000001"));

        // Beside the original: the status is the same, the verdict in the body changed.
        const ExchangeComparison c = ExchangeComparison::compare(original, manual.first());
        QVERIFY(!c.statusChanged());
        QVERIFY(c.bodyChanged());
        bool sawFalse = false;
        for (const TextDiff::Line &line : c.body)
            sawFalse |= line.kind == TextDiff::Line::Kind::Added &&
                        line.text.contains(QLatin1String("\"devicePhoneNumberVerified\": false"));
        QVERIFY(sawFalse);
    }

    void aResendToAnUnreachableHostIsExplained()
    {
        const HttpExchange original = logged(m_run.correlationId, Step::Verify).first();
        HttpRequest request = ManualResend::requestOf(original);
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/camara/api/number-verification/v1/"
                                          "verify")
                               .arg(closedPort()));
        ManualResend resend(m_session->log());
        const auto answer = sendAndWait(resend, request, original, {});
        QVERIFY(answer);
        QCOMPARE(answer->redacted.status, 0);
        QVERIFY(!answer->redacted.error.isEmpty());
        QVERIFY2(answer->explanation.startsWith(QLatin1String("Nothing accepts connections at "
                                                              "127.0.0.1:")),
                 qPrintable(answer->explanation));
        QVERIFY(answer->id > 0); // a failed resend is evidence too
    }

    void theLineDiffKeepsWhatBothHave()
    {
        const QList<TextDiff::Line> diff = TextDiff::lines(
            {QStringLiteral("{"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("}")},
            {QStringLiteral("{"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("}")});
        QStringList shown;
        for (const TextDiff::Line &line : diff)
            shown << (line.kind == TextDiff::Line::Kind::Same      ? QStringLiteral(" ")
                      : line.kind == TextDiff::Line::Kind::Removed ? QStringLiteral("-")
                                                                   : QStringLiteral("+")) +
                         line.text;
        QCOMPARE(shown,
                 (QStringList{QStringLiteral(" {"), QStringLiteral("-a"), QStringLiteral(" b"),
                              QStringLiteral("+c"), QStringLiteral(" }")}));
        QVERIFY(
            !TextDiff::hasChanges(TextDiff::lines({QStringLiteral("x")}, {QStringLiteral("x")})));
    }

    void nvCliSendsAgainWithTheValuesThePersonSupplies()
    {
        const HttpExchange original = logged(m_run.correlationId, Step::Verify).first();
        const QString cli = QStringLiteral(NV_CLI_BINARY);
        const QStringList base{QStringLiteral("send"),
                               QStringLiteral("--from-log"),
                               QString::number(original.id),
                               QStringLiteral("--log-db"),
                               m_log,
                               QStringLiteral("--body-json"),
                               QStringLiteral(R"({"phoneNumber":"+34600000001"})")};
        // From the log alone the bearer token is a placeholder: refused, said plainly.
        nvtest::CliResult r = nvtest::runCli(cli, base);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("the Authorization header holds a [redacted:"), r.err.constData());
        QVERIFY(r.err.contains("--token-env VAR"));
        // On purpose, the placeholder goes as it is, and the operator refuses it.
        r = nvtest::runCli(cli, base + QStringList{QStringLiteral("--send-redacted")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.contains("401"));
        // With the token from the environment: answered, not verified, recorded.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NV_TEST_TOKEN"), m_run.accessToken);
        r = nvtest::runCli(cli,
                           base + QStringList{QStringLiteral("--token-env"),
                                              QStringLiteral("NV_TEST_TOKEN"),
                                              QStringLiteral("--json")},
                           env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QLatin1String("status")).toInt(), 200);
        QCOMPARE(json.value(QLatin1String("step")).toString(), ManualResend::Step);
        QVERIFY(json.value(QLatin1String("comparison"))
                    .toObject()
                    .value(QLatin1String("bodyChanged"))
                    .toBool());
        QVERIFY(!r.out.contains(m_run.accessToken.toUtf8()));
        const qint64 recorded = json.value(QLatin1String("recordedId")).toString().toLongLong();
        bool found = false;
        for (const HttpExchange &e : logged(m_run.correlationId, ManualResend::Step)) {
            found |= e.id == recorded;
            for (const auto &header : e.requestHeaders)
                QVERIFY(!header.second.contains(m_run.accessToken.toUtf8()));
        }
        QVERIFY(found);
        // Nowhere to send it: exit 5, with the reason.
        r = nvtest::runCli(
            cli,
            base + QStringList{QStringLiteral("--send-redacted"), QStringLiteral("--url"),
                               QStringLiteral("http://127.0.0.1:%1/verify").arg(closedPort())});
        QCOMPARE(r.exitCode, 5);
        QVERIFY(r.out.contains("Nothing accepts connections"));
    }

    void cleanupTestCase() { m_session.reset(); }
};

QTEST_MAIN(TestResend)
#include "tst_resend.moc"
