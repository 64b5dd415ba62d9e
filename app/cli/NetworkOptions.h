#pragma once

#include "http/NetworkSettings.h"

class QCommandLineParser;

namespace nv {

// nv-cli's --proxy, --proxy-user, --proxy-password-env, --ca-file, --client-cert, --client-key
// and --client-key-password-env, shared by flow, verify and send. Passwords come from
// environment variables only: a command line is visible to every user of the machine (ps).
class NetworkOptions
{
public:
    static void addOptions(QCommandLineParser &parser);
    // The options onto settings (a profile's, or the defaults) and secrets; the problem in
    // words, or empty. Files are checked when NetworkEnvironment applies the settings.
    static QString read(const QCommandLineParser &parser, NetworkSettings *settings,
                        NetworkSecrets *secrets);
};

} // namespace nv
