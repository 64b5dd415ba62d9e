#pragma once

#include "http/HttpExchange.h"

#include <QList>
#include <QString>

namespace nv {

// How a run ended, told from its exchanges in the request log alone: the verify answer, or the
// token or authorize answer that stopped the run. The log is what a report is made from (it is
// redacted, and it outlives the window), so the verdict is read back from it with the same
// strict parsers the run used (VerifyResponse, TokenResponse, the OAuth error words), never
// guessed. Manual resends (step "manual") are shown in a report but do not change its verdict.
struct RunVerdict
{
    enum class Kind
    {
        Verified,
        NotVerified,
        AuthorizeFailed,
        TokenFailed,
        ApiError,
        NetworkFailure,
        Incomplete, // the log holds no answer that ends the run (it stopped, or is still going)
    };

    Kind kind = Kind::Incomplete;
    QString step; // the step whose answer decided: authorize, token, verify
    int httpStatus = 0;
    QString code;        // the CAMARA code or OAuth error
    QString headline;    // "Verified", "Not verified", "API error 403", ...
    QString detail;      // what the operator (or the network) said
    QString explanation; // what it means and what to do
    QString assessedAt;  // the operator's assessedAt, as sent
    qint64 exchangeId = 0;

    bool isGood() const { return kind == Kind::Verified; }
    // "verified", "not-verified", "authorize-failed", "token-failed", "api-error",
    // "network-failure", "incomplete".
    QString kindName() const;

    // exchanges: one correlation id's, oldest first.
    static RunVerdict fromExchanges(const QList<HttpExchange> &exchanges);
    // The redirect_uri the run's first authorize request named (empty when none is logged).
    static QUrl redirectUriOf(const QList<HttpExchange> &exchanges);

private:
    static RunVerdict fromVerify(const HttpExchange &verify);
    static RunVerdict fromToken(const HttpExchange &token);
    static RunVerdict fromAuthorize(const HttpExchange &lastHop, const QUrl &redirectUri);
};

} // namespace nv
