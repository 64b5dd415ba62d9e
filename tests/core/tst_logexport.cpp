#include "log/CurlCommand.h"
#include "log/HarExporter.h"
#include "log/HarImporter.h"
#include "log/JsonLinesExporter.h"
#include "log/JsonLinesImporter.h"
#include "log/JwtDecoder.h"
#include "log/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nv;

namespace {

// Distinctive values: a search of the output cannot match by accident.
const QByteArray ClientSecret = "cs-Qz8vKp2LmN4rT6wY";
const QByteArray AuthCode = "ac-Jd93kLmPq02XvB7s";
const QByteArray AccessToken = "at-Hx71NbVc5ZaQ8eRt";
const QByteArray RefreshToken = "rt-Yu64TgBn3MkLp9Ws";
const QByteArray Verifier = "cv-Pl0oKi9JuH8yGt7FrD6eSw5AqZx4";
const QByteArray CookieValue = "ck-Ws2EdC4rFv6TgB8y";
const QByteArray Assertion = "as-Mn5Bv6Cx7Za8Sd9F";
const QByteArray Password = "pw-Lk4Jh3Gf2Ds1Aq0W";

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray idToken()
{
    return base64Url("{\"alg\":\"RS256\",\"kid\":\"sandbox-1\",\"typ\":\"JWT\"}") + '.' +
           base64Url("{\"iss\":\"https://"
                     "op.example\",\"sub\":\"user-1\",\"aud\":\"nv\",\"exp\":1767225600,\"iat\":"
                     "1767222000,\"nonce\":\"n-1\"}") +
           ".c2lnbmF0dXJl";
}

HttpExchange tokenExchange()
{
    HttpExchange e;
    e.id = 1767225600000123;
    e.runId = QStringLiteral("run-1");
    e.correlationId = QStringLiteral("corr-1");
    e.step = Step::Token;
    e.profileName = QStringLiteral("Staging");
    e.startedAt = QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC);
    e.finishedAt = e.startedAt.addMSecs(87);
    e.method = "POST";
    e.url = QUrl(QStringLiteral("https://op.example/token?code=") + QString::fromLatin1(AuthCode) +
                 QStringLiteral("&x=1"));
    e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                        {"Authorization", "Basic " + ClientSecret.toBase64()},
                        {"Cookie", "session=" + CookieValue + "; theme=dark"},
                        {"x-correlator", "corr-1"}};
    e.requestBody = "grant_type=authorization_code&code=" + AuthCode +
                    "&client_secret=" + ClientSecret + "&code_verifier=" + Verifier +
                    "&client_assertion=" + Assertion + "&password=" + Password;
    e.status = 200;
    e.responseHeaders = {{"Content-Type", "application/json"},
                         {"Set-Cookie", "sid=" + CookieValue + "; Path=/; HttpOnly"}};
    e.responseBody = "{\"access_token\":\"" + AccessToken + "\",\"refresh_token\":\"" +
                     RefreshToken + "\",\"id_token\":\"" + idToken() +
                     "\",\"token_type\":\"Bearer\"}";
    return e;
}

QList<QByteArray> secrets()
{
    return {ClientSecret, ClientSecret.toBase64(),
            AuthCode,     AccessToken,
            RefreshToken, Verifier,
            CookieValue,  Assertion,
            Password,     idToken()};
}

// A POSIX shell's word splitting for what CurlCommand emits: unquoted words separated by
// blanks, single-quoted parts taken literally, a backslash outside quotes escaping the next
// character; adjacent parts form one word ('a'\''b' is a'b).
QStringList shellWords(const QString &line, bool *ok)
{
    QStringList words;
    QString word;
    bool inWord = false;
    *ok = true;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\'')) {
            const qsizetype end = line.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0) {
                *ok = false;
                return {};
            }
            word += line.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else if (c == QLatin1Char(' ')) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            // Anything the shell would interpret outside quotes is a quoting failure.
            if (QStringLiteral("$`\"\n;&|<>()*?[]#~").contains(c)) {
                *ok = false;
                return {};
            }
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

struct ParsedCurl
{
    QString method;
    QString url;
    QStringList headers;
    QString body;
};

ParsedCurl parseCurl(const QStringList &words)
{
    ParsedCurl p;
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (words.at(i) == QLatin1String("-X"))
            p.method = words.value(++i);
        else if (words.at(i) == QLatin1String("-H"))
            p.headers << words.value(++i);
        else if (words.at(i) == QLatin1String("--data-raw"))
            p.body = words.value(++i);
        else
            p.url = words.at(i);
    }
    return p;
}

