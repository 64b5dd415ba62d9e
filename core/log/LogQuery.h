#pragma once

#include <QDateTime>
#include <QString>

namespace nv {

// Filter for RequestLogStore::query. Empty or invalid fields do not filter.
struct LogQuery
{
    QString correlationId;
    QDateTime since; // exchanges started at or after this instant
    int limit = 500; // <= 0: no limit
    bool newestFirst = true;
};

} // namespace nv
