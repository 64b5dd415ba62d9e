#pragma once

#include "JoseKey.h"
#include "JwsAlgorithm.h"

#include <QByteArray>
#include <QString>

namespace nv {

// The client's private key for private_key_jwt, checked against what the profile (or the
// command line) asks for. The one place that decides whether a key may sign a client assertion:
// RunSession, FlowRun and nv-cli all go through load().
//
// Where it is kept: never in the profile file. The profile names the key by its algorithm and
// kid (the RFC 7638 thumbprint); the PEM lives in the keychain through SecretStore under
// secretName(kid), or comes from a file or an environment variable for one run of nv-cli.
struct ClientKey
{
    JoseKey key;
    JwsAlgorithm alg = JwsAlgorithm::RS256;
    QString kid;
    QString problem; // why the key cannot be used, in words; empty when it can

    bool ok() const { return problem.isEmpty() && !key.isNull(); }

    // The algorithms a client assertion may use.
    static QStringList assertionAlgorithms(); // RS256, ES256
    // text: a private key as PEM, or as a JWK (JSON). expectedAlg / expectedKid: empty when
    // the profile pins nothing; otherwise the key must match them.
    static ClientKey load(const QByteArray &text, const QString &expectedAlg = {},
                          const QString &expectedKid = {});
    // The SecretStore entry that holds the private key with this kid.
    static QString secretName(const QString &kid);
};

} // namespace nv
