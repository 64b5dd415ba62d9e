#pragma once

#include "ProfileProblem.h"
#include "flow/DriverKind.h"
#include "http/NetworkSettings.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <optional>

namespace nv {

// How the client authenticates at the token endpoint.
enum class TokenAuthMethod
{
    ClientSecretPost,  // client_id + client_secret in the form body (Konera PXG)
    ClientSecretBasic, // HTTP Basic
    PrivateKeyJwt,     // a client assertion signed with the client's private key (CAMARA ICM)
};

// private_key_jwt: whom the client assertion is addressed to (its "aud").
enum class AssertionAudience
{
    TokenEndpoint, // the token endpoint URL (RFC 7523 §3)
    Issuer,        // the operator's issuer (OpenID Connect Core §9 allows either)
};

// The Number Verification API version the verify URL speaks (v1: CAMARA r1.x, Konera PXG's
// portal; v2: CAMARA r3.x). The body and answer are the same; the path differs.
enum class ApiVersion
{
    V1,
    V2,
};

// Everything needed to run a flow against one operator. Never holds the client secret:
// that lives in SecretStore, keyed by profile name.
struct Profile
{
    QString name;
    bool builtIn = false; // read-only in the editor, duplicable
    bool sandbox = false; // endpoints are resolved against the in-process sandbox at run time
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl verifyUrl;
    QString clientId;
    QUrl redirectUri;
    QString scope;
    QString prompt;
    QString loginHint;
    QString koneraContext;
    QString correlationHeader;
    bool usePkce = false;
    TokenAuthMethod tokenAuthMethod = TokenAuthMethod::ClientSecretPost;
    // private_key_jwt only: which key signs the client assertion. Never the key itself: the
    // private key lives in SecretStore under ClientKey::secretName(clientKeyId).
    QString clientKeyAlg; // "RS256" or "ES256"; empty: the key's own (RSA: RS256, EC: ES256)
    QString clientKeyId;  // the key's kid, its RFC 7638 thumbprint
    AssertionAudience assertionAudience = AssertionAudience::TokenEndpoint;
    // How the authorize chain is walked by default (the window can change it per run), and for
    // the phone mode the relay whose /callback is the registered redirect URI (empty: the
    // person pastes the redirect back).
    DriverKind authorizeWith = DriverKind::EmbeddedBrowser;
    QUrl relayUrl;
    // Which API version verifyUrl speaks (ProfilePresets builds the path from it).
    ApiVersion apiVersion = ApiVersion::V1;
    // Profiles made from an operator's discovery document: the issuer it was read from and the
    // key set it names (for the id_token's signature). Empty for the others.
    QUrl issuer;
    QUrl jwksUrl;
    // Proxy, extra CA certificates and client certificate (NetworkEnvironment applies them).
    NetworkSettings network;

    static QString defaultScope();
    static QString defaultCorrelationHeader();
    static Profile konera();
    static Profile builtInSandbox();

    // Sandbox profiles name paths only; this fills in the running sandbox's origin.
    Profile resolvedAgainst(const QUrl &sandboxBaseUrl) const;

    // Everything wrong with this profile, in words: the one validator behind the editor, the
    // window and nv-cli. An unresolved sandbox profile may name paths instead of URLs.
    ProfileProblems problems() const;

    QJsonObject toJson() const;
    // problem (optional): set when the object names something this console does not know (a
    // token auth method, a client key algorithm, an assertion audience); the profile then keeps
    // the default for it, and an import must refuse it rather than run with a guess.
    static Profile fromJson(const QJsonObject &object, QString *problem = nullptr);

    bool operator==(const Profile &other) const = default;
};

QString tokenAuthMethodName(TokenAuthMethod method);
// The RFC 8414 / OpenID names: client_secret_post, client_secret_basic, private_key_jwt.
std::optional<TokenAuthMethod> tokenAuthMethodFromName(const QString &name);
QString assertionAudienceName(AssertionAudience audience); // "token" or "issuer"
std::optional<AssertionAudience> assertionAudienceFromName(const QString &name);
QString apiVersionName(ApiVersion version); // "v1" or "v2"
std::optional<ApiVersion> apiVersionFromName(const QString &name);

} // namespace nv
