#include "CorrelatorEcho.h"

#include <QCoreApplication>

namespace nv {

namespace {
// A hostile answer can put anything in the header: keep what a person can read.
constexpr int MaxShown = 256;

QString shortened(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value.left(MaxShown + 1));
    return text.size() > MaxShown ? text.left(MaxShown) + QStringLiteral("…") : text;
}

// The value the request carried under the name (any case), if it did.
bool sentValue(const HttpExchange &exchange, const QString &name, QByteArray *value)
{
    const QByteArray wanted = name.toLatin1();
    for (const auto &[key, each] : exchange.requestHeaders) {
        if (key.compare(wanted, Qt::CaseInsensitive) == 0) {
            *value = each;
            return true;
        }
    }
    return false;
}

bool hasResponseHeader(const HttpExchange &exchange, const QByteArray &name)
{
    for (const auto &[key, value] : exchange.responseHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

CorrelatorEcho CorrelatorEcho::compare(const HttpExchange &exchange, const QString &headerName)
{
    CorrelatorEcho echo;
    echo.header = headerName;
    QByteArray sent;
    if (headerName.isEmpty() || !sentValue(exchange, headerName, &sent) || sent.isEmpty())
        return echo;
    echo.sent = shortened(sent);
    if (exchange.status == 0) {
        echo.kind = Kind::NoAnswer;
        return echo;
    }
    const QByteArray name = headerName.toLatin1();
    if (!hasResponseHeader(exchange, name)) {
        echo.kind = Kind::Missing;
        return echo;
    }
    const QByteArray received = exchange.responseHeader(name);
    echo.received = shortened(received);
    echo.kind = received == sent ? Kind::Echoed : Kind::Different;
    return echo;
}

QString CorrelatorEcho::kindName() const
{
    switch (kind) {
    case Kind::NoAnswer:
        return QStringLiteral("no-answer");
    case Kind::Echoed:
        return QStringLiteral("echoed");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Different:
        return QStringLiteral("different");
    case Kind::NotSent:
        break;
    }
    return QStringLiteral("not-sent");
}

QString CorrelatorEcho::describe() const
{
    switch (kind) {
    case Kind::NoAnswer:
        return QCoreApplication::translate("nv", "No answer to compare %1 with.").arg(header);
    case Kind::Echoed:
        return QCoreApplication::translate("nv", "The operator echoed %1.").arg(header);
    case Kind::Missing:
        return QCoreApplication::translate("nv", "The operator did not echo %1 (sent %2).")
            .arg(header, sent);
    case Kind::Different:
        return QCoreApplication::translate(
                   "nv", "The operator echoed a different %1: sent %2, received %3.")
            .arg(header, sent, received);
    case Kind::NotSent:
        break;
    }
    return {};
}

QJsonObject CorrelatorEcho::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), kindName()}};
    if (kind == Kind::NotSent)
        return o;
    o.insert(QStringLiteral("header"), header);
    o.insert(QStringLiteral("sent"), sent);
    o.insert(QStringLiteral("received"),
             kind == Kind::Different || kind == Kind::Echoed ? QJsonValue(received) : QJsonValue());
    return o;
}

} // namespace nv
