#include "AuthorizeRequest.h"

namespace nv {

QByteArray encodeFormPairs(const QList<QPair<QString, QString>> &pairs)
{
    QByteArray encoded;
    for (const auto &[key, value] : pairs) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return encoded;
}

QUrl AuthorizeRequest::buildUrl(const Profile &profile, const QString &state, const QString &nonce,
                                const std::optional<Pkce> &pkce)
{
    QList<QPair<QString, QString>> pairs{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), profile.clientId},
        {QStringLiteral("redirect_uri"), profile.redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("scope"), profile.scope},
        {QStringLiteral("state"), state},
    };
    if (!nonce.isEmpty())
        pairs.append({QStringLiteral("nonce"), nonce});
    if (!profile.loginHint.isEmpty())
        pairs.append({QStringLiteral("login_hint"), profile.loginHint});
    if (!profile.prompt.isEmpty())
        pairs.append({QStringLiteral("prompt"), profile.prompt});
    if (!profile.koneraContext.isEmpty())
        pairs.append({QStringLiteral("konera_context"), profile.koneraContext});
    if (pkce) {
        pairs.append({QStringLiteral("code_challenge"), pkce->challenge});
        pairs.append({QStringLiteral("code_challenge_method"), pkce->method});
    }

    QUrl url = profile.authorizeUrl;
    // Keep any query the operator put in the configured URL, then append ours.
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty())
        query += '&';
    query += encodeFormPairs(pairs);
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

AuthorizeRequest AuthorizeRequest::create(const Profile &profile)
{
    AuthorizeRequest request;
    request.redirectUri = profile.redirectUri;
    request.state = randomUrlSafeToken(16);
    if (profile.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("openid")))
        request.nonce = randomUrlSafeToken(16);
    if (profile.usePkce)
        request.pkce = Pkce::generate();
    request.url = buildUrl(profile, request.state, request.nonce, request.pkce);
    return request;
}

} // namespace nv
