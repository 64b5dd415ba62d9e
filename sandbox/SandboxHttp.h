#pragma once

// Small HTTP helpers shared by the sandbox endpoints. Free functions rather than a class: they
// hold no state and each endpoint uses a different subset.

#include "PageLanguage.h"

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>
#include <utility>

namespace nv::sandboxhttp {

using Status = QHttpServerResponse::StatusCode;
using FormParams = QList<std::pair<QString, QString>>;

// Bodies are small for every endpoint; anything larger is a client bug or abuse.
constexpr qsizetype MaxBodyBytes = 64 * 1024;

// application/x-www-form-urlencoded, as browsers and curl produce it: '+' is a space. QUrlQuery
// does not do that, which silently breaks "scope=openid+number-verification:verify".
FormParams parseForm(const QByteArray &encoded);
QString formDecode(QByteArray part);
// Every parameter that occurs more than once (RFC 6749 3.1 and 3.2 forbid repeats).
QStringList repeatedNames(const FormParams &params);
QString formValue(const FormParams &params, const QString &name);
bool hasParam(const FormParams &params, const QString &name);

// Appends query parameters to a URL that may already carry its own query.
QUrl withQuery(const QUrl &url, const FormParams &params);

QString methodName(QHttpServerRequest::Method method);
QByteArray header(const QHttpServerRequest &request, const QByteArray &name);
// The media type without parameters, lower case: "application/json; charset=utf-8" ->
// "application/json".
QByteArray mediaType(const QHttpServerRequest &request);
QByteArray cookie(const QHttpServerRequest &request, const QByteArray &name);

// CAMARA's x-correlator pattern (v2.1.0); also applied to x-correlation-id so that nothing odd is
// ever reflected into a response header.
bool isValidCorrelator(const QByteArray &value);

QHttpServerResponse json(const QJsonObject &body, Status status = Status::Ok);
QHttpServerResponse camaraError(Status status, const QString &code, const QString &message);
QHttpServerResponse oauthError(Status status, const QString &error, const QString &description);
QHttpServerResponse redirect(Status status, const QUrl &location);
// A page for a person (the browser's language: `language`); title and message translated.
QHttpServerResponse htmlPage(Status status, const PageLanguage &language, const QString &title,
                             const QString &message);

} // namespace nv::sandboxhttp
