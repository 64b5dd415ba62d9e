#pragma once

#include <QString>

namespace nv {

// Chromium's network errors (net::ERR_…), as the embedded browser reports them, in words: what
// failed, for which host, and what to check, with the code kept as detail for a search. The
// table is written here because Chromium's own messages are codes, not sentences.
QString explainBrowserNetworkError(const QString &chromiumError, const QString &host);

} // namespace nv
