#include "ExchangeComparison.h"

#include "ReportText.h"

namespace nv {

namespace {
QByteArray contentType(const HttpHeaders &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList bodyLines(const HttpExchange &e)
{
    const QString pretty = ReportText::prettyBody(e.responseBody, contentType(e.responseHeaders));
    return pretty.isEmpty() ? QStringList() : pretty.split(QLatin1Char('\n'));
}

const QByteArray *valueOf(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return &header.second;
    }
    return nullptr;
}
} // namespace

bool ExchangeComparison::headersChanged() const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [](const Header &h) { return h.kind != Header::Kind::Same; });
}

ExchangeComparison ExchangeComparison::compare(const HttpExchange &before,
                                               const HttpExchange &after)
{
    ExchangeComparison c;
    c.statusBefore = before.status;
    c.statusAfter = after.status;
    c.errorBefore = before.error;
    c.errorAfter = after.error;
    for (const auto &[name, value] : before.responseHeaders) {
        const QByteArray *now = valueOf(after.responseHeaders, name);
        if (!now)
            c.headers.append({Header::Kind::Removed, name, value, {}});
        else
            c.headers.append(
                {*now == value ? Header::Kind::Same : Header::Kind::Changed, name, value, *now});
    }
    for (const auto &[name, value] : after.responseHeaders) {
        if (!valueOf(before.responseHeaders, name))
            c.headers.append({Header::Kind::Added, name, {}, value});
    }
    c.body = TextDiff::lines(bodyLines(before), bodyLines(after));
    return c;
}

} // namespace nv
