#pragma once

#include "StoreThread.h"
#include "http/HttpExchange.h"
#include "log/LogRetention.h"
#include "log/RequestLogStore.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace nv {

// The request log as the window and the CLI see it.
//
// Everything that touches the disk runs on a private worker thread, so recording from the UI
// thread never waits for SQLite. Exchanges are redacted on the caller's thread before they are
// queued: the worker, the file and every signal only ever see redacted copies. The raw copy of
// this session's exchanges stays in memory (bounded) so a user can reveal a value on purpose.
//
// Writes are batched: an exchange waits up to FlushDelayMs (or until FlushAtCount are waiting)
// for the ones recorded after it, and all of them go to disk in one transaction (a committed
// batch survives a kill of the process). One transaction per exchange cost more than the
// exchange itself in a batch of verifies (the full-text index is flushed at every commit);
// the price is that a kill -9 loses what was recorded in the last FlushDelayMs. Every other
// use of the file (waitForIdle, loadRecent, clear, retention, the size limit, the end of the
// log) writes what is waiting first, so the order of records and those uses is kept. A write that
// fails is never silent: writeFailed() says what happened and what to do, writeProblem() keeps
// saying it for the rest of the session. A damaged file is moved aside at open (or when a write
// finds the damage), a fresh one is started, and movedAside() says where the old one went and how
// to recover it.
//
// Ids are handed out here, before the row is written, so recorded() can carry one at once.
// They grow with time (milliseconds since the epoch x 1000 plus a small random part), which
// keeps them unique across sessions and processes sharing the file.
class RequestLog : public QObject
{
    Q_OBJECT
public:
    static constexpr int RawCopiesKept = 500;
    static constexpr int FlushDelayMs = 50; // the default; see setFlushDelayMs()
    static constexpr int FlushAtCount = 32;

    // An empty path means the default: <AppDataLocation>/request-log.sqlite.
    //
    // checkAtOpen: PRAGMA quick_check reads the whole file, so its cost grows with the log
    // (0.1 s at 100,000 exchanges, 2 s at a million). The window pays it once, on this log's
    // thread while records wait in memory, and tells at start when the file was damaged. A
    // one-call nv-cli would pay it in every call, so nv-cli opens with Check::None: a write
    // that meets damage still moves the file aside, and every `nv-cli log` command checks
    // the file before it reads.
    explicit RequestLog(const QString &databasePath, QObject *parent = nullptr,
                        RequestLogStore::Check checkAtOpen = RequestLogStore::Check::Quick);
    ~RequestLog() override;

    static QString defaultDatabasePath();
    QString databasePath() const { return m_path; }

    // Redacts, keeps the raw copy for this session, queues the write and emits recorded().
    // Returns the id given to the exchange.
    qint64 record(const HttpExchange &raw, const QStringList &extraSecrets = {});
    // Answers with loaded(), newest first (readFailed() first when the read failed).
    void loadRecent(int limit = 500);
    // The unredacted exchange, if it was recorded in this session and is still in memory.
    std::optional<HttpExchange> revealed(qint64 id) const;
    // Empties the file and forgets the raw copies.
    void clear();
    // Applies the policy now on the worker and again every RetentionInterval records.
    void setRetention(const LogRetention &policy);
    LogRetention retention() const;
    // The policy saved in the settings (log/maxAgeDays, log/maxCount), and saving one.
    static LogRetention savedRetention();
    static void saveRetention(const LogRetention &policy);
    static constexpr int RetentionInterval = 1000;
    // The file may not grow beyond this many bytes; beyond it writes fail as on a full disk
    // (and say so). 0: no limit.
    void setSizeLimit(qint64 bytes);
    // Waits until everything queued so far has been written (or has failed). For tests,
    // scripts and shutdown only. A log locked by another program makes a write wait up to
    // five seconds before it fails.
    bool waitForIdle(int ms);
    // Writes what is waiting, then calls `then` on this object's thread; nobody waits. For
    // readers of the file on their own connection (a report), which must find every exchange
    // recorded so far. `then` guards its own captures: it runs even if they are gone.
    void whenWritten(std::function<void()> then);
    // How long a recorded exchange may wait for others to share its transaction (tests make
    // it long, so that only waitForIdle() and the other uses of the file write).
    void setFlushDelayMs(int ms);
    // Write transactions committed so far (each holds one or more exchanges). Any thread.
    qint64 writeTransactions() const;

    // Empty while every exchange recorded so far has been written or is still on its way;
    // otherwise what went wrong, how many exchanges are missing from the file, and what to do.
    // It stays set for the session, since those exchanges stay missing. Any thread.
    QString writeProblem() const;
    qint64 lostWrites() const;
    // Set when a damaged file was moved aside in this session: where it went, how to recover.
    QString movedAsideNotice() const;

Q_SIGNALS:
    void recorded(const nv::HttpExchange &redacted);
    void loaded(const QList<nv::HttpExchange> &redacted);
    void cleared();
    // Rows removed by the retention policy; views reload when it is not zero.
    void retentionApplied(qint64 removed);
    // Exchanges could not be written (or the file cannot be opened for writing): whatToDo is
    // a sentence for the person, the same text writeProblem() returns from now on.
    void writeFailed(const QString &whatToDo);
    // The file was damaged: it was moved aside and an empty log started in its place. Views
    // of the file read it again.
    void movedAside(const QString &whatHappened);
    void readFailed(const QString &message);

private:
    qint64 nextId();
    // On the worker thread:
    void armFlush();
    void flushPending();
    // pending: exchanges that are lost if the file cannot be opened.
    bool openStore(qint64 pending);
    bool replaceDamagedFile(qint64 pending);
    void reportLost(qint64 count, RequestLogStore::Problem problem, const QString &detail);

    QString m_path;
    RequestLogStore::Check m_checkAtOpen;
    StoreThread m_storeThread; // the store and every use of it live on its thread

    mutable QMutex m_mutex; // guards the members below; record() may come from any thread
    qint64 m_lastId = 0;
    QHash<qint64, HttpExchange> m_raw;
    QList<qint64> m_rawOrder;
    LogRetention m_retention;
    int m_recordsSinceRetention = 0;
    QList<HttpExchange> m_pending;  // redacted, waiting for the worker
    bool m_flushPosted = false;     // a flush is armed (or on its way) for m_pending
    QTimer *m_flushTimer = nullptr; // lives on the worker; only the worker touches it
    qint64 m_sizeLimit = 0;
    QString m_writeProblem;
    qint64 m_lost = 0;
    qint64 m_transactions = 0;
    QString m_movedAside;
};

} // namespace nv