// HAR 1.2 required members and their JSON types (http://www.softwareishard.com/blog/har-12-spec/).
void requireMembers(const QJsonObject &object,
                    const QList<QPair<const char *, QJsonValue::Type>> &members,
                    const QString &where)
{
    for (const auto &[name, type] : members) {
        const QString key = QLatin1String(name);
        QVERIFY2(object.contains(key), qPrintable(where + QLatin1Char('.') + key + " missing"));
        QVERIFY2(object.value(key).type() == type,
                 qPrintable(where + QLatin1Char('.') + key + " has the wrong type"));
    }
}

void requireNameValues(const QJsonArray &array, const QString &where)
{
    for (const QJsonValue &value : array) {
        QVERIFY2(value.isObject(), qPrintable(where));
        requireMembers(value.toObject(),
                       {{"name", QJsonValue::String}, {"value", QJsonValue::String}}, where);
    }
}

void validateRequest(const QJsonObject &request)
{
    requireMembers(request,
                   {{"method", QJsonValue::String},
                    {"url", QJsonValue::String},
                    {"httpVersion", QJsonValue::String},
                    {"cookies", QJsonValue::Array},
                    {"headers", QJsonValue::Array},
                    {"queryString", QJsonValue::Array},
                    {"headersSize", QJsonValue::Double},
                    {"bodySize", QJsonValue::Double}},
                   QStringLiteral("request"));
    requireNameValues(request.value(QStringLiteral("headers")).toArray(),
                      QStringLiteral("request.headers"));
    requireNameValues(request.value(QStringLiteral("cookies")).toArray(),
                      QStringLiteral("request.cookies"));
    requireNameValues(request.value(QStringLiteral("queryString")).toArray(),
                      QStringLiteral("request.queryString"));
    if (request.contains(QStringLiteral("postData")))
        requireMembers(request.value(QStringLiteral("postData")).toObject(),
                       {{"mimeType", QJsonValue::String}, {"text", QJsonValue::String}},
                       QStringLiteral("postData"));
}

void validateResponse(const QJsonObject &response)
{
    requireMembers(response,
                   {{"status", QJsonValue::Double},
                    {"statusText", QJsonValue::String},
                    {"httpVersion", QJsonValue::String},
                    {"cookies", QJsonValue::Array},
                    {"headers", QJsonValue::Array},
                    {"content", QJsonValue::Object},
                    {"redirectURL", QJsonValue::String},
                    {"headersSize", QJsonValue::Double},
                    {"bodySize", QJsonValue::Double}},
                   QStringLiteral("response"));
    requireNameValues(response.value(QStringLiteral("headers")).toArray(),
                      QStringLiteral("response.headers"));
    requireNameValues(response.value(QStringLiteral("cookies")).toArray(),
                      QStringLiteral("response.cookies"));
    requireMembers(response.value(QStringLiteral("content")).toObject(),
                   {{"size", QJsonValue::Double}, {"mimeType", QJsonValue::String}},
                   QStringLiteral("content"));
}

void validateEntry(const QJsonObject &entry)
{
    requireMembers(entry,
                   {{"startedDateTime", QJsonValue::String},
                    {"time", QJsonValue::Double},
                    {"request", QJsonValue::Object},
                    {"response", QJsonValue::Object},
                    {"cache", QJsonValue::Object},
                    {"timings", QJsonValue::Object},
                    {"_correlationId", QJsonValue::String},
                    {"_step", QJsonValue::String},
                    {"_runId", QJsonValue::String},
                    {"_profile", QJsonValue::String},
                    {"_error", QJsonValue::String}},
                   QStringLiteral("entry"));
    // ISO 8601 with a zone, as the specification asks.
    const QString started = entry.value(QStringLiteral("startedDateTime")).toString();
    QVERIFY2(QDateTime::fromString(started, Qt::ISODateWithMs).isValid(), qPrintable(started));
    QVERIFY(started.endsWith(QLatin1Char('Z')));
    validateRequest(entry.value(QStringLiteral("request")).toObject());
    validateResponse(entry.value(QStringLiteral("response")).toObject());
    requireMembers(entry.value(QStringLiteral("timings")).toObject(),
                   {{"send", QJsonValue::Double},
                    {"wait", QJsonValue::Double},
                    {"receive", QJsonValue::Double}},
                   QStringLiteral("timings"));
}

