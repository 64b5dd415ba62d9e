#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace nv {

// Percentiles of durations in milliseconds, by nearest rank (the value at rank ceil(p·n/100)
// of the sorted values): every figure is one that was measured, none interpolated.
struct Percentiles
{
    int count = 0;
    qint64 p50 = 0;
    qint64 p90 = 0;
    qint64 p99 = 0;
    qint64 max = 0;

    static Percentiles of(QList<qint64> values);
    QJsonObject toJson() const; // {count, p50, p90, p99, max}
    // "p50 12 ms · p90 20 ms · p99 31 ms · max 31 ms"
    QString describe() const;
};

// The exit code of several outcomes (nv-cli verify --phones, flow --repeat): the worst one, in
// the order 4 (an API error) > 3 (authorize or token failed) > 5 (network or TLS) > 1 (not
// verified) > 0 (verified). An answer from the operator that refused the request outranks a
// call that got no answer: it will not go away by running the batch again.
int worseExitCode(int a, int b);

} // namespace nv
