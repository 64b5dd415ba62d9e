#pragma once

#include <QByteArray>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace nv {

// Paints the report's own figures (SequenceDiagram, StepTimeline) from their SVG, for the PDF.
//
// Why not Qt SVG: QSvgRenderer turns text into outlines when it paints on a QPdfWriter, so the
// labels of a diagram could not be searched, selected or read by pdftotext, and each line of
// text weighs kilobytes. The figures use a small, fixed part of SVG that the report writes
// itself (line, rect, polygon, text, with presentation attributes only), so painting exactly
// that part with QPainter keeps the text as text. Anything else in the document is skipped.
class SvgFigurePainter
{
public:
    // The viewBox's size (the figure's natural size), empty when there is none.
    static QSizeF naturalSize(const QByteArray &svg);
    // Paints the figure scaled into target, keeping its aspect (top-left aligned).
    static void paint(const QByteArray &svg, QPainter *painter, const QRectF &target);
};

} // namespace nv
