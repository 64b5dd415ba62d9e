#include "RunReport.h"

#include <algorithm>

namespace nv {

namespace {
void cutBody(QByteArray *body, const char *which, QString *note)
{
    if (body->size() <= RunReport::MaxBodyBytes)
        return;
    const QString said = QStringLiteral("%1 body shown up to %2 KiB of %3 bytes (the whole body "
                                        "is in the log)")
                             .arg(QLatin1String(which))
                             .arg(RunReport::MaxBodyBytes / 1024)
                             .arg(body->size());
    body->truncate(RunReport::MaxBodyBytes);
    *note = note->isEmpty() ? said : *note + QStringLiteral("; ") + said;
}
} // namespace

qint64 RunReport::durationMs() const
{
    return startedAt.isValid() && finishedAt.isValid() ? startedAt.msecsTo(finishedAt) : 0;
}

RunReport RunReport::fromExchanges(const QString &correlationId, QList<HttpExchange> exchanges)
{
    std::stable_sort(exchanges.begin(), exchanges.end(),
                     [](const HttpExchange &a, const HttpExchange &b) {
                         if (a.startedAt != b.startedAt)
                             return a.startedAt < b.startedAt;
                         return a.id < b.id;
                     });
    RunReport report;
    report.correlationId = correlationId;
    if (exchanges.size() > MaxExchanges) {
        report.omittedExchanges = int(exchanges.size() - MaxExchanges);
        exchanges.resize(MaxExchanges);
    }
    for (HttpExchange &e : exchanges) {
        if (!e.runId.isEmpty() && !report.runIds.contains(e.runId))
            report.runIds << e.runId;
        if (report.profileName.isEmpty())
            report.profileName = e.profileName;
        if (!report.startedAt.isValid() ||
            (e.startedAt.isValid() && e.startedAt < report.startedAt))
            report.startedAt = e.startedAt;
        const QDateTime end = e.finishedAt.isValid() ? e.finishedAt : e.startedAt;
        if (!report.finishedAt.isValid() || (end.isValid() && end > report.finishedAt))
            report.finishedAt = end;
        // Bodies beyond the bound are cut here, once, for every output, and the cut is said.
        cutBody(&e.requestBody, "request", &e.note);
        cutBody(&e.responseBody, "response", &e.note);
    }
    report.exchanges = exchanges;
    report.verdict = RunVerdict::fromExchanges(report.exchanges);
    report.summariseSteps();
    return report;
}

void RunReport::summariseSteps()
{
    steps.clear();
    for (const HttpExchange &e : std::as_const(exchanges)) {
        const QString name = e.step.isEmpty() ? QStringLiteral("other") : e.step;
        auto it = std::find_if(steps.begin(), steps.end(),
                               [&name](const ReportStep &s) { return s.name == name; });
        const qint64 start = startedAt.isValid() ? startedAt.msecsTo(e.startedAt) : 0;
        const qint64 end = start + std::max<qint64>(0, e.durationMs());
        if (it == steps.end()) {
            steps.append(ReportStep{name, 0, start, 0, 0, false});
            it = steps.end() - 1;
        }
        ++it->exchanges;
        it->durationMs = std::max(it->durationMs, end - it->offsetMs);
        it->lastStatus = e.status;
        it->failed = !e.error.isEmpty();
    }
}

} // namespace nv
