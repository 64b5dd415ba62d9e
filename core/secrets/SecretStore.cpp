#include "SecretStore.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <qt6keychain/keychain.h>

namespace nv {

Q_LOGGING_CATEGORY(lcSecretStore, "nv.secrets")

namespace {

// QString copies share their buffer; overwriting only helps when this is the last copy, which
// is the common case for the store's own cache.
void wipe(QString &value)
{
    value.fill(QChar(u'\0'));
    value.clear();
}

template <typename JobType> JobType *newJob(const QString &key)
{
    // No parent: a running job must not be deleted from under QtKeychain; it deletes itself
    // once finished. The store's connection is dropped if the store goes first.
    auto *job = new JobType(QLatin1String(SecretStore::ServiceName));
    job->setAutoDelete(true);
    // Never the plain-text QSettings fallback: without a keychain, memory only.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<nv::SecretStore::Storage>();
}

SecretStore::~SecretStore()
{
    for (QString &value : m_secrets)
        wipe(value);
}

QString SecretStore::keyFor(const QString &profile)
{
    return QStringLiteral("client-secret:") + profile;
}

void SecretStore::remember(const QString &profile, const QString &secret)
{
    auto it = m_secrets.find(profile);
    if (it != m_secrets.end()) {
        if (*it == secret)
            return;
        wipe(*it);
        *it = secret;
    } else {
        m_secrets.insert(profile, secret);
    }
}

void SecretStore::forget(const QString &profile)
{
    auto it = m_secrets.find(profile);
    if (it == m_secrets.end())
        return;
    wipe(*it);
    m_secrets.erase(it);
}

void SecretStore::store(const QString &profile, const QString &secret)
{
    // Kept in memory first: whatever the keychain answers, the flow can use it right away.
    remember(profile, secret);
    m_sessionOnly.remove(profile);
    auto *job = newJob<QKeychain::WritePasswordJob>(keyFor(profile));
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            keychainWorked();
        else
            keychainFailed(done->errorString());
        Q_EMIT stored(profile);
    });
    job->start();
}

void SecretStore::load(const QString &profile)
{
    if (m_sessionOnly.contains(profile)) {
        QMetaObject::invokeMethod(
            this, [this, profile] { Q_EMIT loaded(profile, secret(profile)); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = newJob<QKeychain::ReadPasswordJob>(keyFor(profile));
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *done) {
        switch (done->error()) {
        case QKeychain::NoError: {
            QString value = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
            remember(profile, value);
            wipe(value);
            keychainWorked();
            break;
        }
        case QKeychain::EntryNotFound:
            // The keychain answered; it just has nothing for this profile. A secret set
            // earlier in this session (while the keychain was away) stays usable.
            keychainWorked();
            break;
        default:
            keychainFailed(done->errorString());
            break;
        }
        Q_EMIT loaded(profile, secret(profile));
    });
    job->start();
}

void SecretStore::remove(const QString &profile)
{
    forget(profile);
    m_sessionOnly.remove(profile);
    auto *job = newJob<QKeychain::DeletePasswordJob>(keyFor(profile));
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound)
            keychainWorked();
        else
            keychainFailed(done->errorString());
        Q_EMIT removed(profile);
    });
    job->start();
}

void SecretStore::copy(const QString &from, const QString &to)
{
    transfer(from, to, false);
}

void SecretStore::move(const QString &from, const QString &to)
{
    transfer(from, to, true);
}

void SecretStore::transfer(const QString &from, const QString &to, bool removeSource)
{
    if (m_sessionOnly.contains(from)) {
        // Never meant for the keychain (a well-known secret): the copy stays in memory too.
        setSessionSecret(to, secret(from));
        if (removeSource) {
            forget(from);
            m_sessionOnly.remove(from);
        }
        QMetaObject::invokeMethod(
            this, [this, from, to] { Q_EMIT copied(from, to, true); }, Qt::QueuedConnection);
        return;
    }
    if (hasSecret(from)) {
        writeCopy(from, to, secret(from), removeSource);
        return;
    }
    // Not asked for yet in this session: the keychain first, then the copy.
    auto *job = newJob<QKeychain::ReadPasswordJob>(keyFor(from));
    connect(job, &QKeychain::Job::finished, this,
            [this, from, to, removeSource](QKeychain::Job *done) {
                QString value;
                if (done->error() == QKeychain::NoError) {
                    value = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
                    keychainWorked();
                } else if (done->error() == QKeychain::EntryNotFound) {
                    keychainWorked();
                } else {
                    keychainFailed(done->errorString());
                }
                if (value.isEmpty()) {
                    Q_EMIT copied(from, to, false);
                    return;
                }
                writeCopy(from, to, value, removeSource);
                wipe(value);
            });
    job->start();
}

void SecretStore::writeCopy(const QString &from, const QString &to, const QString &value,
                            bool removeSource)
{
    remember(to, value);
    m_sessionOnly.remove(to);
    auto *job = newJob<QKeychain::WritePasswordJob>(keyFor(to));
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this,
            [this, from, to, removeSource](QKeychain::Job *done) {
                const bool written = done->error() == QKeychain::NoError;
                if (written)
                    keychainWorked();
                else
                    keychainFailed(done->errorString());
                // The old entry goes only once the new one is safe; without a keychain both
                // live in memory only, and the old one is simply forgotten.
                if (removeSource && written)
                    remove(from);
                else if (removeSource)
                    forget(from);
                Q_EMIT stored(to);
                Q_EMIT copied(from, to, true);
            });
    job->start();
}

void SecretStore::setSessionSecret(const QString &profile, const QString &secret)
{
    remember(profile, secret);
    m_sessionOnly.insert(profile);
}

QString SecretStore::secret(const QString &profile) const
{
    return m_secrets.value(profile);
}

bool SecretStore::hasSecret(const QString &profile) const
{
    return !m_secrets.value(profile).isEmpty();
}

void SecretStore::keychainWorked()
{
    m_lastError.clear();
    setStorage(Storage::Keychain);
}

void SecretStore::keychainFailed(const QString &error)
{
    m_lastError = error;
    qCInfo(lcSecretStore).noquote() << "keychain unavailable, keeping secrets in memory:" << error;
    setStorage(Storage::SessionOnly);
}

void SecretStore::setStorage(Storage storage)
{
    if (m_storage == storage)
        return;
    m_storage = storage;
    Q_EMIT storageChanged(storage);
}

QString SecretStore::describe(Storage storage)
{
    switch (storage) {
    case Storage::Keychain:
        return tr("Stored in the system keychain");
    case Storage::SessionOnly:
        return tr("No system keychain is reachable: the secret is kept in memory for this "
                  "session only and will be asked again next time");
    case Storage::Unknown:
        break;
    }
    return tr("The system keychain has not been asked yet");
}

QString SecretStore::storageDescription() const
{
    return describe(m_storage);
}

} // namespace nv
