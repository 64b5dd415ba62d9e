#pragma once

#include "CorrelatorEcho.h"
#include "http/HttpRequest.h"
#include "profile/Profile.h"

#include <QJsonObject>
#include <QString>

namespace nv {

// Builds the authorization_code token request the way the profile says (Konera: credentials
// in the form body; others: HTTP Basic; CAMARA ICM: a signed client assertion), and reads the
// answer.
struct TokenRequestInput
{
    QUrl tokenUrl;
    QString code;
    QUrl redirectUri;
    QString clientId;
    QString clientSecret; // client_secret_post and client_secret_basic
    TokenAuthMethod authMethod = TokenAuthMethod::ClientSecretPost;
    // private_key_jwt: the signed assertion (ClientAssertion::compact), sent with
    // client_assertion_type jwt-bearer (RFC 7523 §2.2). No secret goes with it.
    QByteArray clientAssertion;
    QString codeVerifier; // empty when PKCE is off
    QString correlationHeader;
    QString correlationId;
};

HttpRequest buildTokenRequest(const TokenRequestInput &input);

// A token endpoint answer, read strictly: a wrong type or a missing required field is an error
// result with the reason, never a crash and never a guess.
struct TokenResponse
{
    bool ok = false;
    int httpStatus = 0;
    QString accessToken;
    QString tokenType;
    qint64 expiresIn = -1; // -1 when absent
    QString scope;
    QString refreshToken;
    QString idToken;
    QJsonObject json; // the whole answer, for the inspector
    // private_key_jwt: the client assertion this request sent, decoded for the token step
    // (header: alg, typ, kid; claims: iss, sub, aud, jti, iat, exp). Never the compact form
    // (a credential) and never the key. Empty for the other methods.
    QJsonObject clientAssertionHeader;
    QJsonObject clientAssertionClaims;

    // Failure: either an RFC 6749 error body or a reason the answer could not be read.
    QString error;            // e.g. invalid_grant
    QString errorDescription; // from the operator
    QString problem;          // our words when the answer is not what RFC 6749 says
    // Whether the answer echoed the request's correlation id, errors included (set by FlowRun).
    CorrelatorEcho correlatorEcho;

    static TokenResponse parse(int httpStatus, const QByteArray &body);
    QString describe() const;
};

} // namespace nv

#include <QMetaType>
Q_DECLARE_METATYPE(nv::TokenResponse)
