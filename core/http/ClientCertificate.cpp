#include "ClientCertificate.h"

#include "io/BoundedFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace nv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("nv", text);
}

template <typename T, void (*Free)(T *)> struct Freer
{
    void operator()(T *p) const { Free(p); }
};
using Pkcs12Ptr = std::unique_ptr<PKCS12, Freer<PKCS12, PKCS12_free>>;
using X509Ptr = std::unique_ptr<X509, Freer<X509, X509_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Freer<EVP_PKEY, EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, Freer<BIO, BIO_free_all>>;

void freeCertificates(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
using StackPtr = std::unique_ptr<STACK_OF(X509), Freer<STACK_OF(X509), freeCertificates>>;

std::optional<QByteArray> readFile(const QString &path, const QString &what, QString *error)
{
    QString why;
    auto data = BoundedFile::readAll(path, ClientCertificate::MaxFileBytes, &why);
    if (!data)
        *error = tr("Cannot read the %1 %2: %3").arg(what, path, why);
    return data;
}

Pkcs12Ptr parsePkcs12(const QByteArray &der)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    return Pkcs12Ptr(d2i_PKCS12(nullptr, &bytes, long(der.size())));
}

int passphraseCallback(char *buffer, int size, int, void *userData)
{
    const QByteArray &passphrase = *static_cast<const QByteArray *>(userData);
    const int length = std::min<int>(size, int(passphrase.size()));
    std::copy_n(passphrase.constData(), length, buffer);
    return length;
}

// OpenSSL rather than Qt for this check: QSslKey cannot say whether a key belongs to a
// certificate, and a mismatch would otherwise only show as a handshake the server refuses.
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem,
                           const QByteArray &passphrase)
{
    BioPtr certBio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    X509Ptr certificate(certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr)
                                : nullptr);
    KeyPtr key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, passphraseCallback,
                                                const_cast<QByteArray *>(&passphrase))
                      : nullptr);
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}

QSslKey readPemKey(const QByteArray &pem, const QByteArray &passphrase)
{
    for (auto algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
        if (!key.isNull())
            return key;
    }
    return {};
}

std::optional<ClientCertificate> loadPem(const NetworkSettings &s, const QByteArray &certificatePem,
                                         const QByteArray &passphrase, QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = tr("The client certificate %1 holds no PEM certificate.").arg(s.clientCertFile);
        return std::nullopt;
    }
    if (s.clientKeyFile.isEmpty()) {
        *error = tr("The client certificate %1 is PEM and no client key is named: give its key "
                    "(--client-key, or the profile's Client key), or use a PKCS#12 file "
                    "(.p12/.pfx), which carries its key.")
                     .arg(s.clientCertFile);
        return std::nullopt;
    }
    const auto keyPem = readFile(s.clientKeyFile, tr("client key"), error);
    if (!keyPem)
        return std::nullopt;
    const QSslKey key = readPemKey(*keyPem, passphrase);
    if (key.isNull()) {
        const bool encrypted = keyPem->contains("ENCRYPTED");
        *error = encrypted
                     ? tr("The client key %1 is encrypted and the passphrase is %2.")
                           .arg(s.clientKeyFile, passphrase.isEmpty() ? tr("missing") : tr("wrong"))
                     : tr("The client key %1 is not an RSA or EC private key in PEM.")
                           .arg(s.clientKeyFile);
        return std::nullopt;
    }
    if (!keyMatchesCertificate(certificatePem, *keyPem, passphrase)) {
        *error = tr("The client key %1 does not belong to the certificate %2.")
                     .arg(s.clientKeyFile, s.clientCertFile);
        return std::nullopt;
    }
    return ClientCertificate{chain, key, false};
}

// The MAC proves the passphrase before anything is decrypted; without this check a wrong
// passphrase only shows as "cannot parse" from OpenSSL and Qt alike. An empty passphrase is
// tried as OpenSSL's two forms of "none" (no password, and the empty one).
bool passphraseOpens(PKCS12 *p12, const QByteArray &passphrase)
{
    if (!PKCS12_mac_present(p12))
        return true; // checked when the bags are decrypted
    if (passphrase.isEmpty())
        return PKCS12_verify_mac(p12, nullptr, 0) == 1 || PKCS12_verify_mac(p12, "", 0) == 1;
    return PKCS12_verify_mac(p12, passphrase.constData(), int(passphrase.size())) == 1;
}

