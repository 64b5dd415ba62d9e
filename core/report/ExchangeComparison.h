#pragma once

#include "TextDiff.h"
#include "http/HttpExchange.h"

#include <QList>

namespace nv {

// An answer set beside another (a resend beside the original): the status, each header
// (added, removed, changed or the same) and the bodies line by line, pretty-printed first so
// JSON that differs only in spacing compares equal. Both sides as the log shows them
// (redacted): the comparison is shown and may be copied.
struct ExchangeComparison
{
    struct Header
    {
        enum class Kind
        {
            Same,
            Added,
            Removed,
            Changed
        };
        Kind kind = Kind::Same;
        QByteArray name;
        QByteArray before;
        QByteArray after;
    };

    int statusBefore = 0;
    int statusAfter = 0;
    QString errorBefore;
    QString errorAfter;
    QList<Header> headers;
    QList<TextDiff::Line> body;

    bool statusChanged() const
    {
        return statusBefore != statusAfter || errorBefore.isEmpty() != errorAfter.isEmpty();
    }
    bool headersChanged() const;
    bool bodyChanged() const { return TextDiff::hasChanges(body); }

    static ExchangeComparison compare(const HttpExchange &before, const HttpExchange &after);
};

} // namespace nv
