#pragma once

#include "ReportFacts.h"
#include "ReportStep.h"
#include "RunVerdict.h"
#include "http/HttpExchange.h"
#include "profile/Profile.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace nv {

// One run (one correlation id) as a report tells it: its exchanges as the request log stores
// them (redacted), the verdict read back from them, its steps with their durations, and the
// profile and facts when the exporter knows them. Made from the log only, so a report can
// never hold more than the log does.
struct RunReport
{
    // A report shows at most this many exchanges of one run (a run makes a handful; a long
    // authorize chain a few dozen), and at most this many bytes of each body.
    static constexpr int MaxExchanges = 400;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;

    QString correlationId;
    QStringList runIds;
    QString profileName;
    std::optional<Profile> profile; // when the exporter knows it; never holds a secret
    QList<HttpExchange> exchanges;  // redacted, oldest first
    int omittedExchanges = 0;       // beyond MaxExchanges
    RunVerdict verdict;
    QList<ReportStep> steps; // in the order they started
    QDateTime startedAt;
    QDateTime finishedAt;
    ReportFacts facts;

    qint64 durationMs() const;
    // exchanges: one correlation id's, in any order (they are sorted by start time).
    static RunReport fromExchanges(const QString &correlationId, QList<HttpExchange> exchanges);

private:
    void summariseSteps();
};

} // namespace nv
