#pragma once

#include "Pkce.h"
#include "profile/Profile.h"

#include <QUrl>
#include <optional>

namespace nv {

// The front-channel request that starts a run, with the per-run secrets it binds.
struct AuthorizeRequest
{
    QUrl url;
    QUrl redirectUri;
    QString state;
    QString nonce; // empty unless the scope asks for openid
    std::optional<Pkce> pkce;

    // Fresh state, nonce and PKCE pair for the profile.
    static AuthorizeRequest create(const Profile &profile);
    // Deterministic building block (tests feed fixed values).
    static QUrl buildUrl(const Profile &profile, const QString &state, const QString &nonce,
                         const std::optional<Pkce> &pkce);
};

// Form/query encoding where every reserved character is escaped. QUrlQuery leaves '+' as is,
// which servers read as a space: "tel:+34…" would arrive as "tel: 34…".
QByteArray encodeFormPairs(const QList<QPair<QString, QString>> &pairs);

} // namespace nv
