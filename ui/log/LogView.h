#pragma once

#include "ReportExportDialog.h"
#include "http/HttpExchange.h"
#include "log/LogQuery.h"
#include "log/LogReader.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTemporaryDir;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace nv {

class ExchangeDetailView;
class LogTableModel;
class RequestLog;

// The request log view: the list (time, correlation id, step, method, host and path,
// coloured status, duration) with its filters, the detail of the selected exchange, and the
// actions around them (copy as cURL, export HAR / JSON Lines, import a partner's file,
// retention, clear).
//
// The list is lazy (LogTableModel) and every read goes through a LogReader on its own thread:
// the UI thread never waits on the disk, whatever the size of the log. Everything shown is
// redacted; "Reveal secrets" shows the raw exchange only for rows recorded in this session
// (RequestLog::revealed), on purpose and for the selected row alone.
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(RequestLog *log, QWidget *parent = nullptr);
    ~LogView() override;

    LogTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ExchangeDetailView *detail() const { return m_detail; }

    // The correlation id the "This run" button filters on.
    void setCurrentCorrelationId(const QString &id);
    void setFilter(const QString &correlationId);
    void setStepFilter(const QString &step);
    void setStatusFilter(LogQuery::StatusClass statusClass);
    // Applied after a short pause while typing; applyFiltersNow() skips the pause.
    void setSearchText(const QString &text);
    void applyFiltersNow();
    // Ctrl+F: the search field takes the keyboard, its text selected.
    void focusSearch();
    int visibleRowCount() const;
    void selectRow(int row);
    void setRevealSecrets(bool reveal);
    bool revealSecrets() const;

    // The exchange of a row as it would be copied: redacted, or raw when revealed and known.
    // Calls back at once when the full exchange is at hand, else when the reader answers.
    void withExchange(int row, const std::function<void(const nv::HttpExchange &)> &use);
    void copyCorrelationId(int row);
    void copyAsCurl(int row);
    void copyResponseBody(int row);

    enum class Scope
    {
        Selection,
        Filtered,
        Everything
    };
    // Exports on the reader thread; exportFinished() tells how it went.
    void exportTo(const QString &path, LogReader::Format format, Scope scope);
    // What reports exported from the log's menu know beyond the log (the window's facts).
    void setReportContext(const ReportExportContext &context) { m_reportContext = context; }
    // "Export report…": the runs of the selected rows (or of row), from the log shown.
    void exportReport(int row);
    // "Edit and resend…": the request of row, to change and send again (ResendDialog).
    void editAndResend(int row);

    // Opens a HAR or JSON Lines file in place of this machine's log (importFinished()).
    void openImport(const QString &path);
    void closeImport();
    bool isShowingImport() const { return m_importReader != nullptr; }

Q_SIGNALS:
    void exportFinished(qint64 count, const QString &error);
    void importFinished(qint64 count, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QHBoxLayout *buildFilterBar();
    void buildStepAndStatusFilters();
    QMenu *buildActionsMenu();
    void buildBanners(QVBoxLayout *layout);
    QTableView *buildTable(QWidget *parent);
    QWidget *buildDetailSide(QWidget *parent);
    void connectControls();
    void connectLog();
    void connectReader(LogReader *reader);
    void onExchangeFetched(quint64 ticket, const nv::HttpExchange &exchange, bool found);
    void showProblem(const QString &text);
    void showImport(const QString &path, const QString &database,
                    const std::shared_ptr<QTemporaryDir> &dir, qint64 count);
    void followPalette();
    void rebuildQuery();
    void showSelected();
    void showContextMenu(const QPoint &pos);
    void updateCount();
    void chooseExport(LogReader::Format format, Scope scope);
    void chooseImport();
    void editRetention();
    void confirmClear();
    LogReader *activeReader() const;

    RequestLog *m_log;
    std::unique_ptr<LogReader> m_reader;
    std::unique_ptr<LogReader> m_importReader;
    std::shared_ptr<QTemporaryDir> m_importDir;
    QString m_importName;
    LogTableModel *m_model;
    QString m_currentCorrelation;

    QLineEdit *m_correlation;
    QPushButton *m_thisRun;
    QComboBox *m_step;
    QComboBox *m_status;
    QLineEdit *m_search;
    QLabel *m_count;
    QToolButton *m_actions;
    QLabel *m_problem; // what is wrong with the log, until it is solved
    QLabel *m_notice;  // what just happened (an export), for a few seconds
    QLabel *m_importBanner;
    QTableView *m_table;
    QCheckBox *m_reveal;
    QLabel *m_revealNote;
    ExchangeDetailView *m_detail;
    QTimer *m_searchDelay;

    quint64 m_detailTicket = 0;
    qint64 m_detailId = 0;
    quint64 m_exportTicket = 0;
    quint64 m_stepsTicket = 0;
    QHash<quint64, std::function<void(const nv::HttpExchange &)>> m_pendingUses;
    ReportExportContext m_reportContext;
};

} // namespace nv
