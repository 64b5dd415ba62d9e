#include "SandboxReply.h"

#include "SandboxConfig.h"

namespace nv {

SandboxReply SandboxReply::timed(QHttpServerResponse &&response, const SandboxConfig &config,
                                 SandboxScenario::Kind kind, bool apiCall)
{
    return SandboxReply(std::move(response), config.delayMs(kind, apiCall),
                        kind == SandboxScenario::Kind::Unreachable);
}

} // namespace nv
