#pragma once

#include <QString>
#include <optional>

namespace nv {

// A number of seconds as typed by a person ("30", "2.5"), as milliseconds, or nothing when it is
// not a finite number in (0, maxSeconds]. Every duration that reaches a timer goes through a
// bound: inf, nan or a huge value would otherwise overflow the timer's int and wait forever.
std::optional<int> millisecondsFromSeconds(const QString &text, double maxSeconds = 86400);

} // namespace nv
