#include "RunVerdict.h"

#include "flow/AuthorizationResponse.h"
#include "flow/TokenExchange.h"
#include "flow/VerifyExchange.h"

#include <QUrlQuery>

namespace nv {

namespace {
const QString ManualStep = QStringLiteral("manual");

const HttpExchange *lastOfStep(const QList<HttpExchange> &exchanges, const QString &step)
{
    for (qsizetype i = exchanges.size() - 1; i >= 0; --i) {
        if (exchanges.at(i).step == step)
            return &exchanges.at(i);
    }
    return nullptr;
}

RunVerdict networkFailure(const HttpExchange &e)
{
    RunVerdict v;
    v.kind = RunVerdict::Kind::NetworkFailure;
    v.step = e.step;
    v.exchangeId = e.id;
    v.headline = QStringLiteral("No answer at the %1 step").arg(e.step);
    v.detail = e.error;
    v.explanation = QStringLiteral("The request did not get an HTTP answer (network, proxy or "
                                   "TLS). Check the address and the path to the operator.");
    return v;
}
} // namespace

QString RunVerdict::kindName() const
{
    switch (kind) {
    case Kind::Verified:
        return QStringLiteral("verified");
    case Kind::NotVerified:
        return QStringLiteral("not-verified");
    case Kind::AuthorizeFailed:
        return QStringLiteral("authorize-failed");
    case Kind::TokenFailed:
        return QStringLiteral("token-failed");
    case Kind::ApiError:
        return QStringLiteral("api-error");
    case Kind::NetworkFailure:
        return QStringLiteral("network-failure");
    case Kind::Incomplete:
        break;
    }
    return QStringLiteral("incomplete");
}

RunVerdict RunVerdict::fromExchanges(const QList<HttpExchange> &exchanges)
{
    if (const HttpExchange *verify = lastOfStep(exchanges, Step::Verify))
        return fromVerify(*verify);
    if (const HttpExchange *token = lastOfStep(exchanges, Step::Token))
        return fromToken(*token);
    if (const HttpExchange *hop = lastOfStep(exchanges, Step::Authorize))
        return fromAuthorize(*hop, redirectUriOf(exchanges));
    RunVerdict v;
    v.headline = QStringLiteral("No verdict");
    v.detail = exchanges.isEmpty() ||
                       std::all_of(exchanges.cbegin(), exchanges.cend(),
                                   [](const HttpExchange &e) { return e.step == ManualStep; })
                   ? QStringLiteral("The log holds no step of a flow under this correlation id.")
                   : QStringLiteral("The log holds no authorize, token or verify exchange for "
                                    "this correlation id.");
    return v;
}

RunVerdict RunVerdict::fromVerify(const HttpExchange &e)
{
    if (!e.error.isEmpty())
        return networkFailure(e);
    RunVerdict v;
    v.step = e.step;
    v.exchangeId = e.id;
    v.httpStatus = e.status;
    const VerifyResponse answer = VerifyResponse::parse(e.status, e.responseBody);
    switch (answer.kind) {
    case VerifyResponse::Kind::Verified:
    case VerifyResponse::Kind::NotVerified: {
        const bool verified = answer.kind == VerifyResponse::Kind::Verified;
        v.kind = verified ? Kind::Verified : Kind::NotVerified;
        v.headline = verified ? QStringLiteral("Verified") : QStringLiteral("Not verified");
        v.detail = answer.describe();
        v.explanation = verified ? QStringLiteral("The operator confirms that the number is the "
                                                  "one of the SIM that signed in.")
                                 : QStringLiteral("The operator says the number is not the one "
                                                  "of the SIM that signed in.");
        if (answer.assessedAt)
            v.assessedAt = answer.assessedAt->toUTC().toString(Qt::ISODate);
        return v;
    }
    case VerifyResponse::Kind::ApiError:
        v.kind = Kind::ApiError;
        v.headline = QStringLiteral("API error %1").arg(e.status);
        if (answer.error) {
            v.code = answer.error->code;
            v.detail = answer.error->message;
            v.explanation =
                (answer.error->explanation() + QLatin1Char(' ') + answer.error->advice()).trimmed();
        } else {
            v.detail = answer.describe();
        }
        return v;
    case VerifyResponse::Kind::Unreadable:
        break;
    }
    v.kind = Kind::ApiError;
    v.headline = e.status > 0 ? QStringLiteral("Unreadable answer (%1)").arg(e.status)
                              : QStringLiteral("Unreadable answer");
    v.detail = answer.problem.isEmpty() ? answer.describe() : answer.problem;
    return v;
}

RunVerdict RunVerdict::fromToken(const HttpExchange &e)
{
    if (!e.error.isEmpty())
        return networkFailure(e);
    RunVerdict v;
    v.step = e.step;
    v.exchangeId = e.id;
    v.httpStatus = e.status;
    const TokenResponse answer = TokenResponse::parse(e.status, e.responseBody);
    if (answer.ok) {
        v.headline = QStringLiteral("Stopped after the token");
        v.detail = QStringLiteral("The operator issued a token; the log holds no verify call "
                                  "under this correlation id.");
        return v;
    }
    v.kind = Kind::TokenFailed;
    v.headline = QStringLiteral("Token refused (%1)").arg(e.status);
    v.code = answer.error;
    v.detail = !answer.errorDescription.isEmpty() ? answer.errorDescription : answer.problem;
    v.explanation = answer.error.isEmpty() ? answer.describe() : explainOAuthError(answer.error);
    return v;
}

QUrl RunVerdict::redirectUriOf(const QList<HttpExchange> &exchanges)
{
    for (const HttpExchange &e : exchanges) {
        if (e.step != Step::Authorize)
            continue;
        const QUrlQuery query(e.url);
        if (query.hasQueryItem(QStringLiteral("redirect_uri")))
            return QUrl(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    }
    return {};
}

RunVerdict RunVerdict::fromAuthorize(const HttpExchange &e, const QUrl &redirectUri)
{
    if (!e.error.isEmpty())
        return networkFailure(e);
    RunVerdict v;
    v.step = e.step;
    v.exchangeId = e.id;
    v.httpStatus = e.status;
    // Where the chain ended: the Location of a plain-HTTP hop, or the URL itself when a browser
    // reached the redirect URI (the embedded browser, the system browser's loopback listener).
    QUrl end = e.url.resolved(QUrl::fromEncoded(e.responseHeader("Location")));
    if (e.responseHeader("Location").isEmpty() ||
        (redirectUri.isValid() && AuthorizationResponse::matchesRedirectUri(e.url, redirectUri)))
        end = e.url;
    const QUrlQuery query(end);
    if (query.hasQueryItem(QStringLiteral("error"))) {
        v.kind = Kind::AuthorizeFailed;
        v.code = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        v.headline = QStringLiteral("Authorize refused");
        v.detail = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        v.explanation = explainOAuthError(v.code, v.detail);
        return v;
    }
    v.headline = QStringLiteral("Stopped after authorize");
    v.detail = query.hasQueryItem(QStringLiteral("code"))
                   ? QStringLiteral("The code came back; the log holds no token exchange under "
                                    "this correlation id.")
                   : QStringLiteral("The authorize chain stopped at %1 (%2).")
                         .arg(e.url.toDisplayString(QUrl::RemoveQuery))
                         .arg(e.status);
    return v;
}

} // namespace nv
