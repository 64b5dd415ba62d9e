#include "IdTokenSigner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <future>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace nv {

namespace {
std::atomic<const QThread *> madeOn{nullptr};

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray bigNumParam(EVP_PKEY *pkey, const char *name)
{
    BIGNUM *bn = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1 || !bn)
        return QByteArray();
    QByteArray bytes(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    BN_free(bn);
    return bytes;
}
} // namespace

struct IdTokenSigner::Key
{
    EVP_PKEY *pkey = nullptr;
    QString kid;
    QByteArray n;
    QByteArray e;
    ~Key() { EVP_PKEY_free(pkey); }
};

IdTokenSigner::IdTokenSigner() = default;
IdTokenSigner::~IdTokenSigner() = default;

bool IdTokenSigner::ensureKey()
{
    if (m_key)
        return m_key->pkey != nullptr;
    m_key = sharedKey();
    return m_key->pkey && !m_key->n.isEmpty() && !m_key->e.isEmpty();
}

// RSA key generation takes a noticeable fraction of a second: one key per process serves every
// sandbox instance in it (test suites start dozens). Whoever claims it first makes it: the
// worker started by prepareKey(), or the first thread that needs the key, so that a pool busy
// with other work never holds a token back.
struct IdTokenSigner::KeyMaking
{
    std::atomic<bool> claimed{false};
    std::promise<std::shared_ptr<Key>> promise;
    std::shared_future<std::shared_ptr<Key>> made{promise.get_future().share()};

    // OpenSSL registers its clean-up at exit when it starts: started here, before this
    // function-local static is complete, that clean-up runs after this object has freed the key.
    KeyMaking() { OPENSSL_init_crypto(0, nullptr); }

    void makeUnlessClaimed()
    {
        if (claimed.exchange(true))
            return;
        auto key = std::make_shared<Key>();
        madeOn = QThread::currentThread();
        key->pkey = EVP_RSA_gen(2048);
        if (key->pkey)
            fillPublicParts(*key);
        promise.set_value(std::move(key));
    }
};

IdTokenSigner::KeyMaking &IdTokenSigner::keyMaking()
{
    static KeyMaking making;
    return making;
}

QFuture<void> IdTokenSigner::prepareKey()
{
    // The global pool is waited for when the application object goes, so a key still being
    // made at exit is finished before OpenSSL is cleaned up.
    static const QFuture<void> ready = [] {
        auto promise = std::make_shared<QPromise<void>>();
        promise->start();
        QThreadPool::globalInstance()->start([promise] {
            KeyMaking &making = keyMaking();
            making.makeUnlessClaimed();
            making.made.wait(); // made here, or by a thread that needed it first
            // The pool's thread lives on: its OpenSSL state goes now, not at its exit, which
            // may come after OpenSSL's own clean-up (see SandboxHost).
            OPENSSL_thread_stop();
            promise->finish();
        });
        return promise->future();
    }();
    return ready;
}

std::shared_ptr<IdTokenSigner::Key> IdTokenSigner::sharedKey()
{
    KeyMaking &making = keyMaking();
    making.makeUnlessClaimed();
    return making.made.get();
}

void IdTokenSigner::fillPublicParts(Key &key)
{
    key.n = bigNumParam(key.pkey, OSSL_PKEY_PARAM_RSA_N);
    key.e = bigNumParam(key.pkey, OSSL_PKEY_PARAM_RSA_E);
    // RFC 7638 thumbprint: a kid that identifies the key itself, stable for its lifetime.
    const QByteArray thumbprintInput =
        "{\"e\":\"" + b64url(key.e) + "\",\"kty\":\"RSA\",\"n\":\"" + b64url(key.n) + "\"}";
    key.kid = QString::fromLatin1(
        b64url(QCryptographicHash::hash(thumbprintInput, QCryptographicHash::Sha256)));
}

bool IdTokenSigner::keyMade()
{
    return madeOn.load() != nullptr;
}

const QThread *IdTokenSigner::keyThread()
{
    return madeOn.load();
}

QString IdTokenSigner::keyId()
{
    return ensureKey() ? m_key->kid : QString();
}

QByteArray IdTokenSigner::sign(const QJsonObject &claims)
{
    if (!ensureKey())
        return QByteArray();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), m_key->kid}};
    const QByteArray signingInput = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                    '.' +
                                    b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx)
        return QByteArray();
    QByteArray signature;
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(signingInput.constData());
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key->pkey) == 1 &&
        EVP_DigestSign(ctx, nullptr, &length, input, size_t(signingInput.size())) == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length, input,
                           size_t(signingInput.size())) == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    if (signature.isEmpty())
        return QByteArray();
    return signingInput + '.' + b64url(signature);
}

QJsonObject IdTokenSigner::jwks()
{
    if (!ensureKey())
        return QJsonObject();
    const QJsonObject key{{QStringLiteral("kty"), QStringLiteral("RSA")},
                          {QStringLiteral("use"), QStringLiteral("sig")},
                          {QStringLiteral("alg"), QStringLiteral("RS256")},
                          {QStringLiteral("kid"), m_key->kid},
                          {QStringLiteral("n"), QString::fromLatin1(b64url(m_key->n))},
                          {QStringLiteral("e"), QString::fromLatin1(b64url(m_key->e))}};
    return QJsonObject{{QStringLiteral("keys"), QJsonArray{key}}};
}

} // namespace nv
