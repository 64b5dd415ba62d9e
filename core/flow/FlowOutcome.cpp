#include "FlowOutcome.h"

namespace nv {

QString flowStageName(FlowStage stage)
{
    switch (stage) {
    case FlowStage::Authorize:
        return QStringLiteral("authorize");
    case FlowStage::Code:
        return QStringLiteral("code");
    case FlowStage::Token:
        return QStringLiteral("token");
    case FlowStage::Verify:
        break;
    }
    return QStringLiteral("verify");
}

int FlowOutcome::exitCode() const
{
    switch (kind) {
    case Kind::Verified:
        return 0;
    case Kind::NotVerified:
        return 1;
    case Kind::BadInput:
        return 2;
    case Kind::AuthorizeFailed:
    case Kind::TokenFailed:
        return 3;
    case Kind::ApiError:
        return 4;
    case Kind::NetworkFailure:
        return 5;
    case Kind::Cancelled:
        break;
    }
    return 130; // like a shell's interrupted command
}

QString FlowOutcome::kindName() const
{
    switch (kind) {
    case Kind::Verified:
        return QStringLiteral("verified");
    case Kind::NotVerified:
        return QStringLiteral("not-verified");
    case Kind::BadInput:
        return QStringLiteral("bad-input");
    case Kind::AuthorizeFailed:
        return QStringLiteral("authorize-failed");
    case Kind::TokenFailed:
        return QStringLiteral("token-failed");
    case Kind::ApiError:
        return QStringLiteral("api-error");
    case Kind::NetworkFailure:
        return QStringLiteral("network-failure");
    case Kind::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

} // namespace nv
