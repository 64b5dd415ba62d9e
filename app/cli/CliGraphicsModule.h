#pragma once

#include "report/ReportOptions.h"
#include "report/RunReport.h"

#include <QByteArray>
#include <QList>
#include <QtPlugin>

class QCoreApplication;

namespace nv {

// What nv-cli's graphics module (app/cli/gui, a plugin that links Qt GUI) offers. nv-cli does not
// link Qt GUI: its default path (verify, flow without a browser, log, send, key, doctor) runs in
// a QCoreApplication, and only the two commands that need Qt GUI load this module, through
// CliGraphicsLoader, before the application object exists: the PDF report (fonts, QPdfWriter)
// and the offscreen embedded browser (Qt WebEngine needs a QGuiApplication).
class CliGraphicsModule
{
public:
    virtual ~CliGraphicsModule() = default;

    // The application nv-cli runs in, a QGuiApplication; owned by the caller. embeddedBrowser:
    // the attribute and share context Qt WebEngine needs are set up before it is made.
    virtual QCoreApplication *createApplication(int &argc, char **argv, bool embeddedBrowser) = 0;
    // Just before the embedded browser's module loads (EmbeddedBrowserLoader's step).
    virtual void prepareBrowserGraphics() = 0;
    // The runs as a PDF (ReportPdf); empty when it cannot be made.
    virtual QByteArray renderPdf(const QList<RunReport> &runs, const ReportOptions &options,
                                 int *pageCount) = 0;
};

} // namespace nv

#define NvCliGraphicsModule_iid "com.konera.nvconsole.CliGraphicsModule/1"
Q_DECLARE_INTERFACE(nv::CliGraphicsModule, NvCliGraphicsModule_iid)
