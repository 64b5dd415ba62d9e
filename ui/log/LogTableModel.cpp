#include "LogTableModel.h"

#include "log/LogReader.h"

#include <QBrush>
#include <QColor>

namespace nv {

LogTableModel::LogTableModel(LogReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    connectReader();
    setQuery(LogQuery{});
}

void LogTableModel::connectReader()
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    if (!m_reader)
        return;
    m_connections << connect(m_reader, &LogReader::pageFetched, this, &LogTableModel::onPage)
                  << connect(m_reader, &LogReader::rowsCounted, this, &LogTableModel::onCount);
}

void LogTableModel::setReader(LogReader *reader)
{
    m_reader = reader;
    connectReader();
    setQuery(m_query);
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogTableModel::hostAndPath(const QUrl &url)
{
    return url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString()) +
           url.path();
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HttpExchange &e = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return e.id;
    case CorrelationRole:
        return e.correlationId;
    case SortRole:
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
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole: {
        if (index.column() != Status)
            return {};
        // The status class at a glance; mid-tone colours read on light and dark palettes.
        if (!e.error.isEmpty() || e.status >= 500)
            return QBrush(QColor(0xd3, 0x2f, 0x2f));
        if (e.status >= 400)
            return QBrush(QColor(0xe6, 0x7e, 0x00));
        if (e.status >= 300)
            return QBrush(QColor(0x1e, 0x78, 0xd2));
        if (e.status >= 200)
            return QBrush(QColor(0x2e, 0x9d, 0x4a));
        return {};
    }
    case Qt::ToolTipRole:
        if (index.column() == HostPath)
            return e.url.toString(QUrl::RemoveUserInfo);
        if (index.column() == Status && !e.error.isEmpty())
            return e.error;
        if (index.column() == Status && e.status == 0)
            return e.note;
        if (index.column() == Correlation)
            return tr("%1\nDouble-click to show only this run").arg(e.correlationId);
        if (index.column() == Time)
            return e.startedAt.toLocalTime().toString(Qt::ISODateWithMs);
        return {};
    case Qt::DisplayRole:
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
            return hostAndPath(e.url);
        case Status:
            if (!e.error.isEmpty())
                return tr("failed");
            return e.status > 0 ? QString::number(e.status) : QStringLiteral("—");
        case Duration:
            return QString::number(e.durationMs());
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
        return {};
    }
}

bool LogTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reader && !m_atEnd && m_pendingPage == 0;
}

void LogTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void LogTableModel::requestPage()
{
    LogQuery page = m_query;
    page.limit = PageSize;
    page.newestFirst = true;
    page.summariesOnly = true;
    // Rows put on top while browsing are newer than every paged row, so the last row is
    // always the oldest one shown.
    page.afterId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    const bool wasLoading = isLoading();
    m_pendingPage = m_reader->fetchPage(page);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void LogTableModel::setQuery(const LogQuery &query)
{
    beginResetModel();
    m_query = query;
    m_rows.clear();
    m_rowById.clear();
    m_complete.clear();
    m_atEnd = false;
    m_firstPage = true;
    m_total = -1;
    m_recordedSinceCount = 0;
    m_pendingPage = 0;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    if (!m_reader)
        return;
    requestPage();
    LogQuery all = query;
    all.afterId = 0;
    m_pendingCount = m_reader->countRows(all);
}

void LogTableModel::onPage(quint64 ticket, const QList<HttpExchange> &rows)
{
    if (ticket != m_pendingPage)
        return; // an answer to a filter that has been replaced meanwhile
    m_pendingPage = 0;
    m_atEnd = rows.size() < PageSize;
    QList<HttpExchange> fresh;
    fresh.reserve(rows.size());
    for (const HttpExchange &e : rows) {
        if (!m_rowById.contains(e.id))
            fresh.append(e);
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const HttpExchange &e : std::as_const(fresh)) {
            m_rowById.insert(e.id, int(m_rows.size()));
            const auto recent = m_recent.constFind(e.id);
            if (recent != m_recent.cend()) {
                m_rows.append(*recent);
                m_complete.insert(e.id);
            } else {
                m_rows.append(e);
            }
        }
        endInsertRows();
    }
    Q_EMIT loadingChanged(false);
    if (m_firstPage) {
        m_firstPage = false;
        Q_EMIT firstPageLoaded();
    }
}

void LogTableModel::onCount(quint64 ticket, qint64 count)
{
    if (ticket != m_pendingCount)
        return;
    m_pendingCount = 0;
    m_total = count + m_recordedSinceCount;
    Q_EMIT totalCountChanged(m_total);
}

int LogTableModel::rowOf(qint64 id) const
{
    return m_rowById.value(id, -1);
}

bool LogTableModel::matches(const LogQuery &q, const HttpExchange &e)
{
    if (!q.correlationId.isEmpty() && e.correlationId != q.correlationId)
        return false;
    if (q.since.isValid() && e.startedAt.isValid() && e.startedAt < q.since)
        return false;
    if (!q.step.isEmpty() && e.step != q.step)
        return false;
    switch (q.statusClass) {
    case LogQuery::StatusClass::Any:
        break;
    case LogQuery::StatusClass::Failed:
        if (e.status != 0 && e.error.isEmpty())
            return false;
        break;
    default:
        if (e.status / 100 != int(q.statusClass))
            return false;
    }
    const QStringList words = q.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        const QString haystack = QString::fromUtf8(e.url.toEncoded()) + QLatin1Char('\n') +
                                 QString::fromUtf8(e.requestBody) + QLatin1Char('\n') +
                                 QString::fromUtf8(e.responseBody);
        for (const QString &word : words) {
            if (!haystack.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

void LogTableModel::addRecorded(const HttpExchange &redacted)
{
    if (!m_recent.contains(redacted.id)) {
        m_recent.insert(redacted.id, redacted);
        m_recentOrder.append(redacted.id);
        while (m_recentOrder.size() > RecentKept)
            m_recent.remove(m_recentOrder.takeFirst());
    }
    if (m_rowById.contains(redacted.id) || !matches(m_query, redacted))
        return;
    beginInsertRows({}, 0, 0);
    m_rows.prepend(redacted);
    m_complete.insert(redacted.id);
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
    endInsertRows();
    if (m_total >= 0) {
        ++m_total;
        Q_EMIT totalCountChanged(m_total);
    } else {
        ++m_recordedSinceCount;
    }
}

} // namespace nv
