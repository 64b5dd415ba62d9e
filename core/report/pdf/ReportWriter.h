#pragma once

#include "report/ReportOptions.h"
#include "report/ReportSource.h"

#include <QString>
#include <QStringList>

namespace nv {

// Makes a report file from the request log, the same way for nv-cli and the window: reads the
// runs (ReportSource), renders HTML or PDF, and writes the file atomically (QSaveFile: a failed
// write leaves no half file and never clobbers an older report). Synchronous; the window calls
// it on a worker thread.
class ReportWriter
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

    static Result write(const Request &request);
};

} // namespace nv
