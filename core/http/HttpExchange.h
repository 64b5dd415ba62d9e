#pragma once

#include "TlsDetails.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace nv {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// Names of the steps an exchange can belong to. Strings, not an enum, because the log stores
// and filters them and later features (refresh, discovery) add steps without a schema change.
namespace Step {
inline const QString Authorize = QStringLiteral("authorize");
inline const QString Token = QStringLiteral("token");
inline const QString Verify = QStringLiteral("verify");
inline const QString DevicePhoneNumber = QStringLiteral("device-phone-number");
} // namespace Step

// One HTTP request and its answer (or failure), as the request log records it.
// Values are raw in memory; RequestLog redacts before anything reaches the disk or a view.
struct HttpExchange
{
    qint64 id = 0; // row id once stored, 0 before
    QString runId;
    QString correlationId;
    QString step;
    QString profileName;
    QDateTime startedAt;
    QDateTime finishedAt;
    QByteArray method;
    QUrl url;
    HttpHeaders requestHeaders;
    QByteArray requestBody;
    int status = 0; // HTTP status; 0 when no answer arrived or the browser does not expose it
    HttpHeaders responseHeaders;
    QByteArray responseBody;
    QString error; // network or TLS failure, in words; empty when the exchange completed
    QString note;  // how it was observed, e.g. "browser redirect"
    // The way it went: the proxy without credentials ("none", "http://proxy:3128",
    // "system: none"; empty when not known, e.g. for the browser's hops) and what TLS did.
    QString proxy;
    TlsDetails tls;

    qint64 durationMs() const
    {
        return startedAt.isValid() && finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : 0;
    }
    QByteArray responseHeader(const QByteArray &name) const
    {
        for (const auto &[key, value] : responseHeaders) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace nv

Q_DECLARE_METATYPE(nv::HttpExchange)
