#pragma once

#include "flow/FlowOutcome.h"

#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTextStream>
#include <array>

namespace nv {

class FlowRun;

// `nv-cli flow --repeat N`: what N whole flows, run one after another, took. A line per run as
// it ends (--json: a JSON object per line), then the percentiles (p50, p90, p99, max) of the
// whole run and of each step (--json: a last line {"summary": …}).
class FlowRepeat : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxRuns = 10000;

    FlowRepeat(int runs, bool json, QTextStream &out, QTextStream &err, QObject *parent = nullptr);

    int runs() const { return m_runs; }
    int finishedRuns() const { return m_finished; }
    bool hasMoreRuns() const { return m_finished < m_runs; }
    // The correlation id of the next run: base-<n> when one was given (n from 1), otherwise
    // empty (the run draws a fresh UUID v4).
    QString nextCorrelationId(const QString &base) const;

    // Times the run from now (created, before its first step) to finished(); runFinished() then.
    void watch(FlowRun *run);
    // Prints the percentiles; returns the exit code of all the runs (RunTally's precedence).
    int summarize(const QString &logProblem);

signals:
    void runFinished();

private:
    void onFinished(const FlowRun &run, const FlowOutcome &outcome, qint64 totalMs);
    void printRun(const FlowRun &run, const FlowOutcome &outcome, qint64 totalMs);
    void printTable();

    int m_runs;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
    int m_finished = 0;
    int m_exitCode = 0;
    QElapsedTimer m_clock;
    QList<qint64> m_totals;
    std::array<QList<qint64>, 4> m_stepMs; // by FlowStage, the steps that ended
    std::array<qint64, 4> m_current{};     // this run's, -1 while a step has not ended
    QMap<QString, int> m_outcomes;         // by FlowOutcome::kindName()
};

} // namespace nv
