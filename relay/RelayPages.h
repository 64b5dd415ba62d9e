#pragma once

// What the relay answers: a small page for the phone's browser, JSON for the console. Every
// answer forbids caching and referrers (the callback URL carries a code) and framing.

#include "PageLanguage.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace nv::relaypages {

using Status = QHttpServerResponse::StatusCode;

enum class Mood
{
    Done,
    Refused, // the operator said no (error=): the sign-in ended, with an answer
    Problem, // the request itself was wrong or too late
};

// A page for a phone: one heading, one paragraph, readable at arm's length, no script, no
// external resources; title and message already in `language`.
QHttpServerResponse page(Status status, Mood mood, const PageLanguage &language,
                         const QString &title, const QString &message);
QHttpServerResponse json(Status status, const QJsonObject &body);
// {"error": code, "error_description": description}
QHttpServerResponse jsonError(Status status, const QString &code, const QString &description);
QHttpServerResponse empty(Status status);
QHttpServerResponse withRetryAfter(QHttpServerResponse response, int seconds);

} // namespace nv::relaypages
