#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace nv {

class RequestLog;
class RequestLogModel;
struct HttpExchange;

// The request log: a table of exchanges (newest first), filtered by correlation id, and the
// selected exchange's headers and bodies beside it. Everything shown is redacted; "Reveal
// secrets" shows the raw exchange only for rows recorded in this session, on purpose and for
// the selected row alone.
class RequestLogView : public QWidget
{
    Q_OBJECT
public:
    explicit RequestLogView(RequestLog *log, QWidget *parent = nullptr);

    RequestLogModel *model() const { return m_model; }
    // The correlation id the "This run" button filters on.
    void setCurrentCorrelationId(const QString &id);
    void setFilter(const QString &correlationId);
    int visibleRowCount() const;

private:
    void showSelected();
    static QString describe(const nv::HttpExchange &exchange);

    RequestLog *m_log;
    RequestLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_currentCorrelation;
    QLineEdit *m_filter;
    QPushButton *m_thisRun;
    QLabel *m_count;
    QLabel *m_problem;
    QTableView *m_table;
    QCheckBox *m_reveal;
    QLabel *m_revealNote;
    QPlainTextEdit *m_detail;
};

} // namespace nv
