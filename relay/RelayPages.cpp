#include "RelayPages.h"

#include <QJsonDocument>

namespace nv::relaypages {

namespace {

void secure(QHttpServerResponse &response)
{
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy",
                       "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
                       "base-uri 'none'; form-action 'none'");
}

const char *accent(Mood mood)
{
    switch (mood) {
    case Mood::Done:
        return "#1a7f37";
    case Mood::Refused:
        return "#9a6700";
    case Mood::Problem:
        break;
    }
    return "#cf222e";
}

const char *symbol(Mood mood)
{
    switch (mood) {
    case Mood::Done:
        return "&#10003;"; // check mark
    case Mood::Refused:
        return "!";
    case Mood::Problem:
        break;
    }
    return "&#215;"; // multiplication sign
}

} // namespace

QHttpServerResponse page(Status status, Mood mood, const PageLanguage &language,
                         const QString &title, const QString &message)
{
    static const QString style = QStringLiteral(
        "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
        "background:#f6f8fa;color:#1f2328;display:flex;min-height:100vh;align-items:center;"
        "justify-content:center}"
        "main{max-width:28rem;margin:1.5rem;padding:2rem 1.5rem;background:#fff;"
        "border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12);text-align:center}"
        ".mark{width:4rem;height:4rem;line-height:4rem;margin:0 auto 1rem;border-radius:50%;"
        "color:#fff;font-size:2.2rem;font-weight:bold}"
        "h1{font-size:1.5rem;margin:0 0 .75rem}p{font-size:1.1rem;line-height:1.5;margin:0}"
        "small{display:block;margin-top:1.5rem;color:#656d76}"
        "@media(prefers-color-scheme:dark){body{background:#0d1117;color:#e6edf3}"
        "main{background:#161b22}small{color:#8d96a0}}");
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%6\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                       "<meta name=\"robots\" content=\"noindex\"><title>%1</title>"
                       "<style>%2</style></head>\n<body><main>"
                       "<div class=\"mark\" style=\"background:%3\" aria-hidden=\"true\">%4</div>"
                       "<h1>%1</h1><p>%5</p><small>%7</small>"
                       "</main></body></html>\n")
            .arg(title.toHtmlEscaped(), style, QLatin1String(accent(mood)),
                 QLatin1String(symbol(mood)), message.toHtmlEscaped(), language.code(),
                 language
                     .text("nv::relaypages",
                           QT_TRANSLATE_NOOP("nv::relaypages", "NV Console sign-in relay"))
                     .toHtmlEscaped());
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(),
                                 status);
    secure(response);
    return response;
}

QHttpServerResponse json(Status status, const QJsonObject &body)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    secure(response);
    return response;
}

QHttpServerResponse jsonError(Status status, const QString &code, const QString &description)
{
    return json(status, QJsonObject{{QStringLiteral("error"), code},
                                    {QStringLiteral("error_description"), description}});
}

QHttpServerResponse empty(Status status)
{
    QHttpServerResponse response(status);
    secure(response);
    return response;
}

QHttpServerResponse withRetryAfter(QHttpServerResponse response, int seconds)
{
    response.setHeader("Retry-After", QByteArray::number(qMax(1, seconds)));
    return response;
}

} // namespace nv::relaypages
