#pragma once

#include "JwsAlgorithm.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY: OpenSSL stays private to nvcore

namespace nv {

// One asymmetric key for JWS: RSA (2048 to 8192 bits, for RS256/384/512 and PS256) or EC P-256
// (ES256), private or public only. Made by OpenSSL 3's EVP API and nothing else; see
// core/jose/sources.cmake for why the console has its own small JOSE layer. Copies share the
// key; it is freed with the last copy.
class JoseKey
{
public:
    enum class Type
    {
        None,
        Rsa,
        EcP256
    };

    // Bounds on what is read: a PEM or JWK key is a few kilobytes at most.
    static constexpr qsizetype MaxPemBytes = 64 * 1024;
    static constexpr int MinRsaBits = 2048; // RFC 7518 §3.3
    static constexpr int MaxRsaBits = 8192; // beyond this a verify is a denial of service

    JoseKey() = default;

    // RSA-2048 for RS256 (and PS256), P-256 for ES256.
    static JoseKey generate(JwsAlgorithm alg, QString *error);
    // A private key (PKCS#8 "BEGIN PRIVATE KEY", or the traditional "BEGIN RSA PRIVATE KEY" /
    // "BEGIN EC PRIVATE KEY") or a public key ("BEGIN PUBLIC KEY"). Encrypted keys are refused
    // (no passphrase prompt ever appears).
    static JoseKey fromPem(const QByteArray &pem, QString *error);
    // A JWK (RFC 7517/7518 §6): RSA or EC P-256, with or without its private members.
    static JoseKey fromJwk(const QJsonObject &jwk, QString *error);
    // Takes ownership of an OpenSSL key; null (and *error set) unless RSA or EC P-256 of a
    // size the console accepts.
    static JoseKey adopt(evp_pkey_st *key, QString *error);

    bool isNull() const { return !m_key; }
    Type type() const { return m_type; }
    bool isPrivate() const { return m_private; }
    int bits() const;
    // "RSA 2048-bit" or "EC P-256", for messages.
    QString description() const;
    bool suits(JwsAlgorithm alg) const;
    // RS256 for RSA, ES256 for P-256: the algorithm a client assertion uses with this key.
    std::optional<JwsAlgorithm> defaultAlgorithm() const;

    // The public JWK: kty and its public members, "use": "sig", "alg" when given, and "kid" =
    // the RFC 7638 thumbprint.
    QJsonObject publicJwk(std::optional<JwsAlgorithm> alg = std::nullopt) const;
    // {"keys": [publicJwk]}: what is registered with an operator.
    QJsonObject publicJwks(std::optional<JwsAlgorithm> alg = std::nullopt) const;
    // RFC 7638 (SHA-256, base64url); the console's kid for its own keys.
    QString thumbprint() const;
    // PKCS#8 PEM, unencrypted; empty for a public key. A credential: keychain or a 0600 file.
    QByteArray privatePem() const;
    QByteArray publicPem() const; // SubjectPublicKeyInfo ("BEGIN PUBLIC KEY")

    evp_pkey_st *handle() const { return m_key.get(); }

private:
    std::shared_ptr<evp_pkey_st> m_key;
    Type m_type = Type::None;
    bool m_private = false;
};

} // namespace nv
