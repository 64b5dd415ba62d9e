#include "ManualResend.h"

#include "http/HttpClient.h"
#include "http/PendingExchange.h"
#include "log/Redactor.h"
#include "log/RequestLog.h"

namespace nv {

const QString ManualResend::Step = QStringLiteral("manual");

ManualResend::ManualResend(RequestLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_http(new HttpClient(this))
{}

ManualResend::~ManualResend()
{
    if (m_pending)
        m_pending->disconnect(this);
}

void ManualResend::setTimeoutMs(int ms)
{
    m_http->setTimeoutMs(ms);
}

HttpRequest ManualResend::requestOf(const HttpExchange &exchange)
{
    HttpRequest request;
    request.method = exchange.method.isEmpty() ? QByteArrayLiteral("GET") : exchange.method;
    request.url = exchange.url;
    request.body = exchange.requestBody;
    for (const auto &header : exchange.requestHeaders) {
        // The client sets these itself for what is really sent.
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) != 0 &&
            header.first.compare("Host", Qt::CaseInsensitive) != 0)
            request.headers.append(header);
    }
    return request;
}

bool ManualResend::send(const HttpRequest &request, const HttpExchange &original,
                        const QStringList &secrets)
{
    if (isBusy())
        return false;
    const ExchangeContext context{original.runId, original.correlationId, Step,
                                  original.profileName};
    m_pending = m_http->send(request, context);
    connect(m_pending, &PendingExchange::finished, this, [this, secrets](const HttpExchange &raw) {
        m_pending.clear();
        HttpExchange answer = raw;
        answer.note = QStringLiteral("edited and resent by hand");
        qint64 id = 0;
        if (m_log)
            id = m_log->record(answer, secrets);
        HttpExchange shown = Redactor::redacted(answer, secrets);
        shown.id = id;
        emit finished(shown, id, explainFailure(answer));
    });
    return true;
}

void ManualResend::cancel()
{
    if (m_pending)
        m_pending->cancel();
}

QString ManualResend::explainFailure(const HttpExchange &answer)
{
    if (answer.error.isEmpty())
        return {};
    const QString where =
        answer.url.host() +
        (answer.url.port() > 0 ? QStringLiteral(":%1").arg(answer.url.port()) : QString());
    const QString error = answer.error.toLower();
    QString meaning;
    if (error.contains(QLatin1String("not found")))
        meaning = QStringLiteral("The name %1 could not be resolved: check the host in the URL, "
                                 "or the DNS and proxy settings of this computer.")
                      .arg(answer.url.host());
    else if (error.contains(QLatin1String("refused")))
        meaning = QStringLiteral("Nothing accepts connections at %1: check the host and port. "
                                 "The built-in sandbox listens on a new port at every start, so "
                                 "a URL from an earlier session points nowhere.")
                      .arg(where);
    else if (error.contains(QLatin1String("no answer within")) ||
             error.contains(QLatin1String("timed out")))
        meaning = QStringLiteral("%1 did not answer in time: the host may be unreachable from "
                                 "this network (a firewall, a proxy, a VPN) or overloaded.")
                      .arg(where);
    else if (error.contains(QLatin1String("tls")) || error.contains(QLatin1String("ssl")))
        meaning = QStringLiteral("The TLS connection to %1 was refused by the console: the "
                                 "certificate is not trusted here, or does not name the host.")
                      .arg(where);
    else if (error.contains(QLatin1String("closed")))
        meaning = QStringLiteral("%1 closed the connection without an answer.").arg(where);
    else
        meaning = QStringLiteral("The request to %1 got no HTTP answer.").arg(where);
    return meaning + QStringLiteral(" (%1)").arg(answer.error);
}

} // namespace nv
