// The paste-back parser: every form a person may paste, and hostile text. Each accepted paste
// must come out as a redirect URL that the run's own parser reads back to the same values.

#include "flow/AuthorizationResponse.h"
#include "relay/PastedRedirect.h"

#include <QTest>

namespace {
const QUrl RedirectUri(QStringLiteral("https://relay.example/callback"));
const QString State = QStringLiteral("AbCdEfGhIjKlMnOpQrStUv");
} // namespace

class TestPastedRedirect : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void expectedStateIsOptional();
};

void TestPastedRedirect::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    const QString url = QStringLiteral("https://relay.example/callback?code=c0de&state=") + State;
    QTest::newRow("full URL") << url << "c0de"
                              << ""
                              << "";
    QTest::newRow("spaces and newlines around")
        << QStringLiteral("  \n\t") + url + QStringLiteral(" \r\n\n") << "c0de"
        << ""
        << "";
    QTest::newRow("wrapped URL") << QStringLiteral("https://relay.example/callback?co\nde=c0de&st"
                                                   "ate=AbCdEfGhIj\r\nKlMnOpQrStUv")
                                 << "c0de"
                                 << ""
                                 << "";
    QTest::newRow("upper-case scheme and host")
        << QStringLiteral("HTTPS://RELAY.example/callback?code=c0de&state=") + State << "c0de"
        << ""
        << "";
    QTest::newRow("default port written")
        << QStringLiteral("https://relay.example:443/callback?code=c0de&state=") + State << "c0de"
        << ""
        << "";
    QTest::newRow("extra operator parameters")
        << url + QStringLiteral("&session_state=xyz&iss=https%3A%2F%2Fop.example") << "c0de"
        << ""
        << "";
    QTest::newRow("fragment response mode")
        << QStringLiteral("https://relay.example/callback#code=c0de&state=") + State << "c0de"
        << ""
        << "";
    QTest::newRow("query string") << QStringLiteral("?code=c0de&state=") + State << "c0de"
                                  << ""
                                  << "";
    QTest::newRow("bare pairs") << QStringLiteral("code=c0de&state=") + State << "c0de"
                                << ""
                                << "";
    QTest::newRow("state first") << QStringLiteral("state=") + State + QStringLiteral("&code=c0de")
                                 << "c0de"
                                 << ""
                                 << "";
    QTest::newRow("one per line") << QStringLiteral("code=c0de\nstate=") + State << "c0de"
                                  << ""
                                  << "";
    QTest::newRow("spaced and CRLF")
        << QStringLiteral("  code = c0de \r\n  state = ") + State + QStringLiteral("  ") << "c0de"
        << ""
        << "";
    QTest::newRow("semicolons") << QStringLiteral("code=c0de; state=") + State << "c0de"
                                << ""
                                << "";
    QTest::newRow("upper-case names") << QStringLiteral("CODE=c0de&State=") + State << "c0de"
                                      << ""
                                      << "";
    QTest::newRow("percent-encoded code")
        << QStringLiteral("code=a%2Bb%2Fc%3D%3D&state=") + State << "a+b/c=="
        << ""
        << "";
    QTest::newRow("error with words")
        << QStringLiteral("https://relay.example/callback?error=access_denied&error_description="
                          "Not+on+mobile+data&state=") +
               State
        << ""
        << "access_denied"
        << "Not on mobile data";
    QTest::newRow("error with markup, kept as text")
        << QStringLiteral("error=server_error&error_description=%3Cscript%3Ex%3C%2Fscript%3E&"
                          "state=") +
               State
        << ""
        << "server_error"
        << "<script>x</script>";
}

void TestPastedRedirect::accepted()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, error);
    QFETCH(QString, description);
    const nv::PastedRedirect pasted = nv::PastedRedirect::parse(text, RedirectUri, State);
    QVERIFY2(pasted.ok(), qPrintable(pasted.problem));
    QCOMPARE(pasted.values.code, code);
    QCOMPARE(pasted.values.state, State);
    // Read back by the run's own redirect parser, exactly as a caught redirect would be.
    const nv::AuthorizationResponse response =
        nv::AuthorizationResponse::parse(pasted.redirectUrl, RedirectUri, State);
    QCOMPARE(response.kind, error.isEmpty() ? nv::AuthorizationResponse::Kind::Code
                                            : nv::AuthorizationResponse::Kind::Error);
    QCOMPARE(response.code, code);
    QCOMPARE(response.error, error);
    QCOMPARE(response.errorDescription, description);
    QVERIFY(!pasted.redirectUrl.hasFragment());
}

