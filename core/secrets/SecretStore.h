#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace nv {

// Client secrets, one per profile, in the operating system's keychain (Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows) through QtKeychain.
//
// Every keychain call is asynchronous: the answer comes as a signal, the UI thread never waits
// for an unlock prompt or a slow D-Bus. When no keychain is reachable the secret is kept in
// memory for this session and the operation still succeeds; storage() then says SessionOnly so
// the window can tell the user it will be asked again. Never falls back to a plain-text file.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Storage
    {
        Unknown,
        Keychain,
        SessionOnly
    };
    Q_ENUM(Storage)

    static constexpr const char *ServiceName = "nv-console";

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    static QString keyFor(const QString &profile);

    // Answers with stored(profile).
    void store(const QString &profile, const QString &secret);
    // Answers with loaded(profile, secret); secret is empty when none is known.
    void load(const QString &profile);
    // Answers with removed(profile).
    void remove(const QString &profile);
    // The secret kept under from, kept under to as well: read from the keychain when it is not
    // in memory yet, then written; one kept for the session only stays so. Answers with
    // copied(from, to, carried), carried false when from had none. Never waits.
    void copy(const QString &from, const QString &to);
    // As copy, then from removed (from the keychain once the copy is written there): a rename.
    void move(const QString &from, const QString &to);
    // Memory only, never the keychain: for well-known secrets such as the built-in sandbox's.
    void setSessionSecret(const QString &profile, const QString &secret);

    // The value known in memory (after a load, store or setSessionSecret), empty otherwise.
    QString secret(const QString &profile) const;
    bool hasSecret(const QString &profile) const;

    Storage storage() const { return m_storage; }
    QString storageDescription() const;
    static QString describe(Storage storage);
    // The keychain's own words for its last failure, for a details line or the log.
    QString lastKeychainError() const { return m_lastError; }

Q_SIGNALS:
    void loaded(const QString &profile, const QString &secret);
    void stored(const QString &profile);
    void removed(const QString &profile);
    void copied(const QString &from, const QString &to, bool carried);
    void storageChanged(nv::SecretStore::Storage storage);

private:
    void remember(const QString &profile, const QString &secret);
    void forget(const QString &profile);
    void transfer(const QString &from, const QString &to, bool removeSource);
    void writeCopy(const QString &from, const QString &to, const QString &value, bool removeSource);
    void keychainWorked();
    void keychainFailed(const QString &error);
    void setStorage(Storage storage);

    QHash<QString, QString> m_secrets;
    QSet<QString> m_sessionOnly; // profiles whose secret must never reach the keychain
    Storage m_storage = Storage::Unknown;
    QString m_lastError;
};

} // namespace nv
