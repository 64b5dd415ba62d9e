#pragma once

#include "flow/FlowOutcome.h"
#include "http/HttpExchange.h"

#include <QJsonObject>
#include <QMap>
#include <QTextStream>

namespace nv {

class FlowRun;

// What the CLI prints about a run: a human transcript as the steps happen, or one JSON object
// at the end (--json), so scripts can rely on stdout holding exactly one document.
class CliReport
{
public:
    CliReport(bool json, QTextStream &out, QTextStream &err);

    void setJson(bool json) { m_json = json; }
    // Where words for the person go: standard output, or standard error under --json (so
    // standard output stays one JSON document).
    QTextStream &humanStream() { return m_json ? m_err : m_out; }
    void watch(FlowRun *run);
    void header(const QString &text);
    // Prints the final result and returns the exit code.
    int finish(const FlowRun &run, const FlowOutcome &outcome);
    // A usage or input error before any request (exit 2).
    int usageError(const QString &message);

    QJsonObject json(const FlowRun &run, const FlowOutcome &outcome) const;

private:
    struct StepRecord
    {
        StageState state = StageState::Waiting;
        qint64 durationMs = 0;
        int status = 0;
        int hops = 0;
        QString detail;
    };

    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
    QMap<int, StepRecord> m_steps; // by FlowStage
};

} // namespace nv