// What is wrong with a PKCS#12 file Qt would not import, in words; empty when OpenSSL finds a
// key and its certificate in it.
QString pkcs12Problem(PKCS12 *p12, const QString &path, const QByteArray &passphrase)
{
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    STACK_OF(X509) *rawOthers = nullptr;
    ERR_clear_error();
    const bool parsed =
        PKCS12_parse(p12, passphrase.constData(), &rawKey, &rawCertificate, &rawOthers) == 1;
    KeyPtr key(rawKey);
    X509Ptr certificate(rawCertificate);
    StackPtr others(rawOthers);
    if (!parsed) {
        char reason[256] = {};
        ERR_error_string_n(ERR_peek_last_error(), reason, sizeof reason);
        return tr("The PKCS#12 file %1 cannot be opened (OpenSSL: %2). A file from an old "
                  "exporter may use RC2 or 3DES, which OpenSSL 3 does not read by default: "
                  "export it again with openssl pkcs12 -export.")
            .arg(path, QString::fromLatin1(reason));
    }
    if (!key)
        return tr("The PKCS#12 file %1 holds no private key, only certificates: export it "
                  "together with its key (openssl pkcs12 -export -inkey KEY -in CERT).")
            .arg(path);
    // PKCS12_parse pairs the key with the certificate it belongs to; none found means the
    // certificates in the file are for other keys.
    if (!certificate)
        return sk_X509_num(others.get()) > 0
                   ? tr("The private key in the PKCS#12 file %1 does not belong to any "
                        "certificate in it.")
                         .arg(path)
                   : tr("The PKCS#12 file %1 holds a key but no certificate.").arg(path);
    return {};
}

std::optional<ClientCertificate> loadPkcs12(const NetworkSettings &s, const QByteArray &der,
                                            const QByteArray &passphrase, QString *error)
{
    if (!s.clientKeyFile.isEmpty()) {
        *error = tr("The client certificate %1 is a PKCS#12 file, which carries its own key: "
                    "name no client key (%2) with it.")
                     .arg(s.clientCertFile, s.clientKeyFile);
        return std::nullopt;
    }
    const Pkcs12Ptr p12 = parsePkcs12(der);
    if (!passphraseOpens(p12.get(), passphrase)) {
        *error = passphrase.isEmpty()
                     ? tr("The PKCS#12 file %1 is protected by a passphrase and none was given "
                          "(the profile's Key passphrase, or --client-key-password-env).")
                           .arg(s.clientCertFile)
                     : tr("The passphrase for the PKCS#12 file %1 is wrong.").arg(s.clientCertFile);
        return std::nullopt;
    }
    if (QString problem = pkcs12Problem(p12.get(), s.clientCertFile, passphrase);
        !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    // Qt's own import for the objects Qt's TLS takes; OpenSSL above only explains refusals.
    QByteArray bytes = der;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ClientCertificate result;
    QSslCertificate certificate;
    QList<QSslCertificate> issuers;
    if (!QSslCertificate::importPkcs12(&buffer, &result.key, &certificate, &issuers, passphrase) ||
        certificate.isNull() || result.key.isNull()) {
        *error = tr("The PKCS#12 file %1 could not be imported.").arg(s.clientCertFile);
        return std::nullopt;
    }
    result.chain = QList<QSslCertificate>{certificate} + issuers;
    result.fromPkcs12 = true;
    return result;
}

} // namespace

bool ClientCertificate::isPkcs12(const QByteArray &data)
{
    return !data.contains("-----BEGIN") && parsePkcs12(data) != nullptr;
}

std::optional<ClientCertificate>
ClientCertificate::load(const NetworkSettings &s, const QByteArray &passphrase, QString *error)
{
    const auto certificateFile =
        readFile(s.clientCertFile, QCoreApplication::translate("nv", "client certificate"), error);
    if (!certificateFile)
        return std::nullopt;
    if (isPkcs12(*certificateFile))
        return loadPkcs12(s, *certificateFile, passphrase, error);
    if (!certificateFile->contains("-----BEGIN")) {
        *error =
            QCoreApplication::translate(
                "nv", "The client certificate %1 is neither PEM (-----BEGIN CERTIFICATE-----) nor "
                      "PKCS#12 (.p12, .pfx).")
                .arg(s.clientCertFile);
        return std::nullopt;
    }
    return loadPem(s, *certificateFile, passphrase, error);
}

} // namespace nv
