#pragma once

#include "ReportFacts.h"

#include <QList>
#include <QPair>
#include <QString>

namespace nv {

// The facts of this session's runs that the request log does not hold (the id_token check,
// the network path at the start), by correlation id, for reports exported from the window.
// Bounded: the last MaxRuns runs. Not thread-safe: the window's thread notes and reads.
class ReportFactsBook
{
public:
    static constexpr int MaxRuns = 50;

    void noteIdTokenCheck(const QString &correlationId, const IdTokenCheck &check);
    void noteNetworkPath(const QString &correlationId, const QString &sentence);
    ReportFacts facts(const QString &correlationId) const;

private:
    ReportFacts &entry(const QString &correlationId);

    QList<QPair<QString, ReportFacts>> m_runs; // oldest first
};

} // namespace nv
