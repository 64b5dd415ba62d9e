#pragma once

#include <QtGlobal>

namespace nv {

// How much history the request log keeps. Zero means no limit; both limits apply together.
struct LogRetention
{
    int maxAgeDays = 0;
    qint64 maxCount = 0;

    bool isUnlimited() const { return maxAgeDays <= 0 && maxCount <= 0; }
    bool operator==(const LogRetention &) const = default;
};

} // namespace nv
