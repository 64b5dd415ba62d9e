#include "ReportFile.h"

#include "report/ReportHtml.h"

#include <QFile>
#include <QSaveFile>

namespace nv {

namespace {
bool writeBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
            !out.flush()) {
            *error = QStringLiteral("cannot write to standard output: %1").arg(out.errorString());
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}
} // namespace

ReportFile::Result ReportFile::write(const Request &request, const PdfRenderer &renderPdf,
                                     const QString &pdfUnavailable)
{
    Result result;
    if (request.format == Format::Pdf && !renderPdf) {
        result.error =
            pdfUnavailable.isEmpty() ? QStringLiteral("the PDF could not be made") : pdfUnavailable;
        return result;
    }
    const std::optional<QList<RunReport>> runs =
        ReportSource::load(request.logPath, request.correlationIds, request.extras, &result.error);
    if (!runs)
        return result;
    result.runs = int(runs->size());
    QStringList verdicts;
    for (const RunReport &run : *runs)
        verdicts << run.verdict.kindName();
    result.verdicts = verdicts.join(QStringLiteral(", "));

    QByteArray bytes;
    if (request.format == Format::Pdf) {
        bytes = renderPdf(*runs, request.options, &result.pages);
        if (bytes.isEmpty()) {
            result.error = QStringLiteral("the PDF could not be made");
            return result;
        }
    } else {
        bytes =
            ReportHtml::render(*runs, request.options, ReportHtml::Target::Browser).html.toUtf8();
    }
    if (!writeBytes(request.outputPath, bytes, &result.error))
        return result;
    result.bytes = bytes.size();
    result.ok = true;
    return result;
}

} // namespace nv
