#pragma once

#include "SandboxClient.h"

#include <QString>

// One --client ID,part=value,... of nv-sandbox, read into a registered client; secrets may come
// from the environment or a file so they stay off the process command line.
class ClientSpec
{
public:
    // An error message, or empty when *client holds the registration.
    static QString parse(const QString &spec, nv::SandboxClient *client);
    // The secret in a file: a regular file, at most 4 KiB, one trailing newline dropped.
    static QString readSecretFile(const QString &path, QString *secret);
    // The secret in an environment variable, which must be set and not empty.
    static QString readSecretEnv(const QString &name, QString *secret);

private:
    static QString applyPart(const QString &name, const QString &value, nv::SandboxClient *client);
    static QString readKeyFile(const QString &path, nv::SandboxClient *client);
    static QString applyStrictPart(const QString &name, const QString &value,
                                   nv::SandboxClient *client);
};
