#include "OperatorSandbox.h"
#include "TestBudget.h"
#include "flow/ApiError.h"
#include "flow/AuthorizationResponse.h"
#include "flow/BrowserNetworkError.h"
#include "flow/FlowRun.h"
#include "flow/RedirectFollower.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace nv;

namespace {

ApiError errorFor(int status, const QString &code)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("status"), status},
                                  {QStringLiteral("code"), code},
                                  {QStringLiteral("message"), QStringLiteral("operator's words")}})
            .toJson();
    return ApiError::parse(status, body).value_or(ApiError{});
}

// What the fallback says for a code nobody explained: a known code must never read like it.
bool isFallback(const ApiError &error)
{
    const ApiError unknown = errorFor(error.httpStatus, QStringLiteral("NV_NO_SUCH_CODE"));
    return error.explanation() ==
               unknown.explanation().replace(QLatin1String("NV_NO_SUCH_CODE"), error.code) ||
           error.advice().isEmpty();
}

} // namespace

// Every CAMARA error code the Number Verification API can answer with (the API reference's
// error table, v1.0.0 and v2.1.0) is explained in words: what it means and what to do. Also
// through a real run against the sandbox, where the words reach the run's outcome.
class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        nvtest::TestBudget::instance();
        qRegisterMetaType<FlowOutcome>();
    }

    void everyCodeIsExplained_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        // A word the meaning must use, and one the advice must: proof that each says its own
        // thing rather than a generic line.
        QTest::addColumn<QString>("meaning");
        QTest::addColumn<QString>("action");
        auto row = [](int status, const char *code, const char *meaning, const char *action) {
            QTest::addRow("%d %s", status, code)
                << status << QString::fromLatin1(code) << QString::fromUtf8(meaning)
                << QString::fromUtf8(action);
        };
        row(400, "INVALID_ARGUMENT", "E.164", "exactly one");
        row(400, "OUT_OF_RANGE", "outside", "Check the number");
        row(401, "UNAUTHENTICATED", "expired", "fresh token");
        row(401, "AUTHENTICATION_REQUIRED", "new authentication", "authorize step");
        row(403, "PERMISSION_DENIED", "scope", "Add the scope");
        row(403, "NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK",
            "network-based authentication", "mobile data on");
        row(403, "INVALID_TOKEN_CONTEXT", "which phone number", "mobile data");
        row(429, "TOO_MANY_REQUESTS", "rate limit", "Wait");
        row(429, "QUOTA_EXCEEDED", "quota", "larger quota");
        row(500, "INTERNAL", "failed internally", "correlation id");
        row(503, "UNAVAILABLE", "unavailable", "Try again later");
        row(504, "TIMEOUT", "in time", "correlation id");
        // Not in the verify table but answered by operators and the sandbox alike.
        row(404, "NOT_FOUND", "verify URL", "Check the profile's verify URL");
        row(405, "METHOD_NOT_ALLOWED", "method", "POST");
        row(415, "UNSUPPORTED_MEDIA_TYPE", "content type", "application/json");
    }
    void everyCodeIsExplained()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, meaning);
        QFETCH(QString, action);
        const ApiError error = errorFor(status, code);
        QCOMPARE(error.code, code);
        QVERIFY2(!isFallback(error), qPrintable(error.explanation()));
        QVERIFY2(error.explanation().contains(meaning, Qt::CaseInsensitive),
                 qPrintable(error.explanation()));
        QVERIFY2(error.advice().contains(action, Qt::CaseInsensitive), qPrintable(error.advice()));
        QVERIFY(error.explanation() != error.advice());
    }

    void noTwoCodesShareTheirWords()
    {
        const QStringList codes{
            QStringLiteral("INVALID_ARGUMENT"),
            QStringLiteral("OUT_OF_RANGE"),
            QStringLiteral("UNAUTHENTICATED"),
            QStringLiteral("AUTHENTICATION_REQUIRED"),
            QStringLiteral("PERMISSION_DENIED"),
            QStringLiteral("NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK"),
            QStringLiteral("INVALID_TOKEN_CONTEXT"),
            QStringLiteral("TOO_MANY_REQUESTS"),
            QStringLiteral("QUOTA_EXCEEDED"),
            QStringLiteral("INTERNAL"),
            QStringLiteral("UNAVAILABLE"),
            QStringLiteral("TIMEOUT")};
        QSet<QString> explanations;
        for (const QString &code : codes)
            explanations.insert(errorFor(400, code).explanation());
        QCOMPARE(explanations.size(), codes.size());
    }

    // PERMISSION_DENIED names the scope the refused call needs and says whether the token had
    // it: device-phone-number needs its own scope, which a verify-only token lacks.
    void permissionDeniedNamesTheCallsScope()
    {
        ApiError device = errorFor(403, QStringLiteral("PERMISSION_DENIED"));
        device.setCall(QStringLiteral("number-verification:device-phone-number:read"),
                       QStringLiteral("openid number-verification:verify"));
        QCOMPARE(device.tokenHadNeededScope(), std::optional<bool>(false));
        QVERIFY2(device.explanation().contains(
                     QLatin1String("needs the scope number-verification:device-phone-number:read")),
                 qPrintable(device.explanation()));
        QVERIFY(device.explanation().contains(QLatin1String("does not carry it")));
        QVERIFY(device.advice().contains(
            QLatin1String("Add number-verification:device-phone-number:read")));
        QVERIFY(!device.advice().contains(QLatin1String("Add number-verification:verify")));

        ApiError verify = errorFor(403, QStringLiteral("PERMISSION_DENIED"));
        verify.setCall(QStringLiteral("number-verification:verify"),
                       QStringLiteral("openid  number-verification:verify"));
        QCOMPARE(verify.tokenHadNeededScope(), std::optional<bool>(true));
        QVERIFY2(verify.explanation().contains(QLatin1String("although the token carries")),
                 qPrintable(verify.explanation()));
        QVERIFY(verify.advice().contains(QLatin1String("enable this API")));
    }

    // access_denied by its cause, as the operator's error_description says it.
    void accessDeniedIsExplainedByItsCause()
    {
        for (const char *refusal : {"the user refused consent", "End-user denied the request",
                                    "Consent declined", "The user cancelled"})
            QCOMPARE(accessDeniedCause(QLatin1String(refusal)), AccessDeniedCause::PersonRefused);
        QCOMPARE(accessDeniedCause(QStringLiteral("the authorization request did not come over "
                                                  "the subscriber's mobile data connection")),
                 AccessDeniedCause::NotAuthenticatedByNetwork);
        QCOMPARE(accessDeniedCause(QString()), AccessDeniedCause::Unsaid);
        const QString refused =
            explainOAuthError(QStringLiteral("access_denied"), QStringLiteral("user refused"));
        QVERIFY2(refused.contains(QLatin1String("refused on the operator's page")),
                 qPrintable(refused));
        QVERIFY(!refused.contains(QLatin1String("Wi-Fi")));
        QVERIFY(explainOAuthError(QStringLiteral("access_denied"), QStringLiteral("not on mobile"))
                    .contains(QLatin1String("mobile data")));
    }

    // Chromium's codes in words, with the code kept; an unknown one is shown as it came.
    void browserNetworkErrorsAreWords()
    {
        const QString dns = explainBrowserNetworkError(QStringLiteral("net::ERR_NAME_NOT_RESOLVED"),
                                                       QStringLiteral("api.example.com"));
        QVERIFY2(
            dns.startsWith(QLatin1String("the host name api.example.com could not be found (DNS)")),
            qPrintable(dns));
        QVERIFY(dns.endsWith(QLatin1String("(net::ERR_NAME_NOT_RESOLVED)")));
        QVERIFY(explainBrowserNetworkError(QStringLiteral("net::ERR_CERT_AUTHORITY_INVALID"),
                                           QStringLiteral("op.example"))
                    .contains(QLatin1String("op.example's TLS certificate")));
        QCOMPARE(explainBrowserNetworkError(QStringLiteral("net::ERR_SOMETHING_NEW"), QString()),
                 QStringLiteral("a network error (net::ERR_SOMETHING_NEW)"));
    }

    void anUnknownCodeFallsBackToItsStatus()
    {
        const ApiError error = errorFor(418, QStringLiteral("SOMETHING_NEW"));
        QVERIFY(error.explanation().contains(QLatin1String("SOMETHING_NEW")));
        QVERIFY(error.explanation().contains(QLatin1String("418")));
        QVERIFY(errorFor(599, QStringLiteral("SOMETHING_NEW")).explanation().contains("599"));
    }

    // The OAuth errors of the authorize redirect and the token endpoint (the same reference,
    // RFC 6749 and OIDC) have words of their own too.
    void everyOAuthErrorIsExplained_data()
    {
        QTest::addColumn<QString>("error");
        for (const char *error :
             {"invalid_request", "unauthorized_client", "access_denied",
              "unsupported_response_type", "invalid_scope", "consent_required", "login_required",
              "interaction_required", "server_error", "temporarily_unavailable", "invalid_grant",
              "unsupported_grant_type", "invalid_client"})
            QTest::newRow(error) << QString::fromLatin1(error);
    }
    void everyOAuthErrorIsExplained()
    {
        QFETCH(QString, error);
        const QString unknown = explainOAuthError(QStringLiteral("nv_no_such_error"));
        QVERIFY2(explainOAuthError(error) != unknown, qPrintable(explainOAuthError(error)));
    }

    // The sandbox answers these codes for its test numbers: the run's outcome carries the
    // code, the explanation and the advice, with Retry-After where the operator sent one.
    void aRealRunCarriesTheWords_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("retry");
        QTest::newRow("not on the mobile network")
            << QStringLiteral("+9900000002") << 403
            << QStringLiteral("NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK")
            << QString();
        QTest::newRow("rate limited")
            << QStringLiteral("+9900000007") << 429 << QStringLiteral("TOO_MANY_REQUESTS")
            << QStringLiteral("retry after 5 s");
        QTest::newRow("server error")
            << QStringLiteral("+9900000008") << 500 << QStringLiteral("INTERNAL") << QString();
        QTest::newRow("unavailable")
            << QStringLiteral("+9900000009") << 503 << QStringLiteral("UNAVAILABLE")
            << QStringLiteral("retry after 5 s");
    }
    void aRealRunCarriesTheWords()
    {
        QFETCH(QString, number);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, retry);
        OperatorSandbox sandbox;
        QVERIFY(sandbox.listen());
        FlowRun run(Profile::builtInSandbox().resolvedAgainst(sandbox.baseUrl()),
                    SandboxConfig::defaultClientSecret(), new RedirectFollower);
        run.setPhoneNumber(number);
        QSignalSpy finished(&run, &FlowRun::finished);
        run.start();
        QVERIFY(finished.wait(nvtest::budgetMs(30000)));
        const FlowOutcome outcome = finished.first().first().value<FlowOutcome>();
        QCOMPARE(outcome.kind, FlowOutcome::Kind::ApiError);
        QCOMPARE(outcome.httpStatus, status);
        QCOMPARE(outcome.code, code);
        const ApiError expected = errorFor(status, code);
        QVERIFY2(outcome.explanation.contains(expected.explanation()),
                 qPrintable(outcome.explanation));
        QVERIFY2(outcome.explanation.contains(expected.advice()), qPrintable(outcome.explanation));
        if (!retry.isEmpty())
            QVERIFY2(outcome.explanation.contains(retry), qPrintable(outcome.explanation));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