void TestPastedRedirect::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    const QString pairs = QStringLiteral("code=c0de&state=") + State;
    QTest::newRow("empty") << QString() << "Nothing was pasted";
    QTest::newRow("only whitespace") << QStringLiteral(" \n\t ") << "Nothing was pasted";
    QTest::newRow("too long") << pairs + QString(9000, QLatin1Char('x')) << "longer than 8192";
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(document.cookie)//?") + pairs
                                << "not a javascript: one";
    QTest::newRow("data") << QStringLiteral("data:text/html,<b>") + pairs << "not a data: one";
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << "not a file: one";
    QTest::newRow("other host") << QStringLiteral("https://evil.example/callback?") + pairs
                                << "goes to https://evil.example";
    QTest::newRow("user info trick")
        << QStringLiteral("https://relay.example@evil.example/callback?") + pairs
        << "not to the redirect URI";
    QTest::newRow("other port") << QStringLiteral("https://relay.example:8443/callback?") + pairs
                                << "not to the redirect URI";
    QTest::newRow("other path") << QStringLiteral("https://relay.example/callback2?") + pairs
                                << "not to the redirect URI";
    QTest::newRow("http instead of https")
        << QStringLiteral("http://relay.example/callback?") + pairs << "not to the redirect URI";
    QTest::newRow("invalid URL") << QStringLiteral("https://relay.example:99999/callback?") + pairs
                                 << "not a valid address";
    QTest::newRow("repeated code")
        << QStringLiteral("code=a&code=b&state=") + State << "\"code\" appears more than once";
    QTest::newRow("repeated in URL")
        << QStringLiteral("https://relay.example/callback?state=x&") + pairs
        << "\"state\" appears more than once";
    QTest::newRow("no state") << QStringLiteral("code=c0de") << "state is missing";
    QTest::newRow("no code") << QStringLiteral("state=") + State << "code is missing";
    QTest::newRow("neither") << QStringLiteral("https://relay.example/callback?foo=bar")
                             << "No code and no state";
    QTest::newRow("both") << QStringLiteral("code=a&error=access_denied&state=") + State
                          << "both a code and an error";
    QTest::newRow("bare values") << QStringLiteral("c0de ") + State << "not of the form name=value";
    QTest::newRow("NUL") << QStringLiteral("code=c0de\u0000&state=") + State
                         << "control characters";
    QTest::newRow("bell") << QStringLiteral("code=c0de\u0007&state=") + State
                          << "control characters";
    QTest::newRow("right-to-left override")
        << QStringLiteral("code=c0de\u202e&state=") + State << "control characters";
    QTest::newRow("encoded newline in code")
        << QStringLiteral("code=c0%0Ade&state=") + State << "never carries";
    QTest::newRow("non-ASCII code")
        << QStringLiteral("code=c\u00f6de&state=") + State << "never carries";
    QTest::newRow("encoded control in description")
        << QStringLiteral("error=x&error_description=a%07b&state=") + State << "control characters";
    QTest::newRow("huge value")
        << QStringLiteral("code=%1&state=%2").arg(QString(5000, QLatin1Char('a')), State)
        << "longer than 4096";
    QTest::newRow("other run's state") << QStringLiteral("code=c0de&state=ZZZZZZfGhIjKlMnOpQrStUv")
                                       << "(ZZZZZZ…) is not this run's (AbCdEf…)";
}

void TestPastedRedirect::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    const nv::PastedRedirect pasted = nv::PastedRedirect::parse(text, RedirectUri, State);
    QVERIFY(!pasted.ok());
    QVERIFY2(pasted.problem.contains(words), qPrintable(pasted.problem));
    QVERIFY(pasted.redirectUrl.isEmpty());
}

void TestPastedRedirect::expectedStateIsOptional()
{
    const nv::PastedRedirect pasted =
        nv::PastedRedirect::parse(QStringLiteral("code=c0de&state=whatever"), RedirectUri);
    QVERIFY(pasted.ok());
    // The run's own check still refuses a state that is not its own.
    QCOMPARE(nv::AuthorizationResponse::parse(pasted.redirectUrl, RedirectUri, State).kind,
             nv::AuthorizationResponse::Kind::StateMismatch);
    // A redirect URI with a query of its own keeps it.
    const QUrl withQuery(QStringLiteral("https://relay.example/callback?tenant=a"));
    const nv::PastedRedirect kept = nv::PastedRedirect::parse(
        QStringLiteral("https://relay.example/callback?tenant=a&code=c0de&state=") + State,
        withQuery, State);
    QVERIFY2(kept.ok(), qPrintable(kept.problem));
    QCOMPARE(kept.redirectUrl.query(), QStringLiteral("tenant=a&code=c0de&state=") + State);
}

QTEST_GUILESS_MAIN(TestPastedRedirect)
#include "tst_pastedredirect.moc"
