#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace nv {

struct SandboxClient;

// private_key_jwt (RFC 7523, OpenID Connect Core 9), the client authentication the CAMARA ICM
// profile asks for: the client signs a short-lived RS256 JWT with its private key and the
// operator checks it against the public key registered for the client.
class ClientAssertionVerifier
{
public:
    static QString assertionType(); // urn:ietf:params:oauth:client-assertion-type:jwt-bearer
    // Assertions may live at most this long, as the ICM profile says.
    static constexpr qint64 MaxLifetimeSeconds = 300;

    // The iss claim read without checking anything, to find whose key to check against.
    static QString unverifiedIssuer(const QByteArray &assertion);
    // nullopt when valid (and then its jti is spent); otherwise why not, for error_description.
    std::optional<QString> verify(const QByteArray &assertion, const SandboxClient &client,
                                  const QStringList &audiences);
    // True when the PEM holds an RSA public key this verifier can use.
    static bool isUsablePublicKey(const QByteArray &pem);

private:
    void forgetSpent();

    // jti -> when the assertion expires; after that a replay fails on exp anyway.
    QHash<QString, QDeadlineTimer> m_spentIds;
};

} // namespace nv