void validateHar(const QByteArray &har)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(har, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    requireMembers(document.object(), {{"log", QJsonValue::Object}}, QStringLiteral("root"));
    const QJsonObject log = document.object().value(QStringLiteral("log")).toObject();
    requireMembers(log,
                   {{"version", QJsonValue::String},
                    {"creator", QJsonValue::Object},
                    {"entries", QJsonValue::Array}},
                   QStringLiteral("log"));
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
    requireMembers(log.value(QStringLiteral("creator")).toObject(),
                   {{"name", QJsonValue::String}, {"version", QJsonValue::String}},
                   QStringLiteral("creator"));
    for (const QJsonValue &value : log.value(QStringLiteral("entries")).toArray()) {
        QVERIFY(value.isObject());
        validateEntry(value.toObject());
    }
}

} // namespace

class TestLogExport : public QObject
{
    Q_OBJECT
private slots:
    void harStructure()
    {
        HttpExchange failed;
        failed.id = 7;
        failed.correlationId = QStringLiteral("corr-2");
        failed.step = Step::Verify;
        failed.method = "POST";
        failed.url = QUrl(QStringLiteral("https://api.example/verify"));
        failed.error = QStringLiteral("TLS handshake failed");
        failed.startedAt = QDateTime::currentDateTimeUtc();
        HttpExchange binary = tokenExchange();
        binary.responseHeaders = {{"Content-Type", "application/octet-stream"}};
        binary.responseBody = QByteArray("\xff\xfe\x00\x01", 4);
        const QByteArray har =
            HarExporter::document({tokenExchange(), failed, binary, HttpExchange{}});
        validateHar(har);
        const QJsonArray entries = QJsonDocument::fromJson(har)
                                       .object()[QStringLiteral("log")][QStringLiteral("entries")]
                                       .toArray();
        QCOMPARE(entries.size(), 4);
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first[QStringLiteral("_correlationId")].toString(), QStringLiteral("corr-1"));
        QCOMPARE(first[QStringLiteral("_step")].toString(), QStringLiteral("token"));
        QCOMPARE(first[QStringLiteral("time")].toInt(), 87);
        QCOMPARE(first[QStringLiteral("startedDateTime")].toString(),
                 QStringLiteral("2026-01-01T00:00:00.123Z"));
        QCOMPARE(entries.at(1).toObject()[QStringLiteral("_error")].toString(),
                 QStringLiteral("TLS handshake failed"));
        QCOMPARE(
            entries.at(1).toObject()[QStringLiteral("response")][QStringLiteral("status")].toInt(),
            0);
        const QJsonObject content =
            entries.at(2)
                .toObject()[QStringLiteral("response")][QStringLiteral("content")]
                .toObject();
        QCOMPARE(content[QStringLiteral("encoding")].toString(), QStringLiteral("base64"));
    }

    void harRedactsEverySecretKind()
    {
        const QByteArray har = HarExporter::document({tokenExchange()});
        for (const QByteArray &secret : secrets())
            QVERIFY2(!har.contains(secret), secret.constData());
        // The URL-decoded query string too (queryString is decoded).
        QVERIFY(har.contains(Redactor::marker(AuthCode).toLatin1()));
        QVERIFY(har.contains(Redactor::marker(AccessToken).toLatin1()));
        QVERIFY(har.contains("theme")); // a cookie's name stays readable
    }

    void harImportRoundTrip()
    {
        const HttpExchange original = Redactor::redacted(tokenExchange());
        QString error;
        const QList<HttpExchange> back =
            HarImporter::read(HarExporter::document({original}), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), 1);
        const HttpExchange &e = back.first();
        QCOMPARE(e.id, original.id);
        QCOMPARE(e.correlationId, original.correlationId);
        QCOMPARE(e.step, original.step);
        QCOMPARE(e.runId, original.runId);
        QCOMPARE(e.profileName, original.profileName);
        QCOMPARE(e.startedAt, original.startedAt);
        QCOMPARE(e.finishedAt, original.finishedAt);
        QCOMPARE(e.method, original.method);
        QCOMPARE(e.url, original.url);
        QCOMPARE(e.status, original.status);
        QCOMPARE(e.requestHeaders, original.requestHeaders);
        QCOMPARE(e.requestBody, original.requestBody);
        QCOMPARE(e.responseHeaders, original.responseHeaders);
        QCOMPARE(e.responseBody, original.responseBody);
        QVERIFY(!HarImporter::read("{\"nolog\":1}", &error).size());
        QVERIFY(!error.isEmpty());
    }

    // The proxy and TLS details travel through HAR (_proxy, _tls) and JSON Lines and back.
    void transportDetailsRoundTrip()
    {
        HttpExchange e = tokenExchange();
        e.proxy = QStringLiteral("system: http://proxy.example:3128");
        e.tls.protocol = QStringLiteral("TLS 1.2");
        e.tls.cipher = QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256");
        e.tls.verification = QStringLiteral("verified");
        e.tls.peerChain << nv::PeerCertificate{
            QStringLiteral("CN=api.example"), QStringLiteral("CN=Example CA"),
            QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC), QStringLiteral("AB:CD")};
        const QByteArray har = HarExporter::document({e});
        const QJsonObject entry = QJsonDocument::fromJson(har)
                                      .object()
                                      .value(QStringLiteral("log"))
                                      .toObject()
                                      .value(QStringLiteral("entries"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(entry.value(QStringLiteral("_proxy")).toString(), e.proxy);
        QCOMPARE(entry.value(QStringLiteral("_tls")).toObject().value("protocol").toString(),
                 QStringLiteral("TLS 1.2"));
        QString error;
        const QList<HttpExchange> fromHar = HarImporter::read(har, &error);
        QCOMPARE(fromHar.size(), 1);
        QCOMPARE(fromHar.first().proxy, e.proxy);
        QCOMPARE(fromHar.first().tls, e.tls);
        const QList<HttpExchange> fromLines =
            JsonLinesImporter::read(JsonLinesExporter::line(e), &error);
        QCOMPARE(fromLines.size(), 1);
        QCOMPARE(fromLines.first().proxy, e.proxy);
        QCOMPARE(fromLines.first().tls, e.tls);
    }

    void foreignHarTakesTheCorrelationHeader()
    {
        const QByteArray devtools =
            "{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"Firefox\",\"version\":\"1\"},"
            "\"entries\":["
            "            {\"startedDateTime\":\"2026-01-01T10:00:00.000+01:00\",\"time\":12.5,"
            "             "
            "\"request\":{\"method\":\"POST\",\"url\":\"https://api.example/"
            "verify\",\"httpVersion\":\"HTTP/2\","
            "                        "
            "\"headers\":[{\"name\":\"x-correlator\",\"value\":\"abc-123\"}],\"cookies\":[],"
            "\"queryString\":[],"
            "                        "
            "\"headersSize\":-1,\"bodySize\":2,\"postData\":{\"mimeType\":\"application/"
            "json\",\"text\":\"{}\"}},"
            "             "
            "\"response\":{\"status\":200,\"statusText\":\"OK\",\"httpVersion\":\"HTTP/"
            "2\",\"headers\":[],\"cookies\":[],"
            "                         "
            "\"content\":{\"size\":2,\"mimeType\":\"application/"
            "json\",\"text\":\"{}\"},\"redirectURL\":\"\","
            "                         \"headersSize\":-1,\"bodySize\":2},"
            "             \"cache\":{},\"timings\":{\"send\":0,\"wait\":12,\"receive\":0}}]}}";
        const QList<HttpExchange> back = HarImporter::read(devtools);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().correlationId, QStringLiteral("abc-123"));
        QCOMPARE(back.first().startedAt.toUTC().time().hour(), 9);
        QCOMPARE(back.first().durationMs(), 12);
        QCOMPARE(back.first().requestBody, QByteArray("{}"));
    }

    void jsonLinesRoundTripAndRedaction()
    {
        HttpExchange binary = tokenExchange();
        binary.id = 2;
        binary.requestBody = QByteArray("\x00\x01\xff", 3);
        binary.requestHeaders = {{"Content-Type", "application/octet-stream"}};
        const QByteArray text =
            JsonLinesExporter::line(tokenExchange()) + "\n" + JsonLinesExporter::line(binary);
        for (const QByteArray &secret : secrets())
            QVERIFY2(!text.contains(secret), secret.constData());
        QCOMPARE(text.count('\n'), 3); // two lines and one blank line
        QString error;
        const QList<HttpExchange> back = JsonLinesImporter::read(text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), 2);
        const HttpExchange expected = Redactor::redacted(tokenExchange());
        QCOMPARE(back.at(0).responseBody, expected.responseBody);
        QCOMPARE(back.at(0).requestHeaders, expected.requestHeaders);
        QCOMPARE(back.at(0).startedAt, expected.startedAt);
        QCOMPARE(back.at(0).correlationId, expected.correlationId);
        QCOMPARE(back.at(1).requestBody, binary.requestBody);
        QVERIFY(JsonLinesImporter::read("{}\nnot json\n", &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("line 2")));
    }

    void curlRoundTripsHostileInput_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("plain") << QByteArray("GET") << QStringLiteral("https://a.example/x?y=1")
                               << QByteArray("text/html") << QByteArray();
        QTest::newRow("quotes") << QByteArray("POST") << QStringLiteral("https://a.example/it's")
                                << QByteArray("it's \"quoted\"") << QByteArray("{\"a\":\"it's\"}");
        QTest::newRow("shell") << QByteArray("PUT") << QStringLiteral("https://a.example/$(id)")
                               << QByteArray("$HOME `id` $(rm -rf /) ; | & > <")
                               << QByteArray("a=$PATH&b=`whoami`&c=\\n\\'");
        QTest::newRow("whitespace")
            << QByteArray("POST") << QStringLiteral("https://a.example/a%20b")
            << QByteArray("tab\there  two  spaces")
            << QByteArray("line one\nline two\r\n\ttabbed '' end'");
        QTest::newRow("only quotes") << QByteArray("POST") << QStringLiteral("https://a.example/")
                                     << QByteArray("'''") << QByteArray("'");
    }

    void curlRoundTripsHostileInput()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QByteArray, headerValue);
        QFETCH(QByteArray, body);
        HttpExchange e;
        e.method = method;
        e.url = QUrl(url);
        e.requestHeaders = {{"X-Test", headerValue}, {"Content-Length", "99"}, {"Accept", "*/*"}};
        e.requestBody = body;
        const QString command = CurlCommand::fromExchange(e);
        // One line: a newline inside quotes is fine for the shell, but the tokenizer sees it
        // only inside a quoted part.
        bool ok = false;
        const QStringList words = shellWords(command, &ok);
        QVERIFY2(ok, qPrintable(command));
        QCOMPARE(words.first(), QStringLiteral("curl"));
        const ParsedCurl parsed = parseCurl(words);
        QCOMPARE(parsed.method, QString::fromLatin1(method));
        QCOMPARE(parsed.url, QString::fromUtf8(e.url.toEncoded()));
        QCOMPARE(parsed.headers,
                 (QStringList{QStringLiteral("X-Test: ") + QString::fromUtf8(headerValue),
                              QStringLiteral("Accept: */*")}));
        QCOMPARE(parsed.body, QString::fromUtf8(body));
    }

    void curlOfARedactedExchangeCarriesNoSecret()
    {
        const QString command = CurlCommand::fromExchange(Redactor::redacted(tokenExchange()));
        for (const QByteArray &secret : secrets())
            QVERIFY2(!command.contains(QString::fromLatin1(secret)), secret.constData());
        QVERIFY(command.contains(Redactor::marker(ClientSecret)));
        // Revealed on purpose: the secrets are there.
        QVERIFY(
            CurlCommand::fromExchange(tokenExchange()).contains(QString::fromLatin1(ClientSecret)));
    }

    void jwtDecoding()
    {
        const auto jwt = JwtDecoder::decode(idToken());
        QVERIFY(jwt.has_value());
        QCOMPARE(jwt->header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(jwt->payload.value(QStringLiteral("sub")).toString(), QStringLiteral("user-1"));
        QVERIFY(jwt->signed_);
        QVERIFY(JwtDecoder::describeTimes(jwt->payload)
                    .contains(QLatin1String("exp: 2026-01-01T00:00:00Z")));
        const QList<JwtDecoder::Jwt> found = JwtDecoder::findAll(
            tokenExchange().responseBody + "\nAuthorization: Bearer " + idToken());
        QCOMPARE(found.size(), 1); // the same token twice is listed once
        QCOMPARE(found.first().name, QStringLiteral("id_token"));
        QVERIFY(!JwtDecoder::decode("eyJ.not.jwt").has_value());
        QVERIFY(JwtDecoder::findAll(Redactor::redacted(tokenExchange()).responseBody).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogExport)
#include "tst_logexport.moc"
