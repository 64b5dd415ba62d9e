#include "OperatorDiscovery.h"

#include "http/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nv {

namespace {
const QString StepDiscovery = QStringLiteral("discovery");
const QString StepJwks = QStringLiteral("jwks");

// What the transfer may read before it is stopped. The parser refuses anything over
// DiscoveryDocument::MaxBytes with its own words; this only keeps a hostile server from making
// the console download without end.
constexpr qint64 MaxTransferBytes = 1024 * 1024;
constexpr int MaxJwksKeys = 100;
} // namespace

OperatorDiscovery::OperatorDiscovery(QObject *parent)
    : QObject(parent)
    , m_http(new HttpClient(this))
{
    qRegisterMetaType<DiscoveryResult>();
    m_http->setTimeoutMs(10000);
    m_http->setMaxBodyBytes(MaxTransferBytes);
}

void OperatorDiscovery::setTimeoutMs(int ms)
{
    m_http->setTimeoutMs(ms);
}

void OperatorDiscovery::start(const QUrl &issuer, const ExchangeContext &context)
{
    cancel();
    m_context = context;
    m_result = {};
    m_result.issuer = issuer;
    if (const QString problem = DiscoveryDocument::checkIssuer(issuer); !problem.isEmpty()) {
        // Nothing is fetched: answer after the caller has connected, never from inside start().
        m_result.problem = problem;
        QMetaObject::invokeMethod(this, &OperatorDiscovery::done, Qt::QueuedConnection);
        return;
    }
    send(DiscoveryDocument::wellKnownUrl(issuer), StepDiscovery, &OperatorDiscovery::onDocument);
}

void OperatorDiscovery::cancel()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->cancel();
        m_pending = nullptr;
    }
}

void OperatorDiscovery::send(const QUrl &url, const QString &step,
                             void (OperatorDiscovery::*then)(const HttpExchange &))
{
    HttpRequest request;
    request.url = url;
    request.setHeader("Accept", "application/json");
    m_context.step = step;
    m_pending = m_http->send(request, m_context);
    connect(m_pending, &PendingExchange::finished, this, then);
}

QString OperatorDiscovery::fetchProblem(const HttpExchange &exchange)
{
    const QString where = exchange.url.toString(QUrl::RemoveQuery);
    if (!exchange.error.isEmpty())
        return tr("%1 could not be read: %2").arg(where, exchange.error);
    if (exchange.status != 200)
        return tr("%1 answered HTTP %2 instead of the document.").arg(where).arg(exchange.status);
    return {};
}

void OperatorDiscovery::done()
{
    emit finished(m_result);
}

void OperatorDiscovery::onDocument(const HttpExchange &exchange)
{
    m_pending = nullptr;
    emit exchangeRecorded(exchange);
    m_result.status = exchange.status;
    m_result.problem = fetchProblem(exchange);
    if (!m_result.problem.isEmpty())
        return done();
    m_result.document = DiscoveryDocument::parse(exchange.responseBody, m_result.issuer);
    if (!m_result.document.ok()) {
        m_result.problem =
            tr("The discovery document at %1 was refused: %2")
                .arg(exchange.url.toString(QUrl::RemoveQuery), m_result.document.problem);
        return done();
    }
    send(m_result.document.jwksUri, StepJwks, &OperatorDiscovery::onJwks);
}

void OperatorDiscovery::onJwks(const HttpExchange &exchange)
{
    m_pending = nullptr;
    emit exchangeRecorded(exchange);
    m_result.jwksProblem = fetchProblem(exchange);
    if (m_result.jwksProblem.isEmpty()) {
        const QJsonValue keys =
            QJsonDocument::fromJson(exchange.responseBody).object().value(QLatin1String("keys"));
        if (!keys.isArray() || keys.toArray().size() > MaxJwksKeys)
            m_result.jwksProblem =
                tr("%1 is not a JWK set {\"keys\": [...]}: id_tokens cannot be checked.")
                    .arg(exchange.url.toString(QUrl::RemoveQuery));
        else
            m_result.jwksKeys = int(keys.toArray().size());
    }
    done();
}

} // namespace nv
