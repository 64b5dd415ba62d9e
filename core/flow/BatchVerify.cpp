#include "BatchVerify.h"

#include "VerifyExchange.h"
#include "http/HttpClient.h"

#include <QUuid>
#include <algorithm>

namespace nv {

BatchVerify::BatchVerify(const BatchVerifySettings &settings, const QList<PhoneListEntry> &numbers,
                         QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_numbers(numbers)
    , m_http(new HttpClient(this))
    , m_runId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<BatchVerifyResult>();
    m_settings.concurrency =
        std::clamp(m_settings.concurrency, 1, BatchVerifySettings::MaxConcurrency);
    m_http->setTimeoutMs(m_settings.timeoutMs);
}

BatchVerify::~BatchVerify()
{
    m_settings.accessToken.fill(QLatin1Char('\0'));
}

void BatchVerify::start()
{
    if (m_started)
        return;
    m_started = true;
    for (int i = 0; i < m_settings.concurrency; ++i)
        sendNext();
    finishIfDone(); // an empty list
}

QString BatchVerify::correlationIdFor(int index) const
{
    if (m_settings.correlationId.isEmpty())
        return QUuid::createUuid().toString(QUuid::WithoutBraces); // v4 (random)
    return QStringLiteral("%1-%2").arg(m_settings.correlationId).arg(index + 1);
}

void BatchVerify::sendNext()
{
    if (!m_stopReason.isEmpty() || m_sent >= m_numbers.size())
        return;
    const int index = m_sent++;
    ++m_inFlight;
    VerifyRequestInput input;
    input.verifyUrl = m_settings.verifyUrl;
    input.accessToken = m_settings.accessToken;
    input.phoneNumber = m_numbers.at(index).number;
    input.hashed = m_settings.hashed;
    input.correlationHeader = m_settings.correlationHeader;
    input.correlationId = correlationIdFor(index);
    PendingExchange *pending = m_http->send(
        buildVerifyRequest(input),
        ExchangeContext{m_runId, input.correlationId, Step::Verify, m_settings.profileName});
    connect(pending, &PendingExchange::finished, this,
            [this, index](const HttpExchange &exchange) { onAnswer(index, exchange); });
}

void BatchVerify::onAnswer(int index, const HttpExchange &answer)
{
    --m_inFlight;
    ++m_answered;
    HttpExchange exchange = answer;
    const CorrelatorEcho echo = CorrelatorEcho::compare(exchange, m_settings.correlationHeader);
    if (echo.isProblem())
        exchange.note = exchange.note.isEmpty()
                            ? echo.describe()
                            : exchange.note + QStringLiteral("; ") + echo.describe();
    emit exchangeRecorded(exchange);
    const BatchVerifyResult result = resultOf(index, exchange, echo);
    if (result.httpStatus == 401 && m_stopReason.isEmpty() && m_sent < m_numbers.size())
        m_stopReason =
            QStringLiteral("the operator refused the token (HTTP 401%1)")
                .arg(result.code.isEmpty() ? QString() : QStringLiteral(" ") + result.code);
    emit answered(result);
    sendNext();
    finishIfDone();
}

BatchVerifyResult BatchVerify::resultOf(int index, const HttpExchange &exchange,
                                        const CorrelatorEcho &echo) const
{
    BatchVerifyResult result;
    result.index = index;
    result.line = m_numbers.at(index).line;
    result.number = m_numbers.at(index).number;
    result.correlationId = exchange.correlationId;
    result.httpStatus = exchange.status;
    result.ms = exchange.durationMs();
    result.correlatorEcho = echo;
    if (!exchange.error.isEmpty()) {
        result.kind = FlowOutcome::Kind::NetworkFailure;
        result.message = exchange.error;
        return result;
    }
    const VerifyResponse response = VerifyResponse::parse(exchange.status, exchange.responseBody);
    switch (response.kind) {
    case VerifyResponse::Kind::Verified:
    case VerifyResponse::Kind::NotVerified:
        result.kind = response.kind == VerifyResponse::Kind::Verified
                          ? FlowOutcome::Kind::Verified
                          : FlowOutcome::Kind::NotVerified;
        result.assessedAt = response.assessedAt;
        result.message = response.describe();
        break;
    case VerifyResponse::Kind::ApiError:
        result.kind = FlowOutcome::Kind::ApiError;
        result.code = response.error->code;
        result.message = response.error->message;
        break;
    case VerifyResponse::Kind::Unreadable:
        result.kind = FlowOutcome::Kind::ApiError;
        result.message = response.problem;
        break;
    }
    return result;
}

void BatchVerify::finishIfDone()
{
    if (m_finished || m_inFlight > 0)
        return;
    if (m_sent < m_numbers.size() && m_stopReason.isEmpty())
        return;
    m_finished = true;
    emit finished();
}

} // namespace nv
