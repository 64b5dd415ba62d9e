#pragma once

#include "http/HttpExchange.h"

#include <QString>

namespace nv {

// The request of an exchange as a curl command a person can paste into a POSIX shell.
//
// Every argument, the method included, is single-quoted, with a quote inside written as '\''
// (close, escaped quote, reopen): inside single quotes a POSIX shell expands nothing, so $,
// backticks, backslashes, spaces and newlines reach curl as they are. The exchange is used as
// given: callers pass the redacted copy unless the person chose to reveal secrets.
class CurlCommand
{
public:
    static QString fromExchange(const HttpExchange &exchange);
    static QString quoted(const QString &argument);
};

} // namespace nv
