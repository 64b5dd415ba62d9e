#pragma once

#include "NetworkSettings.h"

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <optional>

namespace nv {

// A client certificate for mutual TLS and its private key, read from the profile's files and
// checked before anything is sent: either a PEM certificate with a PEM key (clientKeyFile,
// possibly encrypted), or one PKCS#12 file (.p12/.pfx) that carries both, told apart by the
// file's content, not its name. Every way the files can be wrong is a sentence of its own: an
// unreadable file, no certificate, no key, a missing or wrong passphrase, a key that does not
// belong to the certificate.
struct ClientCertificate
{
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    QList<QSslCertificate> chain; // the client's certificate first, then its issuers if given
    QSslKey key;
    bool fromPkcs12 = false;

    // Reads settings.clientCertFile (and clientKeyFile for PEM); nothing, with *error, when
    // the files cannot be used.
    static std::optional<ClientCertificate> load(const NetworkSettings &settings,
                                                 const QByteArray &passphrase, QString *error);
    // A DER PKCS#12 structure (what .p12 and .pfx files hold), by content.
    static bool isPkcs12(const QByteArray &data);
};

} // namespace nv
