#include "LogTableModel.h"

#include "UiStyle.h"
#include "log/LogReader.h"

#include <QBrush>
#include <QColor>

namespace nv {

LogTableModel::LogTableModel(LogReader *reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
{
    m_incomingTimer.setSingleShot(true);
    m_incomingTimer.setInterval(RecordedBatchMs);
    connect(&m_incomingTimer, &QTimer::timeout, this, &LogTableModel::flushRecorded);
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
                  << connect(m_reader, &LogReader::rowsCounted, this, &LogTableModel::onCount)
                  << connect(m_reader, &LogReader::readFailed, this, &LogTableModel::onReadFailed)
                  << connect(m_reader, &LogReader::opened, this,
                             [this](bool, const QString &, bool fullText) {
                                 m_fullTextIndex = fullText;
                             });
}

void LogTableModel::setReader(LogReader *reader)
{
    // Rows recorded into the log shown until now do not belong to the other file: a batch still
    // waiting for its timer would land in the wrong list.
    m_incomingTimer.stop();
    m_incoming.clear();
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
        // The status class at a glance.
        const QColor colour = UiStyle::statusColour(e.status, !e.error.isEmpty(), m_dark);
        return colour.isValid() ? QVariant(QBrush(colour)) : QVariant();
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
    // The rows shown so far are freed last, after the new page has been asked for: thousands
    // of them take a few milliseconds to free, which the reader's thread spends on the query.
    QList<HttpExchange> shownBefore;
    beginResetModel();
    m_query = query;
    shownBefore.swap(m_rows);
    m_rowById.clear();
    m_rowIndexStale = false;
    m_complete.clear();
    m_atEnd = false;
    m_firstPage = true;
    m_total = -1;
    m_recordedSinceCount = 0;
    m_pendingPage = 0;
    endResetModel();
    showRecentMatching();
    if (m_reader) {
        requestPage();
        LogQuery all = query;
        all.afterId = 0;
        m_pendingCount = m_reader->countRows(all);
    }
    Q_EMIT totalCountChanged(m_total);
}

void LogTableModel::appendPage(const QList<HttpExchange> &rows)
{
    QList<HttpExchange> fresh;
    fresh.reserve(rows.size());
    for (const HttpExchange &e : rows) {
        if (!m_rowById.contains(e.id))
            fresh.append(e);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const HttpExchange &e : std::as_const(fresh)) {
        m_rowById.insert(e.id, int(m_rows.size()));
        const auto recent = recentApplies() ? m_recent.constFind(e.id) : m_recent.cend();
        if (recent != m_recent.cend()) {
            m_rows.append(*recent);
            m_complete.insert(e.id);
        } else {
            m_rows.append(e);
        }
    }
    endInsertRows();
}

void LogTableModel::onPage(quint64 ticket, const QList<HttpExchange> &rows)
{
    if (ticket != m_pendingPage)
        return; // an answer to a filter that has been replaced meanwhile
    m_pendingPage = 0;
    m_atEnd = rows.size() < PageSize;
    appendPage(rows);
    if (m_total >= 0 && keepTotalAtLeastShown())
        Q_EMIT totalCountChanged(m_total);
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
    keepTotalAtLeastShown();
    Q_EMIT totalCountChanged(m_total);
}

bool LogTableModel::keepTotalAtLeastShown()
{
    // A row still being written when the count was read is shown but not counted (see
    // showRecentMatching); once every matching row is listed the list itself is the count.
    if (!m_atEnd || m_total >= m_rows.size())
        return false;
    m_total = m_rows.size();
    return true;
}

void LogTableModel::onReadFailed(quint64 ticket, const QString &message)
{
    // Only for what this model asked; the page's own answer follows and ends the loading.
    if (ticket == m_pendingPage || ticket == m_pendingCount)
        Q_EMIT readFailed(message);
}

int LogTableModel::rowOf(qint64 id) const
{
    if (m_rowIndexStale) {
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowById.insert(m_rows.at(row).id, row);
        m_rowIndexStale = false;
    }
    return m_rowById.value(id, -1);
}

void LogTableModel::rememberRecent(const HttpExchange &redacted)
{
    if (m_recentReader != m_reader) {
        forgetRecent();
        m_recentReader = m_reader;
    }
    if (m_recent.contains(redacted.id))
        return;
    m_recent.insert(redacted.id, redacted);
    m_recentOrder.append(redacted.id);
    while (m_recentOrder.size() > RecentKept)
        m_recent.remove(m_recentOrder.takeFirst());
}

void LogTableModel::forgetRecent()
{
    m_recent.clear();
    m_recentOrder.clear();
}

void LogTableModel::addRecorded(const HttpExchange &redacted)
{
    rememberRecent(redacted);
    m_incoming.append(redacted);
    // Not restarted by later rows: the first one shows within RecordedBatchMs.
    if (!m_incomingTimer.isActive())
        m_incomingTimer.start();
}

QList<HttpExchange> LogTableModel::matchingNotShown(const QList<HttpExchange> &newestLast)
{
    QList<HttpExchange> top;
    // Matched now, against the filter shown now (it may have changed since they arrived).
    for (auto it = newestLast.crbegin(); it != newestLast.crend(); ++it) {
        if (!m_rowById.contains(it->id) && m_query.matches(*it, m_fullTextIndex)) {
            top.append(*it);
            m_rowById.insert(it->id, -1); // placeholder: the key counts, rowOf rebuilds
        }
    }
    return top;
}

void LogTableModel::putOnTop(const QList<HttpExchange> &newestFirst)
{
    beginInsertRows({}, 0, int(newestFirst.size()) - 1);
    m_rows = newestFirst + m_rows;
    for (const HttpExchange &e : newestFirst)
        m_complete.insert(e.id);
    m_rowIndexStale = true;
    endInsertRows();
}

void LogTableModel::flushRecorded()
{
    m_incomingTimer.stop();
    const QList<HttpExchange> top = matchingNotShown(m_incoming);
    m_incoming.clear();
    if (top.isEmpty())
        return;
    putOnTop(top);
    if (m_total >= 0) {
        m_total += top.size();
        Q_EMIT totalCountChanged(m_total);
    } else {
        m_recordedSinceCount += top.size();
    }
}

void LogTableModel::showRecentMatching()
{
    // recorded() comes before the row is written, so rows of a run that has just ended may not
    // be on disk yet when a new filter's first page is read: that page cannot bring them, and
    // recorded() will not come again. The recent ones are offered to the new filter here; the
    // page skips those already shown. Not counted: the count asked from the file counts those
    // already written, and a row still being written is shown before it is counted.
    if (!recentApplies())
        return;
    QList<HttpExchange> recent;
    recent.reserve(m_recentOrder.size());
    for (qint64 id : std::as_const(m_recentOrder))
        recent.append(m_recent.value(id));
    const QList<HttpExchange> top = matchingNotShown(recent);
    if (!top.isEmpty())
        putOnTop(top);
}

void LogTableModel::setDarkPalette(bool dark)
{
    // Also when dark stays: presentation mode changes the shades of both.
    m_dark = dark;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Status), index(int(m_rows.size()) - 1, Status),
                           {Qt::ForegroundRole});
}

} // namespace nv
