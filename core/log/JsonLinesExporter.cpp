#include "JsonLinesExporter.h"

#include "log/Redactor.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace nv {

namespace {

QJsonArray headerPairs(const HttpHeaders &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromUtf8(value)});
    return array;
}

QJsonValue time(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

void putBody(QJsonObject &object, const QString &key, const QByteArray &body)
{
    if (QByteArrayView(body).isValidUtf8())
        object.insert(key, QString::fromUtf8(body));
    else
        object.insert(key + QLatin1String("Base64"), QString::fromLatin1(body.toBase64()));
}

} // namespace

JsonLinesExporter::JsonLinesExporter(QIODevice *out)
    : m_out(out)
{}

QJsonObject JsonLinesExporter::toJson(const HttpExchange &e)
{
    QJsonObject o{
        {QStringLiteral("id"), QString::number(e.id)},
        {QStringLiteral("runId"), e.runId},
        {QStringLiteral("correlationId"), e.correlationId},
        {QStringLiteral("step"), e.step},
        {QStringLiteral("profile"), e.profileName},
        {QStringLiteral("startedAt"), time(e.startedAt)},
        {QStringLiteral("finishedAt"), time(e.finishedAt)},
        {QStringLiteral("durationMs"), e.durationMs()},
        {QStringLiteral("method"), QString::fromLatin1(e.method)},
        {QStringLiteral("url"), QString::fromUtf8(e.url.toEncoded())},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("requestHeaders"), headerPairs(e.requestHeaders)},
        {QStringLiteral("responseHeaders"), headerPairs(e.responseHeaders)},
        {QStringLiteral("error"), e.error},
        {QStringLiteral("note"), e.note},
    };
    if (!e.proxy.isEmpty())
        o.insert(QStringLiteral("proxy"), e.proxy);
    if (!e.tls.isEmpty() || !e.tls.verification.isEmpty())
        o.insert(QStringLiteral("tls"), e.tls.toJson());
    putBody(o, QStringLiteral("requestBody"), e.requestBody);
    putBody(o, QStringLiteral("responseBody"), e.responseBody);
    return o;
}

QByteArray JsonLinesExporter::line(const HttpExchange &exchange)
{
    return QJsonDocument(toJson(Redactor::redacted(exchange))).toJson(QJsonDocument::Compact) +
           '\n';
}

bool JsonLinesExporter::add(const HttpExchange &exchange)
{
    const QByteArray bytes = line(exchange);
    if (!m_out || m_out->write(bytes) != bytes.size())
        return false;
    ++m_count;
    return true;
}

} // namespace nv
