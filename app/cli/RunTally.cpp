#include "RunTally.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace nv {

namespace {
qint64 atRank(const QList<qint64> &sorted, int percent)
{
    const auto rank = qsizetype(std::ceil(double(percent) * double(sorted.size()) / 100.0));
    return sorted.at(std::clamp<qsizetype>(rank, 1, sorted.size()) - 1);
}

int severity(int exitCode)
{
    switch (exitCode) {
    case 0:
        return 0;
    case 1:
        return 1;
    case 5:
        return 2;
    case 3:
        return 3;
    case 4:
        return 4;
    default:
        return 5; // anything else (2, 130) is unexpected here and wins
    }
}
} // namespace

Percentiles Percentiles::of(QList<qint64> values)
{
    Percentiles p;
    p.count = int(values.size());
    if (values.isEmpty())
        return p;
    std::sort(values.begin(), values.end());
    p.p50 = atRank(values, 50);
    p.p90 = atRank(values, 90);
    p.p99 = atRank(values, 99);
    p.max = values.last();
    return p;
}

QJsonObject Percentiles::toJson() const
{
    return {{QStringLiteral("count"), count},
            {QStringLiteral("p50"), p50},
            {QStringLiteral("p90"), p90},
            {QStringLiteral("p99"), p99},
            {QStringLiteral("max"), max}};
}

QString Percentiles::describe() const
{
    return QCoreApplication::translate("nv::RunTally",
                                       "p50 %1 ms · p90 %2 ms · p99 %3 ms · max %4 ms")
        .arg(p50)
        .arg(p90)
        .arg(p99)
        .arg(max);
}

int worseExitCode(int a, int b)
{
    return severity(b) > severity(a) ? b : a;
}

} // namespace nv
