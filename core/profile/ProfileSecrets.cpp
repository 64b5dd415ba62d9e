#include "ProfileSecrets.h"

#include "http/NetworkSettings.h"
#include "secrets/SecretStore.h"

namespace nv::ProfileSecrets {

QStringList entries(const QString &profile)
{
    return {profile, NetworkSettings::proxyPasswordSecret(profile),
            NetworkSettings::clientKeySecret(profile)};
}

void copy(SecretStore *secrets, const QString &from, const QString &to)
{
    const QStringList sources = entries(from);
    const QStringList targets = entries(to);
    for (qsizetype i = 0; i < sources.size(); ++i)
        secrets->copy(sources.at(i), targets.at(i));
}

void move(SecretStore *secrets, const QString &from, const QString &to)
{
    const QStringList sources = entries(from);
    const QStringList targets = entries(to);
    for (qsizetype i = 0; i < sources.size(); ++i)
        secrets->move(sources.at(i), targets.at(i));
}

void remove(SecretStore *secrets, const QString &profile)
{
    for (const QString &entry : entries(profile))
        secrets->remove(entry);
}

} // namespace nv::ProfileSecrets
