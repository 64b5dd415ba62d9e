#include "JsonLinesImporter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nv {

namespace {

HttpHeaders headersFrom(const QJsonArray &array)
{
    HttpHeaders headers;
    for (const QJsonValue &value : array) {
        const QJsonArray pair = value.toArray();
        if (pair.size() == 2)
            headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return headers;
}

QByteArray bodyFrom(const QJsonObject &o, const QString &key)
{
    const QString base64 = key + QLatin1String("Base64");
    if (o.contains(base64))
        return QByteArray::fromBase64(o.value(base64).toString().toLatin1());
    return o.value(key).toString().toUtf8();
}

} // namespace

HttpExchange JsonLinesImporter::fromJson(const QJsonObject &o)
{
    HttpExchange e;
    e.id = o.value(QStringLiteral("id")).toString().toLongLong();
    e.runId = o.value(QStringLiteral("runId")).toString();
    e.correlationId = o.value(QStringLiteral("correlationId")).toString();
    e.step = o.value(QStringLiteral("step")).toString();
    e.profileName = o.value(QStringLiteral("profile")).toString();
    e.startedAt =
        QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    e.finishedAt =
        QDateTime::fromString(o.value(QStringLiteral("finishedAt")).toString(), Qt::ISODateWithMs);
    e.method = o.value(QStringLiteral("method")).toString().toLatin1();
    e.url =
        QUrl::fromEncoded(o.value(QStringLiteral("url")).toString().toUtf8(), QUrl::TolerantMode);
    e.status = o.value(QStringLiteral("status")).toInt();
    e.requestHeaders = headersFrom(o.value(QStringLiteral("requestHeaders")).toArray());
    e.responseHeaders = headersFrom(o.value(QStringLiteral("responseHeaders")).toArray());
    e.requestBody = bodyFrom(o, QStringLiteral("requestBody"));
    e.responseBody = bodyFrom(o, QStringLiteral("responseBody"));
    e.error = o.value(QStringLiteral("error")).toString();
    e.note = o.value(QStringLiteral("note")).toString();
    e.proxy = o.value(QStringLiteral("proxy")).toString();
    e.tls = TlsDetails::fromJson(o.value(QStringLiteral("tls")).toObject());
    return e;
}

QList<HttpExchange> JsonLinesImporter::read(const QByteArray &text, QString *error)
{
    QList<HttpExchange> exchanges;
    int number = 0;
    for (const QByteArray &line : text.split('\n')) {
        ++number;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            if (error)
                *error = QStringLiteral("line %1 is not a JSON object").arg(number);
            return {};
        }
        exchanges.append(fromJson(document.object()));
    }
    return exchanges;
}

} // namespace nv
