#include "RelayResult.h"

namespace nv {

QJsonObject RelayResult::toJson() const
{
    QJsonObject json{{QStringLiteral("state"), state},
                     {QStringLiteral("received_at"), receivedAt.toString(Qt::ISODateWithMs)}};
    if (isError()) {
        json.insert(QStringLiteral("error"), error);
        if (!errorDescription.isEmpty())
            json.insert(QStringLiteral("error_description"), errorDescription);
    } else {
        json.insert(QStringLiteral("code"), code);
    }
    if (!issuer.isEmpty())
        json.insert(QStringLiteral("iss"), issuer);
    return json;
}

} // namespace nv
