#include "RequestLogModel.h"

#include <QLocale>

namespace nv {

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HttpExchange &e = m_rows.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Time:
            return e.startedAt;
        case Status:
            return e.status;
        case Duration:
            return e.durationMs();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Status || index.column() == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == HostPath)
            return e.url.toString(QUrl::RemoveUserInfo);
        if (index.column() == Status && !e.error.isEmpty())
            return e.error;
        if (index.column() == Status && e.status == 0)
            return e.note;
        if (index.column() == Correlation)
            return e.correlationId;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return e.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case Correlation:
        return e.correlationId;
    case StepColumn:
        return e.step;
    case Method:
        return QString::fromLatin1(e.method);
    case HostPath:
        return e.url.host() +
               (e.url.port() > 0 ? QStringLiteral(":%1").arg(e.url.port()) : QString()) +
               e.url.path();
    case Status:
        if (!e.error.isEmpty())
            return tr("failed");
        return e.status > 0 ? QString::number(e.status) : QStringLiteral("—");
    case Duration:
        return QString::number(e.durationMs());
    default:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Correlation:
        return tr("Correlation id");
    case StepColumn:
        return tr("Step");
    case Method:
        return tr("Method");
    case HostPath:
        return tr("Host and path");
    case Status:
        return tr("Status");
    case Duration:
        return tr("ms");
    default:
        break;
    }
    return {};
}

void RequestLogModel::append(const HttpExchange &redacted)
{
    if (m_rowById.contains(redacted.id))
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(redacted);
    m_rowById.insert(redacted.id, row);
    endInsertRows();
}

void RequestLogModel::addLoaded(const QList<HttpExchange> &redacted)
{
    QList<HttpExchange> fresh;
    for (const HttpExchange &e : redacted) {
        if (!m_rowById.contains(e.id))
            fresh.append(e);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const HttpExchange &e : fresh) {
        m_rowById.insert(e.id, int(m_rows.size()));
        m_rows.append(e);
    }
    endInsertRows();
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
}

const HttpExchange *RequestLogModel::exchange(qint64 id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? nullptr : &m_rows.at(*it);
}

} // namespace nv
