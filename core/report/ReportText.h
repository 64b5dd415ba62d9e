#pragma once

#include "http/HttpExchange.h"

#include <QByteArray>
#include <QString>

namespace nv {

// Text as a report writes it: escaped for HTML or XML (SVG), shortened to fit, bodies made
// readable. Everything that reaches a report passes through here: the log holds what servers
// sent, and a server may send anything.
namespace ReportText {

// HTML-escaped; characters XML 1.0 does not allow (controls, lone surrogates, U+FFFE/U+FFFF)
// become U+FFFD, so the same text is valid in HTML and in an inline SVG.
QString escaped(const QString &text);
// At most maxChars characters, with an ellipsis in the middle when cut (the end of a path is
// as telling as its start).
QString elided(const QString &text, int maxChars);
// "12 ms", "1.4 s", "2 min 05 s".
QString duration(qint64 ms);
// A body for reading: JSON pretty-printed, a form one parameter per line, text as it is, and
// binary data said in words. Never longer than the body's bound (RunReport::MaxBodyBytes).
QString prettyBody(const QByteArray &body, const QByteArray &contentType);
// Escaped text with the log's redaction markers ([redacted:1a2b3c4d]) wrapped in
// <span class="marker">, so a reader sees at once what was withheld.
QString withMarkers(const QString &plain);
// The path and query of a URL for a diagram label, without scheme and host.
QString pathOf(const QUrl &url);
// One line saying how an exchange was answered: "302 → /callback?code=…", "200
// devicePhoneNumberVerified: true", "403 NUMBER_VERIFICATION.…", "no answer: …".
QString answerSummary(const HttpExchange &exchange);

} // namespace ReportText
} // namespace nv
