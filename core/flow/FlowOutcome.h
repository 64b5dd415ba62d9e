#pragma once

#include <QString>

namespace nv {

// The four stages a person sees. Code is the capture of the redirect, between the two calls.
enum class FlowStage
{
    Authorize,
    Code,
    Token,
    Verify
};
enum class StageState
{
    Waiting,
    Running,
    Done,
    Failed,
    Cancelled // stopped on purpose by the person, not a failure
};

QString flowStageName(FlowStage stage);

// How a run ended, in a form every front end can show and the CLI can turn into an exit code.
struct FlowOutcome
{
    enum class Kind
    {
        Verified,
        NotVerified,
        BadInput,
        AuthorizeFailed,
        TokenFailed,
        ApiError,
        NetworkFailure,
        Cancelled,
    };

    Kind kind = Kind::Cancelled;
    FlowStage stage = FlowStage::Authorize;
    int httpStatus = 0;
    QString code;        // OAuth error or CAMARA code, when there is one
    QString message;     // what the operator or the transport said
    QString explanation; // what it means and what to do, in words
    // For a refusal because the run did not come over a SIM's mobile data: how this machine
    // reached the network when the run started, in words; empty otherwise.
    QString networkPath;
    // The request log lost exchanges of this run (damaged, read-only or full): what happened and
    // what to do; empty when everything was recorded or nothing was to be.
    QString logError;

    // 0 verified, 1 not verified, 2 bad input, 3 authorize/token failed, 4 API error,
    // 5 network or TLS failure (the CLI's contract).
    int exitCode() const;
    QString kindName() const;
};

} // namespace nv

#include <QMetaType>
Q_DECLARE_METATYPE(nv::FlowOutcome)
Q_DECLARE_METATYPE(nv::FlowStage)
Q_DECLARE_METATYPE(nv::StageState)
