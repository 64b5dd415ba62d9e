#pragma once

#include "http/HttpExchange.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace nv {

// Filter for RequestLogStore::query, page, count and visit, and for rows that never went
// through the store (recorded a moment ago, still on their way to the disk). Empty or invalid
// fields do not filter; set fields combine with AND.
//
// One filter, one meaning: sqlWhere() is what the store asks SQLite, matches() is the same
// question answered in memory, rule for rule (tst_logquery runs every filter both ways over a
// generated log and compares the rows).
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
    // as a prefix of a token ("oper" finds "operator.example"); a word of several tokens
    // ("INVALID_ARGUMENT", "alpha.example") matches them in a row. substring forces a LIKE scan
    // of the whole text, anywhere, ASCII letters in either case (slow on a long history, exact).
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

    // True when the store would return this exchange for this filter. fullTextIndex: whether
    // the store has its FTS5 index (without it, text search is the LIKE scan).
    bool matches(const HttpExchange &exchange, bool fullTextIndex = true) const;

    // The WHERE clause over the exchanges table (with " WHERE " in front, or empty) and its
    // bound values, in order. withCursor adds the keyset condition on afterId.
    QString sqlWhere(QVariantList *values, bool fullTextIndex, bool withCursor) const;

    // An FTS5 MATCH expression for words a person typed: each word a quoted prefix phrase, so
    // nothing typed is read as FTS5 syntax (AND, NEAR, column:, quotes).
    static QString fullTextQuery(const QString &words);
    // Text as the full-text index sees it: the tokens of SQLite's unicode61 tokenizer with its
    // defaults (letters, digits and private-use characters; lower case; Latin diacritics
    // removed), from the bytes SQLite is given (UTF-8, decoded as SQLite decodes it).
    static QStringList fullTextTokens(QByteArrayView utf8);
};

} // namespace nv
