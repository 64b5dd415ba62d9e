#pragma once

#include "SandboxClock.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace nv {

struct SandboxClient;

// private_key_jwt (RFC 7523, OpenID Connect Core 9), the client authentication the CAMARA ICM
// profile asks for: the client signs a short-lived JWT (RS256 or ES256) with its private key and
// the operator checks it against the public keys registered for the client (a PEM key, a JWK or
// a JWKS). Signatures are checked by cjose, the JOSE library of mod_auth_openidc, so the sandbox
// carries no JWS code of its own; the claims are the operator's rules and are checked here.
class ClientAssertionVerifier
{
public:
    static QString assertionType(); // urn:ietf:params:oauth:client-assertion-type:jwt-bearer
    // Assertions may live at most this long (exp - iat), as the ICM profile says.
    static constexpr qint64 MaxLifetimeSeconds = 300;

    explicit ClientAssertionVerifier(std::shared_ptr<const SandboxClock> clock = nullptr);
    ~ClientAssertionVerifier();
    ClientAssertionVerifier(const ClientAssertionVerifier &) = delete;
    ClientAssertionVerifier &operator=(const ClientAssertionVerifier &) = delete;

    // The iss claim read without checking anything, to find whose key to check against.
    static QString unverifiedIssuer(const QByteArray &assertion);
    // nullopt when valid (and then its jti is spent); otherwise which check failed, for
    // error_description.
    std::optional<QString> verify(const QByteArray &assertion, const SandboxClient &client,
                                  const QStringList &audiences);
    // Why a client's registered keys cannot be used (empty when at least one public RSA or EC
    // P-256 key is usable and none is private).
    static QString keyProblem(const QByteArray &pem, const QByteArray &jwks);
    // True when the PEM holds an RSA or EC P-256 public key this verifier can use.
    static bool isUsablePublicKey(const QByteArray &pem);

    struct Key;
    using KeySet = std::vector<std::shared_ptr<Key>>;

private:
    const KeySet &keysOf(const SandboxClient &client);
    std::optional<QString> checkSignature(const QByteArray &assertion, const QString &alg,
                                          const QString &kid, const SandboxClient &client);
    std::optional<QString> checkClaims(const QJsonObject &claims, const SandboxClient &client,
                                       const QStringList &audiences, qint64 *expiry) const;
    std::optional<QString> spendJti(const QString &clientId, const QString &jti, qint64 expiry);
    void forgetSpent();

    std::shared_ptr<const SandboxClock> m_clock;
    // Keys are parsed once per client; registrations do not change while the sandbox runs.
    QHash<QString, KeySet> m_keys;
    // client + jti -> when the assertion expires (epoch s); after that a replay fails on exp.
    QHash<QString, qint64> m_spentIds;
};

} // namespace nv
