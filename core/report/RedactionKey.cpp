#include "RedactionKey.h"

#include "log/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace nv {

namespace {
const QRegularExpression &markerPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\[redacted:[0-9a-f]{8}\\]"));
    return pattern;
}

// The value a marker was computed from may be the text as written or its decoded form (form
// bodies and queries are hashed decoded, JSON strings unescaped).
bool hashesTo(const QString &value, const QString &marker)
{
    QByteArray form = value.toUtf8();
    form.replace('+', ' ');
    const QByteArray json =
        QJsonDocument::fromJson("[\"" + value.toUtf8() + "\"]").array().at(0).toString().toUtf8();
    for (const QByteArray &candidate : {value.toUtf8(), QByteArray::fromPercentEncoding(form),
                                        QByteArray::fromPercentEncoding(value.toUtf8()), json}) {
        if (!candidate.isEmpty() && Redactor::marker(candidate) == marker)
            return true;
    }
    return false;
}
} // namespace

RedactionKey RedactionKey::learn(const HttpExchange &redacted, const HttpExchange &raw)
{
    RedactionKey key;
    key.learnText(QString::fromUtf8(redacted.url.toEncoded()),
                  QString::fromUtf8(raw.url.toEncoded()));
    if (redacted.requestHeaders.size() == raw.requestHeaders.size()) {
        for (qsizetype i = 0; i < raw.requestHeaders.size(); ++i) {
            if (redacted.requestHeaders.at(i).first.compare(raw.requestHeaders.at(i).first,
                                                            Qt::CaseInsensitive) == 0)
                key.learnText(QString::fromUtf8(redacted.requestHeaders.at(i).second),
                              QString::fromUtf8(raw.requestHeaders.at(i).second));
        }
    }
    key.learnText(QString::fromUtf8(redacted.requestBody), QString::fromUtf8(raw.requestBody));
    return key;
}

void RedactionKey::learnText(const QString &redacted, const QString &raw)
{
    // literal0 marker1 literal1 marker2 ... literalN: each literal is found in the raw text
    // after the previous one; what lies between is the hidden value.
    qsizetype rawAt = 0;
    qsizetype last = 0;
    QString pendingMarker;
    auto it = markerPattern().globalMatch(redacted);
    while (true) {
        const bool more = it.hasNext();
        const QRegularExpressionMatch m = more ? it.next() : QRegularExpressionMatch();
        const qsizetype literalEnd = more ? m.capturedStart() : redacted.size();
        const QStringView literal = QStringView(redacted).mid(last, literalEnd - last);
        qsizetype found = rawAt;
        if (!pendingMarker.isEmpty()) {
            // A marker followed directly by another cannot be told apart: stop here.
            if (!more) // the last literal ends the text
                found = raw.endsWith(literal) ? raw.size() - literal.size() : -1;
            else
                found = literal.isEmpty() ? -1 : raw.indexOf(literal, rawAt);
            if (found < rawAt)
                return;
            add(pendingMarker, raw.mid(rawAt, found - rawAt));
        } else if (QStringView(raw).mid(rawAt, literal.size()) != literal) {
            return; // the texts differ elsewhere than at a marker
        }
        rawAt = found + literal.size();
        if (!more)
            return;
        pendingMarker = m.captured();
        last = m.capturedEnd();
    }
}

void RedactionKey::add(const QString &marker, const QString &value)
{
    if (value.isEmpty() || !hashesTo(value, marker))
        return;
    for (const auto &pair : std::as_const(m_pairs)) {
        if (pair.first == marker && pair.second == value)
            return;
    }
    m_pairs.append({marker, value});
}

QString RedactionKey::reveal(const QString &text) const
{
    QString out = text;
    for (const auto &[marker, value] : m_pairs)
        out.replace(marker, value);
    return out;
}

QString RedactionKey::mask(const QString &text) const
{
    QList<QPair<QString, QString>> longestFirst = m_pairs;
    std::sort(longestFirst.begin(), longestFirst.end(),
              [](const auto &a, const auto &b) { return a.second.size() > b.second.size(); });
    QString out = text;
    for (const auto &[marker, value] : std::as_const(longestFirst)) {
        if (value.size() >= Redactor::MinimumExtraSecretLength)
            out.replace(value, marker);
    }
    return out;
}

QStringList RedactionKey::values() const
{
    QStringList out;
    for (const auto &pair : m_pairs) {
        if (!out.contains(pair.second))
            out << pair.second;
    }
    return out;
}

QStringList RedactionKey::markersIn(const QString &text)
{
    QStringList found;
    auto it = markerPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString marker = it.next().captured();
        if (!found.contains(marker))
            found << marker;
    }
    return found;
}

QStringList RedactionKey::unknownMarkers(const QString &text) const
{
    QStringList unknown;
    for (const QString &marker : markersIn(text)) {
        const bool known = std::any_of(m_pairs.cbegin(), m_pairs.cend(),
                                       [&marker](const auto &p) { return p.first == marker; });
        if (!known)
            unknown << marker;
    }
    return unknown;
}

} // namespace nv
