#include "Duration.h"

#include <cmath>

namespace nv {

std::optional<int> millisecondsFromSeconds(const QString &text, double maxSeconds)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > maxSeconds)
        return std::nullopt;
    return std::max(1, int(std::lround(seconds * 1000)));
}

} // namespace nv
