#pragma once

#include "ReportPalette.h"
#include "RunReport.h"

#include <QByteArray>
#include <QList>

namespace nv {

// The steps of a run on a time axis: one bar per exchange, placed at its start and as long as
// it took, coloured by its answer, grouped under its step. Written as SVG for the same reasons
// as SequenceDiagram. Long pauses (a person reading a consent page, a resend minutes later) are
// cut out of the axis and marked, so the exchanges keep a readable width.
class StepTimeline
{
public:
    // One SVG document per group of at most maxRows exchanges (0: one document for all).
    // title: drawn above the first document's rows (see SequenceDiagram::svg).
    static QList<QByteArray> svg(const RunReport &report, const ReportPalette &palette,
                                 int maxRows = 0, const QString &title = {});

    // Maps times (ms from the run's start) to x, with long pauses cut out.
    class Axis
    {
    public:
        // spans: [start, end] of each exchange, in ms from the run's start.
        Axis(const QList<std::pair<qint64, qint64>> &spans, double left, double right);
        double x(qint64 ms) const;
        struct Cut
        {
            qint64 from;
            qint64 to;
        };
        const QList<Cut> &cuts() const { return m_cuts; }
        qint64 end() const { return m_end; }
        // The stretches of time the axis shows, between the cuts.
        QList<Cut> shownSpans() const;
        qint64 shownLength() const { return shown(m_end); }

    private:
        qint64 shown(qint64 ms) const; // ms on the axis once the cuts are taken out
        QList<Cut> m_cuts;
        qint64 m_end = 0;
        double m_left;
        double m_scale = 1;
        double m_cutWidth = 0;
    };

private:
    static QByteArray document(const RunReport &report, const QList<int> &rows, const Axis &axis,
                               const ReportPalette &palette, const QString &title);
};

} // namespace nv
