#pragma once

#include "CorrelatorEcho.h"
#include "FlowOutcome.h"
#include "PhoneList.h"
#include "http/HttpExchange.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>
#include <optional>

namespace nv {

class HttpClient;

// What every call of a batch shares.
struct BatchVerifySettings
{
    QUrl verifyUrl;
    QString accessToken;
    QString correlationHeader;
    // Empty: a fresh UUID v4 per call. Otherwise call n (1-based, in the list's order) sends
    // "<correlationId>-<n>", so every call has an id of its own and all of them share a prefix.
    QString correlationId;
    QString profileName;
    bool hashed = false;
    int timeoutMs = 30000;
    int concurrency = 1; // calls in flight at once, 1 to MaxConcurrency
    static constexpr int MaxConcurrency = 16;
};

// One answer of a batch, in the order the answers arrived.
struct BatchVerifyResult
{
    int index = 0; // 0-based position in the list
    int line = 0;  // of the input
    QString number;
    QString correlationId;
    // Verified, NotVerified, ApiError (an error answer, or one that does not follow the API) or
    // NetworkFailure (no answer: network, TLS, timeout).
    FlowOutcome::Kind kind = FlowOutcome::Kind::NetworkFailure;
    int httpStatus = 0;
    std::optional<QDateTime> assessedAt;
    QString code;    // CAMARA error code, when there is one
    QString message; // the operator's or the transport's words
    qint64 ms = 0;   // request sent to answer read
    CorrelatorEcho correlatorEcho;
};

// Verifies a list of numbers with one access token, over one HttpClient: one
// QNetworkAccessManager, so the calls reuse its keep-alive connections (one connection at
// concurrency 1; over HTTP/1.1 Qt opens at most six per host and queues the rest). Calls go
// out in the list's order, at most `concurrency` at once; answers are reported as they arrive.
// Every exchange is handed out raw through exchangeRecorded() for the request log, which
// redacts it with secrets().
//
// An answer 401 (the token is refused) stops the batch: the calls in flight finish, the
// numbers not sent yet are not sent (the same token would be refused for each of them).
class BatchVerify : public QObject
{
    Q_OBJECT
public:
    BatchVerify(const BatchVerifySettings &settings, const QList<PhoneListEntry> &numbers,
                QObject *parent = nullptr);
    ~BatchVerify() override;

    void start();
    // The batch's run id: every exchange of this batch carries it, so the log can show them
    // together.
    QString runId() const { return m_runId; }
    QStringList secrets() const { return {m_settings.accessToken}; }
    int total() const { return int(m_numbers.size()); }
    int answeredCount() const { return m_answered; }
    // Numbers never sent because the batch stopped (see stopReason()).
    int notSent() const { return total() - m_sent; }
    QString stopReason() const { return m_stopReason; }
    bool isFinished() const { return m_finished; }

signals:
    void exchangeRecorded(const nv::HttpExchange &raw);
    void answered(const nv::BatchVerifyResult &result);
    void finished();

private:
    void sendNext();
    void onAnswer(int index, const HttpExchange &exchange);
    BatchVerifyResult resultOf(int index, const HttpExchange &exchange,
                               const CorrelatorEcho &echo) const;
    QString correlationIdFor(int index) const;
    void finishIfDone();

    BatchVerifySettings m_settings;
    QList<PhoneListEntry> m_numbers;
    HttpClient *m_http;
    QString m_runId;
    int m_sent = 0;
    int m_inFlight = 0;
    int m_answered = 0;
    bool m_started = false;
    bool m_finished = false;
    QString m_stopReason;
};

} // namespace nv

#include <QMetaType>
Q_DECLARE_METATYPE(nv::BatchVerifyResult)
