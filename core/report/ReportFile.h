#pragma once

#include "report/ReportOptions.h"
#include "report/ReportSource.h"
#include "report/RunReport.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace nv {

// Makes a report file from the request log, the same way for nv-cli and the window: reads the
// runs (ReportSource), renders HTML or PDF, and writes the file atomically (QSaveFile: a failed
// write leaves no half file and never clobbers an older report). Synchronous; the window calls
// it on a worker thread.
//
// The PDF is drawn with Qt GUI (ReportPdf, in nvreportpdf), which nvcore does not link: the
// caller hands the renderer in. ReportWriter (nvreportpdf) hands ReportPdf's; nv-cli hands its
// graphics module's, so that its default path loads no Qt GUI.
class ReportFile
{
public:
    enum class Format
    {
        Html,
        Pdf
    };
    struct Request
    {
        QString logPath;
        QStringList correlationIds;
        Format format = Format::Html;
        QString outputPath; // "-": standard output
        ReportOptions options;
        ReportSource::Extras extras;
    };
    struct Result
    {
        bool ok = false;
        QString error; // what went wrong, in words
        int runs = 0;
        int pages = 0; // PDF only
        qint64 bytes = 0;
        QString verdicts; // "verified", or one per run separated by ", "
    };
    // The PDF of the runs as bytes (empty when it cannot be made); *pageCount its pages.
    using PdfRenderer = std::function<QByteArray(const QList<RunReport> &runs,
                                                 const ReportOptions &options, int *pageCount)>;

    // A PDF request without a renderer fails with pdfUnavailable as its error.
    static Result write(const Request &request, const PdfRenderer &renderPdf,
                        const QString &pdfUnavailable = {});
};

} // namespace nv
