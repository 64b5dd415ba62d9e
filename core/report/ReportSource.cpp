#include "ReportSource.h"

#include "log/RequestLogStore.h"
#include "profile/ProfileStore.h"

namespace nv {

std::optional<QList<RunReport>> ReportSource::load(const QString &logPath,
                                                   const QStringList &correlationIds,
                                                   const Extras &extras, QString *error)
{
    RequestLogStore store;
    if (!store.open(logPath, RequestLogStore::Access::ReadOnly, RequestLogStore::Check::Quick)) {
        *error = store.lastProblem() == RequestLogStore::Problem::Missing
                     ? QStringLiteral("no request log at %1").arg(logPath)
                     : store.lastError();
        return std::nullopt;
    }
    return load(store, correlationIds, extras, error);
}

std::optional<QList<RunReport>> ReportSource::load(const RequestLogStore &store,
                                                   const QStringList &correlationIds,
                                                   const Extras &extras, QString *error)
{
    if (correlationIds.isEmpty()) {
        *error = QStringLiteral("no correlation id given");
        return std::nullopt;
    }
    QList<RunReport> runs;
    for (const QString &id : correlationIds) {
        LogQuery q;
        q.correlationId = id;
        q.newestFirst = false;
        // One more than a report shows, so it can say that some were left out.
        q.limit = RunReport::MaxExchanges + 1;
        QList<HttpExchange> rows = store.page(q);
        if (!store.lastError().isEmpty()) {
            *error = store.lastError();
            return std::nullopt;
        }
        if (rows.isEmpty()) {
            *error = QStringLiteral("the log holds no exchange with correlation id %1").arg(id);
            return std::nullopt;
        }
        RunReport run = RunReport::fromExchanges(id, rows);
        if (rows.size() > RunReport::MaxExchanges) {
            LogQuery all = q;
            all.limit = 0;
            run.omittedExchanges = int(store.count(all) - RunReport::MaxExchanges);
        }
        run.profile =
            extras.profile ? extras.profile(run.profileName) : knownProfile(run.profileName);
        // The built-in sandbox's profile names paths; its origin is the one the run reached.
        if (run.profile && run.profile->sandbox && !run.exchanges.isEmpty())
            run.profile = run.profile->resolvedAgainst(run.exchanges.first().url.adjusted(
                QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment));
        if (extras.facts)
            run.facts = extras.facts(id);
        runs << run;
    }
    return runs;
}

std::optional<Profile> ReportSource::knownProfile(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    return ProfileStore().find(name);
}

} // namespace nv
