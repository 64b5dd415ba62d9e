#include "StepTimeline.h"

#include "ReportText.h"

#include <algorithm>

namespace nv {

namespace {
constexpr double Width = 760;
constexpr double LabelWidth = 250; // step, method and path on the left of the bars
constexpr double CutWidth = 26;    // what a pause that was cut out takes on the axis

std::pair<qint64, qint64> spanOf(const RunReport &report, const HttpExchange &e)
{
    const qint64 start = report.startedAt.isValid() ? report.startedAt.msecsTo(e.startedAt) : 0;
    return {std::max<qint64>(0, start),
            std::max<qint64>(0, start) + std::max<qint64>(0, e.durationMs())};
}
} // namespace

StepTimeline::Axis::Axis(const QList<std::pair<qint64, qint64>> &spans, double left, double right)
    : m_left(left)
{
    QList<std::pair<qint64, qint64>> sorted = spans;
    std::sort(sorted.begin(), sorted.end());
    qint64 busy = 0; // time with something in flight
    QList<std::pair<qint64, qint64>> merged;
    for (const auto &span : std::as_const(sorted)) {
        if (!merged.isEmpty() && span.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, span.second);
        else
            merged.append(span);
        m_end = std::max(m_end, span.second);
    }
    for (const auto &span : std::as_const(merged))
        busy += span.second - span.first;
    // A pause is cut when it is longer than a second and than the busy time itself: then it
    // would squeeze every bar into a sliver.
    const qint64 longPause = std::max<qint64>(1000, busy);
    for (qsizetype i = 1; i < merged.size(); ++i) {
        const qint64 from = merged.at(i - 1).second;
        const qint64 to = merged.at(i).first;
        if (to - from > longPause)
            m_cuts.append({from, to});
    }
    m_cutWidth = m_cuts.isEmpty() ? 0 : CutWidth;
    const double room = right - left - m_cutWidth * m_cuts.size();
    m_scale = room / double(std::max<qint64>(1, shown(m_end)));
}

qint64 StepTimeline::Axis::shown(qint64 ms) const
{
    qint64 removed = 0;
    for (const Cut &cut : m_cuts) {
        if (ms >= cut.to)
            removed += cut.to - cut.from;
        else if (ms > cut.from)
            removed += ms - cut.from;
    }
    return ms - removed;
}

QList<StepTimeline::Axis::Cut> StepTimeline::Axis::shownSpans() const
{
    QList<Cut> spans;
    qint64 from = 0;
    for (const Cut &cut : m_cuts) {
        spans.append({from, cut.from});
        from = cut.to;
    }
    spans.append({from, m_end});
    return spans;
}

double StepTimeline::Axis::x(qint64 ms) const
{
    int cutsBefore = 0;
    for (const Cut &cut : m_cuts) {
        if (ms >= cut.to)
            ++cutsBefore;
    }
    return m_left + shown(ms) * m_scale + cutsBefore * m_cutWidth;
}

QList<QByteArray> StepTimeline::svg(const RunReport &report, const ReportPalette &palette,
                                    int maxRows, const QString &title)
{
    QList<std::pair<qint64, qint64>> spans;
    for (const HttpExchange &e : report.exchanges)
        spans << spanOf(report, e);
    const Axis axis(spans, LabelWidth + 10, Width - 20);
    QList<QByteArray> documents;
    QList<int> rows;
    for (int i = 0; i < report.exchanges.size(); ++i) {
        rows << i;
        if (maxRows > 0 && rows.size() == maxRows) {
            documents << document(report, rows, axis, palette,
                                  documents.isEmpty() ? title : QString());
            rows.clear();
        }
    }
    if (!rows.isEmpty() || documents.isEmpty())
        documents << document(report, rows, axis, palette, documents.isEmpty() ? title : QString());
    return documents;
}

namespace {
QString svgText(double x, double y, const QString &text, const QString &colour, double size,
                const char *anchor = "start", bool bold = false)
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"%3\" font-size=\"%4\" "
                          "text-anchor=\"%5\"%6>%7</text>\n")
        .arg(x, 0, 'f', 1)
        .arg(y, 0, 'f', 1)
        .arg(colour)
        .arg(size, 0, 'f', 1)
        .arg(QLatin1String(anchor))
        .arg(bold ? QStringLiteral(" font-weight=\"bold\"") : QString())
        .arg(ReportText::escaped(text));
}

QString svgRect(double x, double y, double w, double h, const QString &fill)
{
    return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>\n")
        .arg(x, 0, 'f', 1)
        .arg(y, 0, 'f', 1)
        .arg(std::max(w, 2.0), 0, 'f', 1)
        .arg(h, 0, 'f', 1)
        .arg(fill);
}

