#include "JwtDecoder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace nv {

namespace {

std::optional<QJsonObject> decodePart(const QByteArray &part)
{
    const auto decoded = QByteArray::fromBase64Encoding(part, QByteArray::Base64UrlEncoding |
                                                                  QByteArray::OmitTrailingEquals);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

std::optional<JwtDecoder::Jwt> JwtDecoder::decode(const QByteArray &token)
{
    const QByteArrayList parts = token.trimmed().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto header = decodePart(parts.at(0));
    const auto payload = decodePart(parts.at(1));
    if (!header || !payload)
        return std::nullopt;
    Jwt jwt;
    jwt.token = token.trimmed();
    jwt.header = *header;
    jwt.payload = *payload;
    jwt.signed_ = !parts.at(2).isEmpty();
    return jwt;
}

QList<JwtDecoder::Jwt> JwtDecoder::findAll(const QByteArray &text)
{
    // A JWT header is a JSON object, so its base64url starts with "eyJ" ('{"').
    static const QRegularExpression pattern(QStringLiteral(
        "(?:\"([A-Za-z0-9_]+)\"\\s*:\\s*\"|([A-Za-z0-9_]+)=|([A-Za-z-]+):\\s*(?:Bearer\\s+)?)?"
        "(eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*)"));
    QList<Jwt> found;
    QList<QByteArray> seen;
    auto it = pattern.globalMatch(QString::fromLatin1(text));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QByteArray token = m.captured(4).toLatin1();
        if (seen.contains(token))
            continue;
        seen << token;
        auto jwt = decode(token);
        if (!jwt)
            continue;
        for (int group : {1, 2, 3}) {
            if (!m.captured(group).isEmpty()) {
                jwt->name = m.captured(group);
                break;
            }
        }
        found.append(*jwt);
    }
    return found;
}

QString JwtDecoder::describeTimes(const QJsonObject &payload)
{
    QStringList lines;
    for (const char *claim : {"iat", "nbf", "auth_time", "exp"}) {
        const QJsonValue value = payload.value(QLatin1String(claim));
        if (!value.isDouble())
            continue;
        // The token is the operator's: a number outside years 1..9999 is not a time, and
        // converting it to an integer would be undefined.
        const double seconds = value.toDouble();
        if (!(seconds >= -62135596800.0 && seconds <= 253402300799.0)) {
            lines << QStringLiteral("%1: %2 (not a date)").arg(QLatin1String(claim)).arg(seconds);
            continue;
        }
        const QDateTime when = QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
        lines << QStringLiteral("%1: %2").arg(QLatin1String(claim), when.toString(Qt::ISODate));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace nv
