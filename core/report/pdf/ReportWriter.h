#pragma once

#include "report/ReportFile.h"

namespace nv {

// A report file with the PDF drawn by ReportPdf (Qt GUI): ReportFile for the programs that link
// Qt GUI (the window, the tests).
class ReportWriter
{
public:
    using Format = ReportFile::Format;
    using Request = ReportFile::Request;
    using Result = ReportFile::Result;

    static Result write(const Request &request);
};

} // namespace nv
