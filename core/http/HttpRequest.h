#pragma once

#include "HttpExchange.h"

namespace nv {

// A request exactly as it will be sent. The console builds OAuth and API requests itself
// (instead of letting QOAuth2AuthorizationCodeFlow do it) because a test console must show,
// and let the person edit, every parameter and header before it goes out.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HttpHeaders headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                header.second = value;
                return;
            }
        }
        headers.append({name, value});
    }
};

// Which run and step an exchange belongs to; stamped on every recorded exchange.
struct ExchangeContext
{
    QString runId;
    QString correlationId;
    QString step;
    QString profileName;
};

} // namespace nv
