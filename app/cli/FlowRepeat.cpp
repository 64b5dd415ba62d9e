#include "FlowRepeat.h"

#include "RunTally.h"
#include "flow/FlowRun.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace nv {

namespace {
constexpr std::array<FlowStage, 4> Stages{FlowStage::Authorize, FlowStage::Code, FlowStage::Token,
                                          FlowStage::Verify};
}

FlowRepeat::FlowRepeat(int runs, bool json, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_json(json)
    , m_out(out)
    , m_err(err)
{}

QString FlowRepeat::nextCorrelationId(const QString &base) const
{
    return base.isEmpty() ? QString() : QStringLiteral("%1-%2").arg(base).arg(m_finished + 1);
}

void FlowRepeat::watch(FlowRun *run)
{
    m_current.fill(-1);
    m_clock.start();
    connect(run, &FlowRun::stageChanged, this,
            [this](FlowStage stage, StageState state, const QString &, qint64 ms) {
                if (state == StageState::Done || state == StageState::Failed)
                    m_current[size_t(stage)] = ms;
            });
    connect(run, &FlowRun::finished, this, [this, run](const FlowOutcome &outcome) {
        onFinished(*run, outcome, m_clock.elapsed());
    });
}

void FlowRepeat::onFinished(const FlowRun &run, const FlowOutcome &outcome, qint64 totalMs)
{
    ++m_finished;
    m_totals << totalMs;
    for (const FlowStage stage : Stages) {
        if (m_current[size_t(stage)] >= 0)
            m_stepMs[size_t(stage)] << m_current[size_t(stage)];
    }
    ++m_outcomes[outcome.kindName()];
    m_exitCode = worseExitCode(m_exitCode, outcome.exitCode());
    printRun(run, outcome, totalMs);
    emit runFinished();
}

void FlowRepeat::printRun(const FlowRun &run, const FlowOutcome &outcome, qint64 totalMs)
{
    if (m_json) {
        QJsonObject steps;
        for (const FlowStage stage : Stages) {
            const qint64 ms = m_current[size_t(stage)];
            steps.insert(flowStageName(stage), ms >= 0 ? QJsonValue(ms) : QJsonValue());
        }
        QJsonObject o{{QStringLiteral("run"), m_finished},
                      {QStringLiteral("outcome"), outcome.kindName()},
                      {QStringLiteral("exitCode"), outcome.exitCode()},
                      {QStringLiteral("correlationId"), run.correlationId()},
                      {QStringLiteral("runId"), run.runId()},
                      {QStringLiteral("totalMs"), totalMs},
                      {QStringLiteral("stepsMs"), steps}};
        if (outcome.exitCode() > 1)
            o.insert(QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("step"), flowStageName(outcome.stage)},
                                 {QStringLiteral("status"), outcome.httpStatus},
                                 {QStringLiteral("code"), outcome.code},
                                 {QStringLiteral("message"), outcome.message}});
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        return;
    }
    QString line = QCoreApplication::translate("nv::FlowRepeat", "run %1/%2  %3  total %4 ms")
                       .arg(m_finished)
                       .arg(m_runs)
                       .arg(outcome.kindName(), -16)
                       .arg(totalMs, 5);
    for (const FlowStage stage : Stages) {
        const qint64 ms = m_current[size_t(stage)];
        line += QStringLiteral("  %1 %2").arg(
            flowStageName(stage), ms >= 0 ? QStringLiteral("%1 ms").arg(ms) : QStringLiteral("-"));
    }
    line += QStringLiteral("  %1").arg(run.correlationId());
    if (outcome.exitCode() > 1)
        line += QStringLiteral("  %1: %2").arg(flowStageName(outcome.stage), outcome.message);
    m_out << line << Qt::endl;
}

int FlowRepeat::summarize(const QString &logProblem)
{
    if (!logProblem.isEmpty())
        m_err << QCoreApplication::translate(
                     "nv::FlowRepeat", "nv-cli: the request log lost exchanges of these runs: ")
              << logProblem << Qt::endl;
    if (m_json) {
        QJsonObject steps;
        for (const FlowStage stage : Stages)
            steps.insert(flowStageName(stage), Percentiles::of(m_stepMs[size_t(stage)]).toJson());
        QJsonObject outcomes;
        for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
            outcomes.insert(it.key(), it.value());
        const QJsonObject summary{{QStringLiteral("runs"), m_finished},
                                  {QStringLiteral("outcomes"), outcomes},
                                  {QStringLiteral("exitCode"), m_exitCode},
                                  {QStringLiteral("totalMs"), Percentiles::of(m_totals).toJson()},
                                  {QStringLiteral("stepsMs"), steps}};
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("summary"), summary}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return m_exitCode;
    }
    printTable();
    return m_exitCode;
}

void FlowRepeat::printTable()
{
    QStringList outcomes;
    for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
        outcomes << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    m_out
        << Qt::endl
        << QStringLiteral("%1 run(s): %2").arg(m_finished).arg(outcomes.join(QStringLiteral(", ")))
        << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(QStringLiteral("ms"), -10)
               .arg(QStringLiteral("runs"), 6)
               .arg(QStringLiteral("p50"), 7)
               .arg(QStringLiteral("p90"), 7)
               .arg(QStringLiteral("p99"), 7)
               .arg(QStringLiteral("max"), 7)
        << Qt::endl;
    const auto row = [this](const QString &name, const Percentiles &p) {
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(name, -10)
                     .arg(p.count, 6)
                     .arg(p.p50, 7)
                     .arg(p.p90, 7)
                     .arg(p.p99, 7)
                     .arg(p.max, 7)
              << Qt::endl;
    };
    row(QStringLiteral("total"), Percentiles::of(m_totals));
    for (const FlowStage stage : Stages)
        row(flowStageName(stage), Percentiles::of(m_stepMs[size_t(stage)]));
}

} // namespace nv
