#include "CliGraphicsPlugin.h"

#include "EmbeddedBrowserGraphics.h"
#include "report/pdf/ReportPdf.h"

#include <QGuiApplication>

namespace nv {

QCoreApplication *CliGraphicsPlugin::createApplication(int &argc, char **argv, bool embeddedBrowser)
{
    if (embeddedBrowser)
        EmbeddedBrowserGraphics::prepareApplication();
    return new QGuiApplication(argc, argv);
}

void CliGraphicsPlugin::prepareBrowserGraphics()
{
    EmbeddedBrowserGraphics::prepareGraphics();
}

QByteArray CliGraphicsPlugin::renderPdf(const QList<RunReport> &runs, const ReportOptions &options,
                                        int *pageCount)
{
    return ReportPdf::render(runs, options, pageCount);
}

} // namespace nv
