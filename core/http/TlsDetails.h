#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class QSslCertificate;
class QSslConfiguration;

namespace nv {

// One certificate of the chain a server presented, as the log shows it.
struct PeerCertificate
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // hex, colon-separated, as browsers show it

    static PeerCertificate from(const QSslCertificate &certificate);
    bool operator==(const PeerCertificate &other) const = default;
};

// What TLS did for one exchange: empty for plain http and for exchanges that never reached a
// handshake.
struct TlsDetails
{
    QString protocol; // "TLS 1.3"
    QString cipher;   // "TLS_AES_256_GCM_SHA384"
    QList<PeerCertificate> peerChain;
    QString verification; // "verified", or the named failure
    bool clientCertificateSent = false;

    bool isEmpty() const { return protocol.isEmpty() && peerChain.isEmpty(); }
    // Protocol and cipher from the session, the chain from the peer.
    static TlsDetails from(const QSslConfiguration &configuration);

    QJsonObject toJson() const;
    static TlsDetails fromJson(const QJsonObject &object);
    bool operator==(const TlsDetails &other) const = default;
};

} // namespace nv
