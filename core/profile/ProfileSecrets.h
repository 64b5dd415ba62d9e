#pragma once

#include <QString>
#include <QStringList>

namespace nv {

class SecretStore;

// The keychain entries that belong to a profile by its name: the client secret, the proxy
// password and the client certificate key's passphrase. They follow the profile when it is
// duplicated or renamed. A private_key_jwt key is not one of them: it is kept under its kid
// (ClientKey::secretName), shared by every profile that names that kid, so a copy or a renamed
// profile reaches the same key without anything moving.
namespace ProfileSecrets {

QStringList entries(const QString &profile);
// Each entry of from, kept under to as well (SecretStore::copy: asynchronous, never waits).
void copy(SecretStore *secrets, const QString &from, const QString &to);
// Each entry of from moved to to, the old ones removed once the new ones are written.
void move(SecretStore *secrets, const QString &from, const QString &to);
// Every entry of a deleted profile: none may outlive it in the keychain.
void remove(SecretStore *secrets, const QString &profile);

} // namespace ProfileSecrets
} // namespace nv
