#include "ReportText.h"

#include "log/HarExporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

namespace nv::ReportText {

namespace {
bool allowedInXml(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Printable share of a body: below this, it is shown as binary data in words.
bool looksLikeText(const QByteArray &body)
{
    if (body.contains('\0'))
        return false;
    const QString decoded = QString::fromUtf8(body);
    const qsizetype bad = decoded.count(QChar::ReplacementCharacter);
    return bad * 20 <= decoded.size();
}
} // namespace

QString escaped(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const char32_t c : text.toUcs4())
        clean += allowedInXml(c) ? QString::fromUcs4(&c, 1) : QString(QChar::ReplacementCharacter);
    return clean.toHtmlEscaped();
}

QString elided(const QString &text, int maxChars)
{
    if (text.size() <= maxChars || maxChars < 5)
        return text.left(std::max(0, maxChars));
    const int keep = maxChars - 1;
    const int head = keep * 2 / 3;
    return text.left(head) + QChar(0x2026) + text.right(keep - head);
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 60000)
        return QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return QStringLiteral("%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString prettyBody(const QByteArray &body, const QByteArray &contentType)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !json.isNull())
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
    if (!looksLikeText(body))
        return QStringLiteral("(%1 bytes of binary data)").arg(body.size());
    if (contentType.toLower().contains("x-www-form-urlencoded")) {
        QStringList lines;
        for (const QByteArray &pair : body.split('&'))
            lines << QString::fromUtf8(pair);
        return lines.join(QLatin1String("&\n"));
    }
    return QString::fromUtf8(body);
}

QString withMarkers(const QString &plain)
{
    static const QRegularExpression marker(QStringLiteral("\\[redacted:[0-9a-f]{8}\\]"));
    QString out;
    qsizetype last = 0;
    auto it = marker.globalMatch(plain);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += escaped(plain.mid(last, m.capturedStart() - last));
        out += QStringLiteral("<span class=\"marker\">") + escaped(m.captured()) +
               QStringLiteral("</span>");
        last = m.capturedEnd();
    }
    out += escaped(plain.mid(last));
    return out;
}

QString pathOf(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    if (url.hasQuery()) {
        // Parameter names tell the story; values are long and often redacted.
        QStringList names;
        for (const QString &pair : url.query(QUrl::FullyEncoded).split(QLatin1Char('&')))
            names << pair.section(QLatin1Char('='), 0, 0) + QStringLiteral("=…");
        path += QLatin1Char('?') + names.join(QLatin1Char('&'));
    }
    return path;
}

namespace {
QString jsonAnswer(const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (json.contains(QLatin1String("devicePhoneNumberVerified")))
        return QStringLiteral("devicePhoneNumberVerified: %1")
            .arg(json.value(QLatin1String("devicePhoneNumberVerified")).toVariant().toString());
    if (json.contains(QLatin1String("devicePhoneNumber")))
        return QStringLiteral("devicePhoneNumber");
    if (json.contains(QLatin1String("code")) && json.contains(QLatin1String("message")))
        return json.value(QLatin1String("code")).toString();
    if (json.contains(QLatin1String("error")))
        return json.value(QLatin1String("error")).toString();
    if (json.contains(QLatin1String("access_token")))
        return json.contains(QLatin1String("id_token")) ? QStringLiteral("access_token, id_token")
                                                        : QStringLiteral("access_token");
    if (json.contains(QLatin1String("keys")))
        return QStringLiteral("key set");
    if (json.contains(QLatin1String("issuer")))
        return QStringLiteral("discovery document");
    return {};
}
} // namespace

QString answerSummary(const HttpExchange &e)
{
    if (!e.error.isEmpty())
        return QStringLiteral("no answer: ") + e.error;
    if (e.status == 0)
        return e.note.isEmpty() ? QStringLiteral("no status seen") : e.note;
    QString said = QString::number(e.status);
    const QByteArray location = e.responseHeader("Location");
    if (!location.isEmpty())
        return said + QStringLiteral(" → ") + pathOf(e.url.resolved(QUrl::fromEncoded(location)));
    const QString fromBody = jsonAnswer(e.responseBody);
    return said + QLatin1Char(' ') +
           (fromBody.isEmpty() ? HarExporter::statusText(e.status) : fromBody);
}

} // namespace nv::ReportText
