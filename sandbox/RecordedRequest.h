#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace nv {

// One request as the sandbox received it, and what it answered: for in-process tests that must
// prove on the wire what a client sent (auth method, PKCE, hashed number, headers). Raw on
// purpose: it never leaves the process and is never written anywhere.
struct RecordedRequest
{
    QString method;
    QString path;
    QString query; // percent-encoded, as received
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // The body as form parameters when it is application/x-www-form-urlencoded, else empty.
    QList<std::pair<QString, QString>> form;
    int status = 0;  // 0: the connection was closed without an answer
    int delayMs = 0; // how long the answer was held back

    QByteArray header(const QByteArray &name) const;
    QString formValue(const QString &name) const;
};

} // namespace nv
