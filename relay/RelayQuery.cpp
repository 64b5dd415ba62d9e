#include "RelayQuery.h"

#include <QRegularExpression>
#include <QSet>

namespace nv::relayquery {

namespace {
bool isPrintableAscii(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}
} // namespace

ParsedForm parseForm(const QByteArray &encoded, qsizetype maxValueBytes)
{
    ParsedForm form;
    QSet<QString> seen;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray raw = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name = QByteArray::fromPercentEncoding(name.replace('+', ' '));
        raw = QByteArray::fromPercentEncoding(raw.replace('+', ' '));
        if (!isPrintableAscii(name) || !isPrintableAscii(raw)) {
            form.problem = QStringLiteral("a parameter holds characters outside printable ASCII");
            return form;
        }
        if (name.size() > 64 || raw.size() > maxValueBytes) {
            form.problem = QStringLiteral("a parameter is longer than %1 bytes").arg(maxValueBytes);
            return form;
        }
        const QString key = QString::fromLatin1(name);
        if (seen.contains(key)) {
            form.problem = QStringLiteral("the parameter \"%1\" is repeated").arg(key.left(64));
            return form;
        }
        seen.insert(key);
        form.params.append({key, QString::fromLatin1(raw)});
    }
    return form;
}

QString value(const Params &params, const QString &name)
{
    for (const auto &[key, text] : params) {
        if (key == name)
            return text;
    }
    return QString();
}

bool has(const Params &params, const QString &name)
{
    for (const auto &param : params) {
        if (param.first == name)
            return true;
    }
    return false;
}

bool isValidState(const QString &state)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{16,128}$"));
    return pattern.match(state).hasMatch();
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, text] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return text.trimmed();
    }
    return QByteArray();
}

QByteArray bearerKey(const QHttpServerRequest &request)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{32,128}$"));
    const QByteArray value = header(request, "authorization");
    if (value.size() < 7 || value.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return QByteArray();
    const QByteArray key = value.mid(7).trimmed();
    return pattern.match(QString::fromLatin1(key)).hasMatch() ? key : QByteArray();
}

QHostAddress clientAddress(const QHttpServerRequest &request,
                           const QList<QHostAddress> &trustedProxies)
{
    const QHostAddress peer = request.remoteAddress();
    bool trusted = false;
    for (const QHostAddress &proxy : trustedProxies)
        trusted |= peer.isEqual(proxy, QHostAddress::TolerantConversion);
    if (!trusted)
        return peer;
    const QByteArray forwarded = header(request, "x-forwarded-for");
    const QByteArray last = forwarded.mid(forwarded.lastIndexOf(',') + 1).trimmed();
    const QHostAddress client(QString::fromLatin1(last.left(64)));
    return client.isNull() ? peer : client;
}

} // namespace nv::relayquery
