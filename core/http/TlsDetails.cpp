#include "TlsDetails.h"

#include <QJsonArray>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>

namespace nv {

namespace {

QString oneLine(const QStringList &parts)
{
    return parts.join(QLatin1String(", "));
}

// "CN=api.example, O=Example": the parts a person recognises, in the usual order.
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    const auto info = [&](QSslCertificate::SubjectInfo which) {
        return issuer ? certificate.issuerInfo(which) : certificate.subjectInfo(which);
    };
    const std::pair<QSslCertificate::SubjectInfo, const char *> fields[] = {
        {QSslCertificate::CommonName, "CN"},
        {QSslCertificate::Organization, "O"},
        {QSslCertificate::OrganizationalUnitName, "OU"},
        {QSslCertificate::CountryName, "C"}};
    for (const auto &[field, label] : fields) {
        for (const QString &value : info(field))
            parts << QStringLiteral("%1=%2").arg(QLatin1String(label), value);
    }
    return oneLine(parts);
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    case QSsl::UnknownProtocol:
        return {};
    default:
        return QStringLiteral("TLS (older than 1.2)");
    }
}

QString isoDate(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

PeerCertificate PeerCertificate::from(const QSslCertificate &certificate)
{
    PeerCertificate peer;
    peer.subject = distinguishedName(certificate, false);
    peer.issuer = distinguishedName(certificate, true);
    peer.notBefore = certificate.effectiveDate().toUTC();
    peer.notAfter = certificate.expiryDate().toUTC();
    peer.sha256 =
        QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    return peer;
}

TlsDetails TlsDetails::from(const QSslConfiguration &configuration)
{
    TlsDetails details;
    details.protocol = protocolName(configuration.sessionProtocol());
    details.cipher = configuration.sessionCipher().name();
    for (const QSslCertificate &certificate : configuration.peerCertificateChain())
        details.peerChain << PeerCertificate::from(certificate);
    details.clientCertificateSent = !configuration.localCertificate().isNull();
    return details;
}

QJsonObject TlsDetails::toJson() const
{
    QJsonArray chain;
    for (const PeerCertificate &peer : peerChain) {
        chain.append(QJsonObject{{QStringLiteral("subject"), peer.subject},
                                 {QStringLiteral("issuer"), peer.issuer},
                                 {QStringLiteral("notBefore"), isoDate(peer.notBefore)},
                                 {QStringLiteral("notAfter"), isoDate(peer.notAfter)},
                                 {QStringLiteral("sha256"), peer.sha256}});
    }
    return {{QStringLiteral("protocol"), protocol},
            {QStringLiteral("cipher"), cipher},
            {QStringLiteral("peerChain"), chain},
            {QStringLiteral("verification"), verification},
            {QStringLiteral("clientCertificate"), clientCertificateSent}};
}

TlsDetails TlsDetails::fromJson(const QJsonObject &o)
{
    TlsDetails details;
    details.protocol = o.value(QStringLiteral("protocol")).toString();
    details.cipher = o.value(QStringLiteral("cipher")).toString();
    details.verification = o.value(QStringLiteral("verification")).toString();
    details.clientCertificateSent = o.value(QStringLiteral("clientCertificate")).toBool();
    for (const QJsonValue &value : o.value(QStringLiteral("peerChain")).toArray()) {
        const QJsonObject c = value.toObject();
        details.peerChain << PeerCertificate{
            c.value(QStringLiteral("subject")).toString(),
            c.value(QStringLiteral("issuer")).toString(),
            QDateTime::fromString(c.value(QStringLiteral("notBefore")).toString(), Qt::ISODate),
            QDateTime::fromString(c.value(QStringLiteral("notAfter")).toString(), Qt::ISODate),
            c.value(QStringLiteral("sha256")).toString()};
    }
    return details;
}

} // namespace nv
