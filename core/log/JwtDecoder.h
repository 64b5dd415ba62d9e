#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace nv {

// Decodes JSON Web Tokens for reading (header and claims). Never verifies a signature: the
// log shows what the operator sent, the flow checks what it accepts.
class JwtDecoder
{
public:
    struct Jwt
    {
        QString name; // where it was found: "id_token", "Authorization", ... or empty
        QByteArray token;
        QJsonObject header;
        QJsonObject payload;
        bool signed_ = false; // a non-empty third part
    };

    static std::optional<Jwt> decode(const QByteArray &token);
    // Every JWT-shaped value in a text (bodies, headers, URLs), each once.
    static QList<Jwt> findAll(const QByteArray &text);
    // Claims that are times (exp, iat, nbf, auth_time) as readable UTC, for the detail view.
    static QString describeTimes(const QJsonObject &payload);
};

} // namespace nv