// Ticks at 1, 2 or 5 × 10^n ms, about six over the axis.
qint64 tickStep(qint64 end)
{
    const qint64 wanted = std::max<qint64>(1, end / 6);
    qint64 magnitude = 1;
    while (magnitude * 10 <= wanted)
        magnitude *= 10;
    for (const qint64 factor : {1, 2, 5}) {
        if (magnitude * factor >= wanted)
            return magnitude * factor;
    }
    return magnitude * 10;
}
} // namespace

QByteArray StepTimeline::document(const RunReport &report, const QList<int> &rows, const Axis &axis,
                                  const ReportPalette &palette, const QString &title)
{
    const bool big = palette.kind == ReportPalette::Kind::Presentation;
    const double font = big ? 14 : 11;
    const double row = big ? 28 : 22;
    const double top = title.isEmpty() ? 8 : font * 2.6;
    const double height = top + row * std::max<qsizetype>(rows.size(), 1) + font * 2 + 20;
    QString out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" "
                                 "baseProfile=\"tiny\" viewBox=\"0 0 %1 %2\" width=\"%1\" "
                                 "height=\"%2\" font-family=\"DejaVu Sans, Verdana, sans-serif\" "
                                 "role=\"img\" aria-label=\"Timeline of the steps\">\n")
                      .arg(Width)
                      .arg(height, 0, 'f', 0);
    const double axisY = top + row * std::max<qsizetype>(rows.size(), 1) + 6;
    if (!title.isEmpty())
        out += svgText(0, font * 1.6, title, palette.text, font * 1.5, "start", true);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const HttpExchange &e = report.exchanges.at(rows.at(r));
        const auto [start, end] = spanOf(report, e);
        const double y = top + row * r;
        if (r % 2 == 1)
            out += svgRect(0, y, Width, row, palette.panel);
        const QString label = QStringLiteral("%1 · %2 %3")
                                  .arg(e.step.isEmpty() ? QStringLiteral("other") : e.step,
                                       QString::fromLatin1(e.method), ReportText::pathOf(e.url));
        out += svgText(8, y + row * 0.68, ReportText::elided(label, int(LabelWidth / (font * 0.6))),
                       palette.text, font);
        const double x1 = axis.x(start);
        const double x2 = axis.x(end);
        const QString colour = palette.statusColour(e.status, !e.error.isEmpty());
        out += svgRect(x1, y + row * 0.2, x2 - x1, row * 0.6, colour);
        // The duration after the bar; inside it, in the background's colour, when the bar
        // reaches the right edge; before it when neither has room.
        const QString said = ReportText::duration(end - start);
        const double needed = font * 0.9 * 0.6 * (said.size() + 1);
        if (x2 + 5 + needed < Width)
            out += svgText(x2 + 5, y + row * 0.68, said, palette.muted, font * 0.9);
        else if (x2 - x1 > needed + 10)
            out +=
                svgText(x2 - 5, y + row * 0.68, said, palette.background, font * 0.9, "end", true);
        else
            out += svgText(x1 - 5, y + row * 0.68, said, palette.muted, font * 0.9, "end");
    }
    out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" "
                          "stroke-width=\"%5\"/>\n")
               .arg(LabelWidth + 10)
               .arg(axisY, 0, 'f', 1)
               .arg(Width - 20)
               .arg(palette.lane)
               .arg(palette.lineWidth, 0, 'f', 1);
    // Ticks on the time the axis shows; each stretch after a cut starts with its own time.
    const qint64 step = tickStep(std::max<qint64>(1, axis.shownLength()));
    const QList<Axis::Cut> spans = axis.shownSpans();
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const Axis::Cut &span = spans.at(i);
        qint64 t = i == 0 ? 0 : span.from;
        while (t <= span.to) {
            out += svgText(axis.x(t), axisY + font + 4, ReportText::duration(t), palette.muted,
                           font * 0.85, "middle");
            const qint64 next = (t / step + 1) * step;
            // A tick too close to the stretch's own first one would print over it.
            t = next - t < step / 2 && i > 0 ? next + step : next;
        }
    }
    for (const auto &cut : axis.cuts()) {
        const double x = axis.x(cut.from) + CutWidth / 2;
        out +=
            svgText(x, axisY + 4, QStringLiteral("//"), palette.text, font * 1.3, "middle", true);
        out += svgText(x, axisY + font * 2 + 6,
                       QStringLiteral("+") + ReportText::duration(cut.to - cut.from), palette.muted,
                       font * 0.8, "middle");
    }
    out += QStringLiteral("</svg>\n");
    return out.toUtf8();
}

} // namespace nv
