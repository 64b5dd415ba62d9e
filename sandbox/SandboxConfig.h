#pragma once

#include "SandboxClient.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace nv {

struct SandboxConfig
{
    QString msisdn = QStringLiteral("+34666666666"); // the subscriber on the "mobile network"
    QList<SandboxClient> clients;                    // registered clients
    int codeTtlSeconds = 60;
    int tokenTtlSeconds = 3600;
    int refreshTokenTtlSeconds = 86400;

    static QString defaultClientId();     // "nv-console-sandbox"
    static QString defaultClientSecret(); // "nv-sandbox-secret-3f9a" (well known, it is a sandbox)
    static QUrl defaultRedirectUri();     // https://nv-console.invalid/callback
    static SandboxConfig defaults();      // one client with the three defaults above

    const SandboxClient *findClient(const QString &id) const;
};

} // namespace nv
