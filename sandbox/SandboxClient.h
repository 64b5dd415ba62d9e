#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace nv {

// A client registered with the sandbox operator, as it would be in a partner portal.
struct SandboxClient
{
    // The one token endpoint authentication a strict client is registered for (Any: whichever
    // it sends, as long as it sends exactly one).
    enum class AuthMethod
    {
        Any,
        ClientSecretPost,
        ClientSecretBasic,
        PrivateKeyJwt
    };
    // How a strict client must present the number on /verify.
    enum class NumberForm
    {
        Any,
        Plain, // phoneNumber
        Hashed // hashedPhoneNumber
    };

    QString id;
    // client_secret_post and client_secret_basic; empty for a client that only signs assertions.
    QString secret;
    // Compared as exact strings: real operators refuse look-alikes (trailing slash, other port,
    // prefix) and the console must show that, not paper over it.
    QList<QUrl> redirectUris;
    // For private_key_jwt, the CAMARA profile's method: the client signs an RS256 or ES256
    // assertion with its private key, and the sandbox checks it against one of these. A PEM
    // public key ("BEGIN PUBLIC KEY", RSA or EC P-256) ...
    QByteArray publicKeyPem;
    // ... and/or a JWK or a JWKS ({"keys":[...]}) as JSON text (public RSA or EC P-256 keys).
    QByteArray publicJwks;

    // A strict client: settings a real partner registration pins, so a console can be shown on
    // the wire to honour its profile (token auth method, PKCE, number hashing).
    AuthMethod authMethod = AuthMethod::Any;
    bool requirePkce = false; // every authorize request carries an S256 code_challenge
    NumberForm numberForm = NumberForm::Any;

    static QString authMethodName(AuthMethod method); // "client_secret_post", ...
};

} // namespace nv
