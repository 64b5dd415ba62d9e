#pragma once

#include "report/ReportOptions.h"
#include "report/RunReport.h"

#include <QList>
#include <QString>

class QIODevice;

namespace nv {

// A run report as PDF, with Qt's own PDF writer: the report's HTML for print (ReportHtml's
// RichText target) laid out by QTextDocument on A4 or Letter pages, the diagrams drawn as
// vectors from their SVG, and each page footed with the correlation id and its number. Needs a
// QGuiApplication (fonts); may run on any thread.
class ReportPdf
{
public:
    // Writes the PDF into device; false with *error set when it cannot be written.
    static bool write(const QList<RunReport> &runs, const ReportOptions &options, QIODevice *device,
                      QString *error);
    // The PDF as bytes (for a file written atomically by the caller).
    static QByteArray render(const QList<RunReport> &runs, const ReportOptions &options,
                             int *pageCount = nullptr);
};

} // namespace nv
