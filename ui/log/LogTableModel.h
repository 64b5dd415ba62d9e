#pragma once

#include "http/HttpExchange.h"
#include "log/LogQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

namespace nv {

class LogReader;

// The request log as a lazily loaded table, newest first.
//
// It never holds the whole log: rows arrive in pages of PageSize from LogReader (on its own
// thread) when the view scrolls near the end (canFetchMore/fetchMore), each page continuing
// after the id of the last row shown (keyset pagination: the same cost on page 1 and page
// 5,000). Paged rows are summaries without headers or bodies; the detail view fetches the
// full exchange on selection. Exchanges recorded while the view is open are put on top when
// they match the filter (LogQuery::matches, the same rule the store applies), gathered for a
// moment and inserted together: a thousand results streaming in make a handful of inserts, not
// a thousand. Everything it holds is redacted.
class LogTableModel : public QAbstractTableModel
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
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int CorrelationRole = Qt::UserRole + 2;
    static constexpr int PageSize = 200;
    // How long recorded rows are gathered before they are inserted in one go.
    static constexpr int RecordedBatchMs = 50;

    explicit LogTableModel(LogReader *reader, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Replaces the filter and starts over from the newest matching row.
    void setQuery(const LogQuery &query);
    LogQuery query() const { return m_query; }
    void reload() { setQuery(m_query); }
    // Switches to another file (an imported log); the filter stays.
    void setReader(LogReader *reader);
    LogReader *reader() const { return m_reader; }

    // A freshly recorded (redacted) exchange; shown on top if it matches the filter, with the
    // others recorded in the same moment (flushRecorded() inserts them at once).
    void addRecorded(const nv::HttpExchange &redacted);
    void flushRecorded();
    // The log was cleared: the exchanges recorded before are gone from the file too.
    void forgetRecent();
    // Status colours for a dark background (the view follows its palette).
    void setDarkPalette(bool dark);

    const HttpExchange &at(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;
    // True when the row holds headers and bodies (recorded in this session), not a summary.
    bool isComplete(int row) const { return m_complete.contains(m_rows.at(row).id); }
    // Matching rows in the file, -1 until counted.
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_pendingPage != 0; }
    bool atEnd() const { return m_atEnd; }

    static QString hostAndPath(const QUrl &url);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalCountChanged(qint64 total);
    // The first page after setQuery has arrived (possibly empty).
    void firstPageLoaded();
    // A page or the count could not be read: the list may be incomplete.
    void readFailed(const QString &message);

private:
    void onPage(quint64 ticket, const QList<nv::HttpExchange> &rows);
    void onCount(quint64 ticket, qint64 count);
    void onReadFailed(quint64 ticket, const QString &message);
    void appendPage(const QList<nv::HttpExchange> &rows);
    void rememberRecent(const HttpExchange &redacted);
    bool recentApplies() const { return !m_recent.isEmpty() && m_recentReader == m_reader; }
    QList<HttpExchange> matchingNotShown(const QList<HttpExchange> &newestLast);
    void putOnTop(const QList<HttpExchange> &newestFirst);
    void showRecentMatching();
    bool keepTotalAtLeastShown();
    void requestPage();
    void connectReader();

    LogReader *m_reader;
    QList<QMetaObject::Connection> m_connections;
    LogQuery m_query;
    QList<HttpExchange> m_rows;
    // id -> row; after rows are put on top the keys stay right and the rows are rebuilt
    // lazily (rowOf), so a batch costs one pass, not one per row.
    mutable QHash<qint64, int> m_rowById;
    mutable bool m_rowIndexStale = false;
    QList<HttpExchange> m_incoming; // recorded, not inserted yet
    QTimer m_incomingTimer;
    bool m_fullTextIndex = true; // how the reader's file searches text
    bool m_dark = false;
    QSet<qint64> m_complete;
    // Complete copies of the exchanges recorded in this session (bounded): a page that brings
    // one of them back as a summary gets the complete copy, so its detail shows at once.
    QHash<qint64, HttpExchange> m_recent;
    QList<qint64> m_recentOrder;
    // The file they were recorded into: an imported log numbers its rows on its own.
    const LogReader *m_recentReader = nullptr; // compared, never used
    static constexpr int RecentKept = 500;
    quint64 m_pendingPage = 0;
    quint64 m_pendingCount = 0;
    bool m_firstPage = true;
    bool m_atEnd = false;
    qint64 m_total = -1;
    qint64 m_recordedSinceCount = 0;
};

} // namespace nv
