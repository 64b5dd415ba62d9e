#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace nv {

// A client registered with the sandbox operator, as it would be in a partner portal.
struct SandboxClient
{
    QString id;
    // client_secret_post and client_secret_basic; empty for a client that only signs assertions.
    QString secret;
    // Compared as exact strings: real operators refuse look-alikes (trailing slash, other port,
    // prefix) and the console must show that, not paper over it.
    QList<QUrl> redirectUris;
    // PEM public key ("BEGIN PUBLIC KEY", RSA) for private_key_jwt, the CAMARA profile's
    // method: the client signs an RS256 assertion with the matching private key.
    QByteArray publicKeyPem;
};

} // namespace nv
