#include "TextDiff.h"

#include <vector>

namespace nv {

QList<TextDiff::Line> TextDiff::lines(const QStringList &before, const QStringList &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    QList<Line> out;
    if ((n + 1) * (m + 1) > MaxCells) {
        for (const QString &line : before)
            out.append({Line::Kind::Removed, line});
        for (const QString &line : after)
            out.append({Line::Kind::Added, line});
        return out;
    }
    // common[i][j]: the longest common subsequence of before[i..] and after[j..].
    std::vector<int> common(size_t((n + 1) * (m + 1)), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            common[at(i, j)] = before.at(i) == after.at(j)
                                   ? common[at(i + 1, j + 1)] + 1
                                   : std::max(common[at(i + 1, j)], common[at(i, j + 1)]);
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (before.at(i) == after.at(j)) {
            out.append({Line::Kind::Same, before.at(i)});
            ++i;
            ++j;
        } else if (common[at(i + 1, j)] >= common[at(i, j + 1)]) {
            out.append({Line::Kind::Removed, before.at(i++)});
        } else {
            out.append({Line::Kind::Added, after.at(j++)});
        }
    }
    while (i < n)
        out.append({Line::Kind::Removed, before.at(i++)});
    while (j < m)
        out.append({Line::Kind::Added, after.at(j++)});
    return out;
}

bool TextDiff::hasChanges(const QList<Line> &diff)
{
    return std::any_of(diff.cbegin(), diff.cend(),
                       [](const Line &line) { return line.kind != Line::Kind::Same; });
}

} // namespace nv
