#pragma once

// Keys, JWKs and JWS signatures made with OpenSSL directly, independently of the sandbox's own
// JOSE code, so the sandbox's checks of client assertions are tested against a second opinion.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <openssl/evp.h>

namespace testjws {

QByteArray b64url(const QByteArray &data);

// SubjectPublicKeyInfo PEM of the key's public half.
QByteArray publicPem(EVP_PKEY *key);

// An OpenSSL big-number parameter of the key, left-padded to width bytes.
QByteArray keyParameter(EVP_PKEY *key, const char *name, int width = 0);

// The public JWK of an RSA or P-256 key, with kid when one is given.
QJsonObject publicJwk(EVP_PKEY *key, const QString &kid = QString());

// RS256 for an RSA key; ES256 in JWS form (r || s, 32 bytes each, RFC 7518 3.4) for an EC key.
QByteArray sign(EVP_PKEY *key, const QByteArray &input);

// header.claims.signature, each part compact JSON in base64url.
QByteArray compactJws(const QJsonObject &header, const QJsonObject &claims, EVP_PKEY *key);

} // namespace testjws
