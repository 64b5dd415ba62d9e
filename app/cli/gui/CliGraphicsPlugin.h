#pragma once

#include "CliGraphicsModule.h"

#include <QObject>

namespace nv {

// nv-cli's graphics module: a QGuiApplication, the embedded browser's GL preparation and the PDF
// report, the only parts of nv-cli that need Qt GUI.
class CliGraphicsPlugin : public QObject, public CliGraphicsModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID NvCliGraphicsModule_iid)
    Q_INTERFACES(nv::CliGraphicsModule)
public:
    QCoreApplication *createApplication(int &argc, char **argv, bool embeddedBrowser) override;
    void prepareBrowserGraphics() override;
    QByteArray renderPdf(const QList<RunReport> &runs, const ReportOptions &options,
                         int *pageCount) override;
};

} // namespace nv
