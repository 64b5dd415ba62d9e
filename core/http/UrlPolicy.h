#pragma once

#include <QString>
#include <QUrl>

namespace nv {

// What the console may fetch: https and http URLs with a host, nothing else. A profile, a
// redirect or a discovery document comes from someone else (an operator, a partner's export),
// and Qt would otherwise follow file:, qrc: and data: as readily as https: -- a "302 Location:
// file:///etc/passwd" would read a local file into the request log. Every place that fetches
// (HttpClient, the redirect follower, the embedded browser, profile and command-line checks)
// asks here, so the rule lives in one place.
class UrlPolicy
{
public:
    static bool isFetchable(const QUrl &url);
    // Why the console refuses to fetch the URL, as one sentence; empty when it is fetchable.
    static QString refusal(const QUrl &url);

    // The longest part of a refused URL quoted in a refusal (a data: URL can carry megabytes).
    static constexpr qsizetype QuotedUrlLength = 120;
};

} // namespace nv
