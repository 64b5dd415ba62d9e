#pragma once

#include "flow/FlowOutcome.h"
#include "http/HttpExchange.h"

#include <QJsonArray>
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
    // A step before the run failed (e.g. discovery): the error object, the exit code given.
    int failedBeforeRun(const QString &step, int status, const QString &code,
                        const QString &message, int exitCode);
    // Said to the person now (standard error) and listed under "warnings" in --json.
    void warn(const QString &message);
    // An extra member of the --json object (e.g. "discovery").
    void addJson(const QString &key, const QJsonValue &value) { m_extra.insert(key, value); }

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
    // Correlator echo problems of a stage, printed after its line in the transcript.
    QMap<int, QStringList> m_echoNotes;
    QStringList m_warnings;
    QJsonObject m_extra;
    bool m_deviceNumberAsked = false;
    StepRecord m_deviceNumberStep;

    void watchDeviceNumber(FlowRun *run);
    void addDeviceNumber(const FlowRun &run, QJsonObject *o, QJsonArray *steps) const;
};

} // namespace nv
