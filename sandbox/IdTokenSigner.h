#pragma once

#include <QByteArray>
#include <QFuture>
#include <QJsonObject>
#include <QString>
#include <memory>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace nv {

// Signs ID tokens with RS256 and publishes the public key as a JWKS, so a console can check a
// sandbox ID token exactly the way it would check a real operator's. The RSA key lives only in
// memory and is generated on first use (the JWKS or the first ID token), on the thread that
// serves that request: a console that starts the sandbox pays nothing until a flow needs it.
// A front end that knows a run is coming can have it made ahead, on a worker (prepareKey).
class IdTokenSigner
{
public:
    IdTokenSigner();
    ~IdTokenSigner();
    IdTokenSigner(const IdTokenSigner &) = delete;
    IdTokenSigner &operator=(const IdTokenSigner &) = delete;

    // Compact JWS (header.payload.signature); empty when the key could not be made.
    QByteArray sign(const QJsonObject &claims);
    // {"keys":[{kty,use,alg,kid,n,e}]}; empty object when the key could not be made.
    QJsonObject jwks();
    QString keyId();
    // Starts making the process's key on a worker thread of Qt's global pool, once; returns at
    // once, with a future that finishes when the key is there. The first signature or JWKS
    // then waits only for what is left of it, or makes the key itself if the worker has not
    // begun. Thread-safe.
    static QFuture<void> prepareKey();
    // Whether this process has made its key yet, and on which thread (for start-up checks).
    static bool keyMade();
    static const QThread *keyThread();

private:
    struct Key;
    struct KeyMaking;
    bool ensureKey();
    static KeyMaking &keyMaking();
    static std::shared_ptr<Key> sharedKey();
    static void fillPublicParts(Key &key);

    std::shared_ptr<Key> m_key;
};

} // namespace nv
