#pragma once

#include <QDateTime>
#include <QString>

namespace nv {

// Filter for RequestLogStore::query, page, count and visit. Empty or invalid fields do not
// filter; set fields combine with AND.
struct LogQuery
{
    // The kinds of answer the list can be narrowed to.
    enum class StatusClass
    {
        Any,
        Informational, // 1xx
        Success,       // 2xx
        Redirect,      // 3xx
        ClientError,   // 4xx
        ServerError,   // 5xx
        Failed,        // no HTTP answer: network or TLS error
    };

    QString correlationId;
    QDateTime since; // exchanges started at or after this instant
    int limit = 500; // <= 0: no limit
    bool newestFirst = true;

    QString step;
    StatusClass statusClass = StatusClass::Any;
    // Words searched in the URL and both bodies. With the full-text index each word matches
    // as a prefix of a token ("oper" finds "operator.example"); substring forces a LIKE scan
    // that matches anywhere (slow on a long history, exact).
    QString text;
    bool substring = false;
    // Keyset pagination for page(): only rows with id below (newest first) or above this one.
    qint64 afterId = 0;
    // page() leaves headers and bodies out: the list needs a few hundred bytes per row.
    bool summariesOnly = false;

    bool isFiltered() const
    {
        return !correlationId.isEmpty() || since.isValid() || !step.isEmpty() ||
               statusClass != StatusClass::Any || !text.trimmed().isEmpty();
    }
};

} // namespace nv
