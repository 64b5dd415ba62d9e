#pragma once

#include "RunSession.h"
#include "flow/FlowRun.h"
#include "flow/IdTokenCheck.h"
#include "log/RequestLog.h"

#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <optional>

namespace nvtest {

// One real run through RunSession against the built-in sandbox, as the log recorded it.
struct RecordedRun
{
    QString correlationId;
    nv::FlowOutcome outcome;
    QStringList secrets; // every secret and token of the run (FlowRun::secrets)
    QString accessToken;
    std::optional<nv::IdTokenCheck> idTokenCheck;
};

inline nv::SessionOptions loggingSession(const QString &logPath)
{
    nv::SessionOptions options;
    options.recordLog = true;
    options.logDatabase = logPath;
    options.checkIdToken = true;
    return options;
}

// Runs the whole flow for number under correlationId and waits until its exchanges (and the
// id_token check, when a token came) are in the log.
inline std::optional<RecordedRun> recordRun(nv::RunSession &session, const QString &number,
                                            const QString &correlationId)
{
    nv::RunRequest request;
    request.profile = nv::Profile::builtInSandbox();
    request.phoneNumber = number;
    request.driver = nv::DriverKind::PlainHttp;
    request.correlationId = correlationId;
    QSignalSpy created(&session, &nv::RunSession::runCreated);
    QSignalSpy checked(&session, &nv::RunSession::idTokenChecked);
    session.start(request, nv::RunSession::Mode::WholeFlow);
    if (created.isEmpty() && !created.wait(15000))
        return std::nullopt;
    nv::FlowRun *run = session.currentRun();
    QSignalSpy finished(run, &nv::FlowRun::finished);
    if (!finished.wait(30000))
        return std::nullopt;
    RecordedRun recorded;
    recorded.correlationId = correlationId;
    recorded.outcome = finished.first().first().value<nv::FlowOutcome>();
    recorded.secrets = run->secrets();
    recorded.accessToken = run->token().accessToken;
    if (run->token().ok && !run->token().idToken.isEmpty() &&
        (!checked.isEmpty() || checked.wait(15000)))
        recorded.idTokenCheck = checked.first().first().value<nv::IdTokenCheck>();
    if (!session.log()->waitForIdle(10000))
        return std::nullopt;
    return recorded;
}

} // namespace nvtest
