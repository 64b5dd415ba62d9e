#pragma once

#include "log/RequestLog.h"
#include "report/ReportFacts.h"
#include "report/pdf/ReportWriter.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace nv {

// What the window knows about its runs beyond the log, for a report.
struct ReportExportContext
{
    // The id_token check and network path of a run of this session (ReportFactsBook::facts).
    std::function<ReportFacts(const QString &correlationId)> facts;
    // The window is presenting: the report's palette starts as "presentation".
    std::function<bool()> presenting;
    // The session's log: the report reads the file once it has written every exchange
    // recorded so far (RequestLog::whenWritten), since the last run's may still be waiting to
    // share a write. Unset (or gone): the file is read at once.
    QPointer<RequestLog> log;
};

// File → Export report… and the log's "Export report…": one run or a selection, as PDF or
// self-contained HTML, in the light or presentation palette, on A4 or Letter. The report is
// read from the log and written on a worker thread (ReportWriter): the window never waits.
class ReportExportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportExportDialog(const QString &logPath, const QStringList &correlationIds,
                       const ReportExportContext &context, QWidget *parent = nullptr);

    // Opens a dialog that deletes itself when closed.
    static ReportExportDialog *open(QWidget *parent, const QString &logPath,
                                    const QStringList &correlationIds,
                                    const ReportExportContext &context = {});

    void setOutputPath(const QString &path);
    QString outputPath() const;
    void setFormat(ReportWriter::Format format);
    void setPalette(ReportPalette::Kind palette);
    void setPaper(ReportOptions::Paper paper);
    // Starts writing; finished() tells how it went.
    void start();
    bool isWriting() const { return m_writing; }
    QString statusText() const;

signals:
    void finished(const nv::ReportWriter::Result &result, const QString &path);

private:
    void buildUi();
    void choosePath();
    void followFormat();
    void write(const ReportWriter::Request &request);
    void onFinished(const ReportWriter::Result &result, const QString &path);
    ReportWriter::Format format() const;

    QString m_logPath;
    QStringList m_ids;
    ReportExportContext m_context;
    QRadioButton *m_pdf = nullptr;
    QRadioButton *m_html = nullptr;
    QComboBox *m_palette = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_openFile = nullptr;
    bool m_writing = false;
};

} // namespace nv

Q_DECLARE_METATYPE(nv::ReportWriter::Result)
