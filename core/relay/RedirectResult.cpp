#include "RedirectResult.h"

#include <utility>

namespace nv {

QUrl RedirectResult::toRedirectUrl(const QUrl &redirectUri) const
{
    const std::pair<const char *, const QString *> params[] = {
        {"code", &code},   {"state", &state},
        {"error", &error}, {"error_description", &errorDescription},
        {"iss", &issuer},
    };
    QByteArray query = redirectUri.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : params) {
        if (value->isEmpty())
            continue;
        if (!query.isEmpty())
            query += '&';
        // Only unreserved characters stay bare: '+', '&', '=' and spaces in a value cannot be
        // misread by any query parser.
        query += QByteArray(name) + '=' + QUrl::toPercentEncoding(*value);
    }
    QUrl url = redirectUri;
    url.setFragment(QString());
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace nv
