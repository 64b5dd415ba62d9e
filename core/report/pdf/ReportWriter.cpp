#include "ReportWriter.h"

#include "ReportPdf.h"

namespace nv {

ReportWriter::Result ReportWriter::write(const Request &request)
{
    return ReportFile::write(
        request, [](const QList<RunReport> &runs, const ReportOptions &options, int *pageCount) {
            return ReportPdf::render(runs, options, pageCount);
        });
}

} // namespace nv
