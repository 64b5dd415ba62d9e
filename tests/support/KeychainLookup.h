#pragma once

// What the Secret Service itself holds under one SecretStore entry, asked with secret-tool,
// past QtKeychain and the console, to prove a value really is (or is not) in the keyring.
// QtKeychain's libsecret schema stores the service as "server" and the key as "user".

#include "TestBudget.h"
#include "secrets/SecretStore.h"

#include <QProcess>
#include <QString>

namespace nvtest {

struct KeychainLookup
{
    enum class Kind
    {
        Found,
        NotFound, // secret-tool ran and the keyring has no such item
        Failed    // secret-tool could not answer: neither found nor not found can be claimed
    };
    Kind kind = Kind::Failed;
    QString value;
    QString problem;

    bool found(const QString &expected) const { return kind == Kind::Found && value == expected; }
    bool absent() const { return kind == Kind::NotFound; }
};

// entry: what the console gives SecretStore (a profile name, NetworkSettings::*Secret(...)).
inline KeychainLookup lookUpInKeychain(const QString &entry)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"),
             QLatin1String(nv::SecretStore::ServiceName), QStringLiteral("user"),
             nv::SecretStore::keyFor(entry)});
    KeychainLookup result;
    if (!p.waitForFinished(budgetMs(60000))) {
        p.kill();
        p.waitForFinished();
        result.problem = QStringLiteral("secret-tool did not finish");
        return result;
    }
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
        result.kind = KeychainLookup::Kind::Found;
        result.value = QString::fromUtf8(p.readAllStandardOutput());
    } else if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 1 && err.isEmpty()) {
        result.kind = KeychainLookup::Kind::NotFound; // secret-tool's silent "no match"
    } else {
        result.problem = QStringLiteral("secret-tool exited %1: %2").arg(p.exitCode()).arg(err);
    }
    return result;
}

} // namespace nvtest
