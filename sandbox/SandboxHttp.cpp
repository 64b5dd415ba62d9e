#include "SandboxHttp.h"

#include <QJsonDocument>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSet>

namespace nv::sandboxhttp {

QString formDecode(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

FormParams parseForm(const QByteArray &encoded)
{
    FormParams params;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq < 0)
            params.append({formDecode(pair), QString()});
        else
            params.append({formDecode(pair.left(eq)), formDecode(pair.mid(eq + 1))});
    }
    return params;
}

QStringList repeatedNames(const FormParams &params)
{
    QSet<QString> seen;
    QStringList repeated;
    for (const auto &[name, value] : params) {
        if (seen.contains(name) && !repeated.contains(name))
            repeated.append(name);
        seen.insert(name);
    }
    return repeated;
}

QString formValue(const FormParams &params, const QString &name)
{
    for (const auto &[key, value] : params) {
        if (key == name)
            return value;
    }
    return QString();
}

bool hasParam(const FormParams &params, const QString &name)
{
    for (const auto &param : params) {
        if (param.first == name)
            return true;
    }
    return false;
}

QUrl withQuery(const QUrl &url, const FormParams &params)
{
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : params) {
        if (!query.isEmpty())
            query += '&';
        // toPercentEncoding leaves only unreserved characters bare, so '+', '&', '=' and spaces
        // in a value can never be misread by the client's parser.
        query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    QUrl result = url;
    result.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return result;
}

QString methodName(QHttpServerRequest::Method method)
{
    const char *key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(method));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    // QHttpServerRequest::value() is case-insensitive in some releases only; do it by hand.
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return QByteArray();
}

QByteArray mediaType(const QHttpServerRequest &request)
{
    QByteArray type = header(request, "content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

QByteArray cookie(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &item : value.split(';')) {
            const QByteArray trimmed = item.trimmed();
            const qsizetype eq = trimmed.indexOf('=');
            if (eq > 0 && trimmed.left(eq) == name)
                return trimmed.mid(eq + 1);
        }
    }
    return QByteArray();
}

bool isValidCorrelator(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9\\-_:;.\\/<>{}]{0,256}$"));
    return pattern.match(QString::fromLatin1(value)).hasMatch();
}

QHttpServerResponse json(const QJsonObject &body, Status status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse camaraError(Status status, const QString &code, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("status"), int(status)},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("message"), message}},
                status);
}

QHttpServerResponse oauthError(Status status, const QString &error, const QString &description)
{
    QHttpServerResponse response =
        json(QJsonObject{{QStringLiteral("error"), error},
                         {QStringLiteral("error_description"), description}},
             status);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

QHttpServerResponse redirect(Status status, const QUrl &location)
{
    QHttpServerResponse response(QByteArrayLiteral("text/plain; charset=utf-8"),
                                 QByteArrayLiteral("Redirecting\n"), status);
    response.setHeader("Location", location.toEncoded());
    response.setHeader("Cache-Control", "no-store");
    return response;
}

QHttpServerResponse htmlPage(Status status, const PageLanguage &language, const QString &title,
                             const QString &message)
{
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                       "<title>%2</title></head>\n<body><h1>%2</h1>\n<p>%3</p>\n"
                       "<p>%4</p></body></html>\n")
            .arg(language.code(), title.toHtmlEscaped(), message.toHtmlEscaped(),
                 language
                     .text("nv::sandboxhttp",
                           QT_TRANSLATE_NOOP("nv::sandboxhttp", "NV Console operator sandbox"))
                     .toHtmlEscaped());
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), page.toUtf8(),
                                 status);
    response.setHeader("Cache-Control", "no-store");
    return response;
}

} // namespace nv::sandboxhttp
