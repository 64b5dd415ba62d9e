#pragma once

#include "flow/DriverKind.h"
#include "profile/Profile.h"

#include <QString>

namespace nv {

// Everything one run is asked to do, as a front end collected it: the window from its panels,
// nv-cli from its options. RunSession checks it and turns it into a FlowRun.
struct RunRequest
{
    Profile profile; // as stored; a sandbox profile is resolved when the sandbox is up
    QString phoneNumber;
    bool hashed = false;
    bool allowInvalidNumber = false; // send a number that is not E.164 anyway (on purpose)
    QString correlationId;           // empty: a fresh UUID v4 per run
    DriverKind driver = DriverKind::EmbeddedBrowser;
    DriverOptions driverOptions;
    int requestTimeoutMs = 30000;
    int authorizeTimeoutMs = 60000;
    // The client secret when the front end has it already (nv-cli's --client-secret-env);
    // empty: the session's SecretStore, by profile name.
    QString clientSecret;
    // private_key_jwt: the private key (PEM, or a JWK as JSON) when the front end has it already
    // (nv-cli's --key-file, --key-env); empty: the session's SecretStore, under
    // ClientKey::secretName(profile.clientKeyId).
    QString clientKey;
    // private_key_jwt: sign the assertion this many seconds off this computer's clock (nv-cli's
    // --assertion-clock-offset), to see how the operator treats a skewed clock.
    int assertionClockOffsetSeconds = 0;
    // A token obtained elsewhere (nv-cli verify): no authorize and no token step.
    QString accessToken;
    // The proxy password and client key passphrase when the front end has them already
    // (nv-cli's --proxy-password-env, --client-key-password-env); empty: the session's
    // SecretStore, under NetworkSettings::proxyPasswordSecret()/clientKeySecret().
    NetworkSecrets networkSecrets;
};

} // namespace nv
