#pragma once

#include <QByteArray>
#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace nvtest {

// A key and a self-signed certificate for 127.0.0.1, made fresh by the test with OpenSSL, so
// a TLS server on loopback can be stood up that no trust store knows. PEM, empty on failure.
struct SelfSignedCertificate
{
    QByteArray keyPem;
    QByteArray certificatePem;

    bool isValid() const { return !keyPem.isEmpty() && !certificatePem.isEmpty(); }

    static SelfSignedCertificate make()
    {
        SelfSignedCertificate made;
        std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
            EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), &EVP_PKEY_free);
        std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), &X509_free);
        if (!key || !cert)
            return made;
        X509_set_version(cert.get(), 2); // v3, for the subjectAltName
        ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
        X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
        X509_gmtime_adj(X509_getm_notAfter(cert.get()), 24 * 3600);
        X509_set_pubkey(cert.get(), key.get());
        X509_NAME *name = X509_get_subject_name(cert.get());
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                   reinterpret_cast<const unsigned char *>("127.0.0.1"), -1, -1, 0);
        X509_set_issuer_name(cert.get(), name);
        X509V3_CTX ctx;
        X509V3_set_ctx_nodb(&ctx);
        X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
        if (X509_EXTENSION *san =
                X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "IP:127.0.0.1")) {
            X509_add_ext(cert.get(), san, -1);
            X509_EXTENSION_free(san);
        }
        if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
            return made;
        made.keyPem = pem([&](BIO *bio) {
            return PEM_write_bio_PrivateKey(bio, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
        });
        made.certificatePem = pem([&](BIO *bio) { return PEM_write_bio_X509(bio, cert.get()); });
        return made;
    }

private:
    template <typename Write> static QByteArray pem(Write write)
    {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
        if (!bio || write(bio.get()) != 1)
            return {};
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, size);
    }
};

} // namespace nvtest
