#pragma once

#include "SandboxReply.h"

#include <QHttpServerRequest>
#include <QUrl>

namespace nv {

class IdTokenSigner;
struct SandboxConfig;

// What a client reads before a flow: the OpenID discovery document and the JWKS with the key
// that signs the ID tokens.
class DiscoveryEndpoint
{
public:
    DiscoveryEndpoint(const SandboxConfig &config, IdTokenSigner &signer);

    void setIssuer(const QUrl &issuer);
    SandboxReply discovery(const QHttpServerRequest &request);
    SandboxReply jwks(const QHttpServerRequest &request);

private:
    const SandboxConfig &m_config;
    IdTokenSigner &m_signer;
    QUrl m_issuer;
};

} // namespace nv
