#include "HarImporter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nv {

namespace {

HttpHeaders headersFrom(const QJsonArray &array)
{
    HttpHeaders headers;
    for (const QJsonValue &value : array) {
        const QJsonObject header = value.toObject();
        headers.append({header.value(QStringLiteral("name")).toString().toLatin1(),
                        header.value(QStringLiteral("value")).toString().toUtf8()});
    }
    return headers;
}

QByteArray textFrom(const QJsonObject &object)
{
    const QString text = object.value(QStringLiteral("text")).toString();
    if (object.value(QStringLiteral("encoding")).toString() == QLatin1String("base64"))
        return QByteArray::fromBase64(text.toLatin1());
    return text.toUtf8();
}

} // namespace

QString HarImporter::correlationFromHeaders(const HttpHeaders &headers)
{
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (lower == "x-correlator" || lower == "x-correlation-id" || lower == "x-request-id")
            return QString::fromUtf8(value);
    }
    return {};
}

HttpExchange HarImporter::fromEntry(const QJsonObject &entry)
{
    HttpExchange e;
    const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
    const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
    e.id = entry.value(QStringLiteral("_id")).toString().toLongLong();
    e.startedAt = QDateTime::fromString(entry.value(QStringLiteral("startedDateTime")).toString(),
                                        Qt::ISODateWithMs);
    // A file's "time" can be any number; beyond ~30,000 years the integer would be undefined.
    const double ms = entry.value(QStringLiteral("time")).toDouble();
    if (e.startedAt.isValid() && qAbs(ms) < 1e15)
        e.finishedAt = e.startedAt.addMSecs(qint64(ms));
    e.method = request.value(QStringLiteral("method")).toString().toLatin1();
    e.url = QUrl::fromEncoded(request.value(QStringLiteral("url")).toString().toUtf8(),
                              QUrl::TolerantMode);
    e.requestHeaders = headersFrom(request.value(QStringLiteral("headers")).toArray());
    e.requestBody = textFrom(request.value(QStringLiteral("postData")).toObject());
    e.status = response.value(QStringLiteral("status")).toInt();
    e.responseHeaders = headersFrom(response.value(QStringLiteral("headers")).toArray());
    e.responseBody = textFrom(response.value(QStringLiteral("content")).toObject());
    e.correlationId = entry.value(QStringLiteral("_correlationId")).toString();
    if (e.correlationId.isEmpty())
        e.correlationId = correlationFromHeaders(e.requestHeaders);
    e.step = entry.value(QStringLiteral("_step")).toString();
    e.runId = entry.value(QStringLiteral("_runId")).toString();
    e.profileName = entry.value(QStringLiteral("_profile")).toString();
    e.error = entry.value(QStringLiteral("_error")).toString();
    if (e.error.isEmpty() && e.status == 0)
        e.error = response.value(QStringLiteral("_error")).toString();
    e.note = entry.value(QStringLiteral("comment")).toString();
    e.proxy = entry.value(QStringLiteral("_proxy")).toString();
    e.tls = TlsDetails::fromJson(entry.value(QStringLiteral("_tls")).toObject());
    return e;
}

QList<HttpExchange> HarImporter::read(const QByteArray &har, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(har, &parseError);
    const QJsonObject log = document.object().value(QStringLiteral("log")).toObject();
    if (parseError.error != QJsonParseError::NoError ||
        !log.value(QStringLiteral("entries")).isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QStringLiteral("not a HAR document (no log.entries)");
        return {};
    }
    QList<HttpExchange> exchanges;
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    exchanges.reserve(entries.size());
    for (const QJsonValue &entry : entries)
        exchanges.append(fromEntry(entry.toObject()));
    return exchanges;
}

} // namespace nv
