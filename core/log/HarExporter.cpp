#include "HarExporter.h"

#include "log/Redactor.h"

#include <QBuffer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace nv {

namespace {

QJsonArray nameValues(const HttpHeaders &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                 {QStringLiteral("value"), QString::fromUtf8(value)}});
    return array;
}

QByteArray header(const HttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject cookie(const QByteArray &pair)
{
    const qsizetype eq = pair.indexOf('=');
    const QByteArray name = (eq < 0 ? pair : pair.left(eq)).trimmed();
    const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1).trimmed();
    return {{QStringLiteral("name"), QString::fromUtf8(name)},
            {QStringLiteral("value"), QString::fromUtf8(value)}};
}

QJsonArray requestCookies(const HttpHeaders &headers)
{
    QJsonArray cookies;
    for (const auto &[name, value] : headers) {
        if (name.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &pair : value.split(';')) {
            if (!pair.trimmed().isEmpty())
                cookies.append(cookie(pair));
        }
    }
    return cookies;
}

QJsonArray responseCookies(const HttpHeaders &headers)
{
    QJsonArray cookies;
    for (const auto &[name, value] : headers) {
        if (name.compare("set-cookie", Qt::CaseInsensitive) != 0)
            continue;
        // Qt joins repeated Set-Cookie headers with newlines; attributes follow the first ';'.
        for (const QByteArray &line : value.split('\n')) {
            const QByteArray pair =
                line.left(line.indexOf(';') < 0 ? line.size() : line.indexOf(';'));
            if (!pair.trimmed().isEmpty())
                cookies.append(cookie(pair));
        }
    }
    return cookies;
}

QJsonArray queryString(const QUrl &url)
{
    QJsonArray array;
    // The parameters of the url written beside them: an invalid URL (an imported "1http://…")
    // is written as "", and parameters of a URL that is not there would not read back.
    if (!url.isValid())
        return array;
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        array.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    return array;
}

// HAR content is text; bodies that are not UTF-8 go as base64, as the specification allows.
void putText(QJsonObject &object, const QByteArray &body)
{
    if (QByteArrayView(body).isValidUtf8()) {
        object.insert(QStringLiteral("text"), QString::fromUtf8(body));
    } else {
        object.insert(QStringLiteral("text"), QString::fromLatin1(body.toBase64()));
        object.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
    }
}

} // namespace

HarExporter::HarExporter(QIODevice *out)
    : m_out(out)
{}

QString HarExporter::statusText(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 204:
        return QStringLiteral("No Content");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 303:
        return QStringLiteral("See Other");
    case 307:
        return QStringLiteral("Temporary Redirect");
    case 308:
        return QStringLiteral("Permanent Redirect");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QString(QLatin1String(""));
    }
}

QJsonObject HarExporter::entry(const HttpExchange &e)
{
    const QString httpVersion = QStringLiteral("HTTP/1.1");
    QJsonObject request{
        {QStringLiteral("method"), QString::fromLatin1(e.method.isEmpty() ? "GET" : e.method)},
        {QStringLiteral("url"), QString::fromUtf8(e.url.toEncoded())},
        {QStringLiteral("httpVersion"), httpVersion},
        {QStringLiteral("cookies"), requestCookies(e.requestHeaders)},
        {QStringLiteral("headers"), nameValues(e.requestHeaders)},
        {QStringLiteral("queryString"), queryString(e.url)},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), e.requestBody.size()},
    };
    if (!e.requestBody.isEmpty()) {
        QByteArray mime = header(e.requestHeaders, "content-type");
        QJsonObject postData{{QStringLiteral("mimeType"), QString::fromLatin1(mime)}};
        putText(postData, e.requestBody);
        request.insert(QStringLiteral("postData"), postData);
    }

    QJsonObject content{
        {QStringLiteral("size"), e.responseBody.size()},
        {QStringLiteral("mimeType"),
         QString::fromLatin1(header(e.responseHeaders, "content-type"))},
    };
    putText(content, e.responseBody);
    const bool answered = e.status > 0;
    const QJsonObject response{
        {QStringLiteral("status"), e.status},
        {QStringLiteral("statusText"), statusText(e.status)},
        {QStringLiteral("httpVersion"), answered ? httpVersion : QString(QLatin1String(""))},
        {QStringLiteral("cookies"), responseCookies(e.responseHeaders)},
        {QStringLiteral("headers"), nameValues(e.responseHeaders)},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), QString::fromUtf8(header(e.responseHeaders, "location"))},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), answered ? qsizetype(e.responseBody.size()) : qsizetype(-1)},
    };

    const QDateTime started = e.startedAt.isValid()    ? e.startedAt
                              : e.finishedAt.isValid() ? e.finishedAt
                                                       : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    const qint64 duration = e.durationMs();
    // We time the whole exchange, not its phases: all of it is "wait", the rest is 0.
    const QJsonObject timings{{QStringLiteral("send"), 0},
                              {QStringLiteral("wait"), duration},
                              {QStringLiteral("receive"), 0}};
    QJsonObject result{
        {QStringLiteral("startedDateTime"), started.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), duration},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject{}},
        {QStringLiteral("timings"), timings},
        {QStringLiteral("_id"), QString::number(e.id)},
        {QStringLiteral("_correlationId"), e.correlationId},
        {QStringLiteral("_step"), e.step},
        {QStringLiteral("_runId"), e.runId},
        {QStringLiteral("_profile"), e.profileName},
        {QStringLiteral("_error"), e.error},
    };
    if (!e.note.isEmpty())
        result.insert(QStringLiteral("comment"), e.note);
    // The way the exchange went: the proxy (never its credentials) and what TLS did.
    if (!e.proxy.isEmpty())
        result.insert(QStringLiteral("_proxy"), e.proxy);
    if (!e.tls.isEmpty() || !e.tls.verification.isEmpty())
        result.insert(QStringLiteral("_tls"), e.tls.toJson());
    return result;
}

bool HarExporter::begin()
{
    const QJsonObject creator{{QStringLiteral("name"), QStringLiteral("NV Console")},
                              {QStringLiteral("version"), QStringLiteral(NV_VERSION_STRING)}};
    const QByteArray head = "{\"log\":{\"version\":\"1.2\",\"creator\":" +
                            QJsonDocument(creator).toJson(QJsonDocument::Compact) +
                            ",\"pages\":[],\"entries\":[\n";
    m_ok = m_out && m_out->write(head) == head.size();
    m_count = 0;
    return m_ok;
}

bool HarExporter::add(const HttpExchange &exchange)
{
    if (!m_ok)
        return false;
    QByteArray line =
        QJsonDocument(entry(Redactor::redacted(exchange))).toJson(QJsonDocument::Compact);
    if (m_count > 0)
        line.prepend(",\n");
    m_ok = m_out->write(line) == line.size();
    if (m_ok)
        ++m_count;
    return m_ok;
}

bool HarExporter::finish()
{
    if (!m_ok)
        return false;
    const QByteArray tail = "\n]}}\n";
    m_ok = m_out->write(tail) == tail.size();
    return m_ok;
}

QByteArray HarExporter::document(const QList<HttpExchange> &exchanges)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    HarExporter har(&buffer);
    har.begin();
    for (const HttpExchange &e : exchanges)
        har.add(e);
    har.finish();
    return bytes;
}

} // namespace nv
