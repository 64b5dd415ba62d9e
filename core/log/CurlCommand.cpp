#include "CurlCommand.h"

namespace nv {

QString CurlCommand::quoted(const QString &argument)
{
    QString inner = argument;
    inner.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + inner + QLatin1Char('\'');
}

QString CurlCommand::fromExchange(const HttpExchange &e)
{
    QStringList parts{QStringLiteral("curl"), QStringLiteral("-X"),
                      quoted(QString::fromLatin1(e.method.isEmpty() ? "GET" : e.method)),
                      quoted(QString::fromUtf8(e.url.toEncoded()))};
    for (const auto &[name, value] : e.requestHeaders) {
        // curl computes the length itself; a stale one would corrupt an edited body.
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            continue;
        parts << QStringLiteral("-H")
              << quoted(QString::fromLatin1(name) + QLatin1String(": ") + QString::fromUtf8(value));
    }
    if (!e.requestBody.isEmpty())
        parts << QStringLiteral("--data-raw") << quoted(QString::fromUtf8(e.requestBody));
    return parts.join(QLatin1Char(' '));
}

} // namespace nv
