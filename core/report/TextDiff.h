#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace nv {

// Lines of two texts set side by side: what both have, what only the first has, what only the
// second has (a longest common subsequence, by hand: Qt has no diff, and two bodies of a few
// hundred lines need nothing more). Bounded: beyond MaxCells comparisons the texts are shown
// as wholly replaced rather than compared line by line.
class TextDiff
{
public:
    static constexpr qsizetype MaxCells = 4'000'000;

    struct Line
    {
        enum class Kind
        {
            Same,
            Removed, // only in the first text
            Added    // only in the second
        };
        Kind kind = Kind::Same;
        QString text;
    };

    static QList<Line> lines(const QStringList &before, const QStringList &after);
    static bool hasChanges(const QList<Line> &diff);
};

} // namespace nv
