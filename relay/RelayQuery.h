#pragma once

// Reading what a client sent: form-encoded parameters, the values OAuth allows, the pickup key
// and the client's address. Free functions: they hold no state.

#include <QByteArray>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QList>
#include <QString>
#include <utility>

namespace nv::relayquery {

using Params = QList<std::pair<QString, QString>>;

struct ParsedForm
{
    Params params;
    QString problem; // empty when the form is usable; a sentence otherwise (no values in it)
};

// application/x-www-form-urlencoded ('+' is a space), as the operator's redirect and a form body
// carry it. A repeated name, a value longer than maxValueBytes or a value outside printable
// ASCII is a problem: OAuth forbids repeats (RFC 6749 3.1) and its values are ASCII
// (Appendix A).
ParsedForm parseForm(const QByteArray &encoded, qsizetype maxValueBytes);
QString value(const Params &params, const QString &name);
bool has(const Params &params, const QString &name);

// 16 to 128 URL-safe characters ([A-Za-z0-9._~-]): the console's state is 22 (128 random bits).
bool isValidState(const QString &state);
// "Authorization: Bearer <key>", the key being 32 to 128 base64url characters; empty otherwise.
QByteArray bearerKey(const QHttpServerRequest &request);
QByteArray header(const QHttpServerRequest &request, const QByteArray &name);

// The peer's address, or, when the peer is one of the trusted reverse proxies, the address that
// proxy put last in X-Forwarded-For (the one it saw; anything before it the client could forge).
QHostAddress clientAddress(const QHttpServerRequest &request,
                           const QList<QHostAddress> &trustedProxies);

} // namespace nv::relayquery
