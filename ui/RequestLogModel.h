#pragma once

#include "http/HttpExchange.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace nv {

// The request log as a table: one row per redacted exchange. It only ever holds what
// RequestLog hands out (recorded() and loaded()), so nothing secret can reach the view.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Correlation,
        StepColumn,
        Method,
        HostPath,
        Status,
        Duration,
        ColumnCount
    };
    // Raw values for sorting and filtering (the time as a QDateTime, numbers as numbers).
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RequestLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A freshly recorded exchange.
    void append(const nv::HttpExchange &redacted);
    // Rows loaded from the file at start; ones already shown (recorded meanwhile) are skipped.
    void addLoaded(const QList<nv::HttpExchange> &redacted);
    void clear();
    const HttpExchange *exchange(qint64 id) const;
    const HttpExchange &at(int row) const { return m_rows.at(row); }

private:
    QList<HttpExchange> m_rows;
    QHash<qint64, int> m_rowById;
};

} // namespace nv
