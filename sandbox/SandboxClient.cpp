#include "SandboxClient.h"

namespace nv {

QString SandboxClient::authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ClientSecretPost:
        return QStringLiteral("client_secret_post");
    case AuthMethod::ClientSecretBasic:
        return QStringLiteral("client_secret_basic");
    case AuthMethod::PrivateKeyJwt:
        return QStringLiteral("private_key_jwt");
    case AuthMethod::Any:
        break;
    }
    return QStringLiteral("any");
}

} // namespace nv
