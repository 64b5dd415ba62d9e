#pragma once

#include "RunReport.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace nv {

class RequestLogStore;

// Reads runs for a report from the request log: every exchange of each correlation id, as the
// log stores them (redacted), through the store's read-only path. Synchronous: nv-cli calls it
// on its main thread, the window on a worker thread that opened its own store.
class ReportSource
{
public:
    // What the exporter knows besides the log: the profile behind a name, and the facts of a
    // run by correlation id. Either may be empty.
    struct Extras
    {
        std::function<std::optional<Profile>(const QString &name)> profile;
        std::function<ReportFacts(const QString &correlationId)> facts;
    };

    // Opens the log at path read-only and reads the runs. Nothing, with *error set, when the log
    // cannot be read, a read fails half-way, or a correlation id has no exchange: a report is
    // never made from part of what was asked for.
    static std::optional<QList<RunReport>> load(const QString &logPath,
                                                const QStringList &correlationIds,
                                                const Extras &extras, QString *error);
    static std::optional<QList<RunReport>> load(const RequestLogStore &store,
                                                const QStringList &correlationIds,
                                                const Extras &extras, QString *error);
    // The profile the console would use for a name: the built-in ones, then the user's
    // profiles file.
    static std::optional<Profile> knownProfile(const QString &name);
};

} // namespace nv
