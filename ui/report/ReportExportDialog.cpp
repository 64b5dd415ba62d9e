#include "ReportExportDialog.h"

#include "UiStyle.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

namespace nv {

namespace {
QString suggestedPath(const QStringList &ids)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    // Correlation ids are chosen by people too: keep only what is safe in a file name.
    QString name = ids.size() == 1 ? ids.first() : QStringLiteral("%1-runs").arg(ids.size());
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return QDir(folder).filePath(QStringLiteral("nv-report-%1.pdf").arg(name.left(64)));
}
} // namespace

ReportExportDialog::ReportExportDialog(const QString &logPath, const QStringList &correlationIds,
                                       const ReportExportContext &context, QWidget *parent)
    : QDialog(parent)
    , m_logPath(logPath)
    , m_ids(correlationIds)
    , m_context(context)
{
    qRegisterMetaType<ReportWriter::Result>();
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(tr("Export report"));
    buildUi();
    setOutputPath(suggestedPath(m_ids));
    setPaper(ReportOptions::localPaper());
    setPalette(m_context.presenting && m_context.presenting() ? ReportPalette::Kind::Presentation
                                                              : ReportPalette::Kind::Light);
}

ReportExportDialog *ReportExportDialog::open(QWidget *parent, const QString &logPath,
                                             const QStringList &correlationIds,
                                             const ReportExportContext &context)
{
    auto *dialog = new ReportExportDialog(logPath, correlationIds, context, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void ReportExportDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(this);
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    what->setText(
        m_ids.size() == 1
            ? tr("The run with correlation id <tt>%1</tt>, as the request log holds it "
                 "(redacted).")
                  .arg(m_ids.first().toHtmlEscaped())
            : tr("%n runs, as the request log holds them (redacted).", "", int(m_ids.size())));
    layout->addWidget(what);
    auto *form = new QFormLayout;
    auto *formats = new QHBoxLayout;
    m_pdf = new QRadioButton(tr("PDF"), this);
    m_pdf->setObjectName(QStringLiteral("reportPdf"));
    m_html = new QRadioButton(tr("HTML (one self-contained file)"), this);
    m_html->setObjectName(QStringLiteral("reportHtml"));
    m_pdf->setChecked(true);
    formats->addWidget(m_pdf);
    formats->addWidget(m_html);
    formats->addStretch(1);
    form->addRow(tr("Format"), formats);
    m_palette = new QComboBox(this);
    m_palette->setObjectName(QStringLiteral("reportPalette"));
    m_palette->addItem(tr("Light (screen and print)"), int(ReportPalette::Kind::Light));
    m_palette->addItem(tr("Presentation (projector)"), int(ReportPalette::Kind::Presentation));
    form->addRow(tr("Palette"), m_palette);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_paper->addItem(tr("A4"), int(ReportOptions::Paper::A4));
    m_paper->addItem(tr("Letter"), int(ReportOptions::Paper::Letter));
    form->addRow(tr("Paper"), m_paper);
    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("reportPath"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    form->addRow(tr("File"), fileRow);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("reportExport"));
    m_openFile = buttons->addButton(tr("Open the report"), QDialogButtonBox::ActionRole);
    m_openFile->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_pdf, &QRadioButton::toggled, this, &ReportExportDialog::followFormat);
    connect(choose, &QPushButton::clicked, this, &ReportExportDialog::choosePath);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ReportExportDialog::start);
    connect(m_openFile, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(outputPath())); });
    resize(620, sizeHint().height());
}

void ReportExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

QString ReportExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

void ReportExportDialog::setFormat(ReportWriter::Format format)
{
    (format == ReportWriter::Format::Pdf ? m_pdf : m_html)->setChecked(true);
}

ReportWriter::Format ReportExportDialog::format() const
{
    return m_pdf->isChecked() ? ReportWriter::Format::Pdf : ReportWriter::Format::Html;
}

void ReportExportDialog::setPalette(ReportPalette::Kind palette)
{
    m_palette->setCurrentIndex(std::max(0, m_palette->findData(int(palette))));
}

void ReportExportDialog::setPaper(ReportOptions::Paper paper)
{
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(paper))));
}

void ReportExportDialog::followFormat()
{
    // The file name follows the format, unless the person typed another suffix.
    const QString path = outputPath();
    const QString wanted =
        format() == ReportWriter::Format::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".html");
    for (const QString &known : {QStringLiteral(".pdf"), QStringLiteral(".html")}) {
        if (path.endsWith(known, Qt::CaseInsensitive)) {
            setOutputPath(path.left(path.size() - known.size()) + wanted);
            return;
        }
    }
}

void ReportExportDialog::choosePath()
{
    const bool pdf = format() == ReportWriter::Format::Pdf;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), outputPath(),
                                     pdf ? tr("PDF (*.pdf)") : tr("HTML (*.html *.htm)"));
    if (!path.isEmpty())
        setOutputPath(path);
}

void ReportExportDialog::start()
{
    if (m_writing)
        return;
    if (outputPath().isEmpty()) {
        m_status->setText(tr("Choose where to write the report."));
        return;
    }
    ReportWriter::Request request;
    request.logPath = m_logPath;
    request.correlationIds = m_ids;
    request.format = format();
    request.outputPath = outputPath();
    request.options.palette = ReportPalette::Kind(m_palette->currentData().toInt());
    request.options.paper = ReportOptions::Paper(m_paper->currentData().toInt());
    // The facts live on this thread: read them here, hand the worker a copy.
    QHash<QString, ReportFacts> facts;
    if (m_context.facts) {
        for (const QString &id : std::as_const(m_ids))
            facts.insert(id, m_context.facts(id));
    }
    request.extras.facts = [facts](const QString &id) { return facts.value(id); };
    m_writing = true;
    m_export->setEnabled(false);
    m_openFile->setEnabled(false);
    UiStyle::setTone(m_status, UiStyle::Tone::Neutral);
    m_status->setText(tr("Writing the report…"));
    if (!m_context.log) {
        write(request);
        return;
    }
    QPointer<ReportExportDialog> self(this);
    m_context.log->whenWritten([self, request] {
        if (self)
            self->write(request);
    });
}

void ReportExportDialog::write(const ReportWriter::Request &request)
{
    QPointer<ReportExportDialog> self(this);
    QThread *worker = QThread::create([self, request] {
        const ReportWriter::Result result = ReportWriter::write(request);
        QMetaObject::invokeMethod(qApp, [self, result, path = request.outputPath] {
            if (self)
                self->onFinished(result, path);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ReportExportDialog::onFinished(const ReportWriter::Result &result, const QString &path)
{
    m_writing = false;
    m_export->setEnabled(true);
    if (result.ok) {
        UiStyle::setTone(m_status, UiStyle::Tone::Good);
        m_status->setText(result.pages > 0
                              ? tr("Written to %1: %n page(s).", "", result.pages).arg(path)
                              : tr("Written to %1.").arg(path));
        m_openFile->setEnabled(true);
    } else {
        UiStyle::setTone(m_status, UiStyle::Tone::Bad);
        m_status->setText(tr("The report was not written: %1").arg(result.error));
    }
    emit finished(result, path);
}

QString ReportExportDialog::statusText() const
{
    return m_status->text();
}

} // namespace nv
