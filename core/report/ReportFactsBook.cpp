#include "ReportFactsBook.h"

namespace nv {

ReportFacts &ReportFactsBook::entry(const QString &correlationId)
{
    for (auto &[id, facts] : m_runs) {
        if (id == correlationId)
            return facts;
    }
    if (m_runs.size() >= MaxRuns)
        m_runs.removeFirst();
    m_runs.append({correlationId, ReportFacts{}});
    return m_runs.last().second;
}

void ReportFactsBook::noteIdTokenCheck(const QString &correlationId, const IdTokenCheck &check)
{
    if (!correlationId.isEmpty())
        entry(correlationId).idTokenCheck = check;
}

void ReportFactsBook::noteNetworkPath(const QString &correlationId, const QString &sentence)
{
    if (!correlationId.isEmpty() && !sentence.isEmpty())
        entry(correlationId).networkPath = sentence;
}

ReportFacts ReportFactsBook::facts(const QString &correlationId) const
{
    for (const auto &[id, facts] : m_runs) {
        if (id == correlationId)
            return facts;
    }
    return {};
}

} // namespace nv
