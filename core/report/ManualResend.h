#pragma once

#include "http/HttpExchange.h"
#include "http/HttpRequest.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace nv {

class HttpClient;
class PendingExchange;
class RequestLog;

// "Edit and resend": sends a request a person has edited, asynchronously through HttpClient,
// and records it in the request log under the original exchange's run and correlation id with
// step "manual", redacted like every exchange. Sends exactly what it is given, including what
// the operator should refuse: that is the point of a test console.
class ManualResend : public QObject
{
    Q_OBJECT
public:
    static const QString Step; // "manual"

    // log: where the resend is recorded; nullptr records nothing.
    explicit ManualResend(RequestLog *log, QObject *parent = nullptr);
    ~ManualResend() override;

    void setTimeoutMs(int ms);
    bool isBusy() const { return !m_pending.isNull(); }

    // The request as it is to go out (its values, not the log's markers) and the exchange it
    // was made from. secrets: values the log must redact wherever they turn up (those revealed
    // from the original). False when a resend is already in flight.
    bool send(const HttpRequest &request, const HttpExchange &original,
              const QStringList &secrets = {});
    void cancel();

    // The request an exchange made, as it was logged (redacted, or raw from this session).
    static HttpRequest requestOf(const HttpExchange &exchange);
    // Why a request got no answer, in words a person can act on: host not found, nothing
    // listening, no answer in time, TLS. Empty when it was answered.
    static QString explainFailure(const HttpExchange &answer);

signals:
    // The answer (redacted as the log stores it), the id the log gave it (0 when not recorded),
    // and for a request without an answer the explanation.
    void finished(const nv::HttpExchange &redacted, qint64 recordedId, const QString &explanation);

private:
    RequestLog *m_log;
    HttpClient *m_http;
    QPointer<PendingExchange> m_pending;
};

} // namespace nv
