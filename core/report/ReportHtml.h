#pragma once

#include "ReportOptions.h"
#include "RunReport.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace nv {

// A run report as one HTML document: inline CSS and inline SVG, no script, nothing fetched, so
// the file opens anywhere, offline, and says the same thing in ten years.
//
// Two targets from the same content: Browser (the .html file: CSS for screen and print, SVG
// inline) and RichText (what QTextDocument lays out for the PDF: the same HTML where each
// figure is a placeholder paragraph, figures[n] holding its SVG; ReportPdf draws them).
// Everything shown comes from the runs as the log stores them (redacted).
class ReportHtml
{
public:
    enum class Target
    {
        Browser,
        RichText
    };
    struct Output
    {
        QString html;
        QList<QByteArray> figures; // RichText: the SVG behind placeholder(n)
    };

    static Output render(const QList<RunReport> &runs, const ReportOptions &options,
                         Target target = Target::Browser);
    static QString placeholder(int index);
    // A sequence diagram or timeline in the PDF holds at most this many rows per figure, so a
    // figure always fits on a page.
    static constexpr int RowsPerPrintedFigure = 18;

    // The verdict in a few words with its sign (✓ Verified, ✗ Not verified, ...).
    static QString verdictTitle(const RunVerdict &verdict);
};

} // namespace nv
