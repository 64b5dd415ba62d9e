#include "RelayPickup.h"

#include "RedirectResult.h"
#include "http/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace nv {

namespace {
// A pickup answer is a small JSON object; the transport bound (HttpClient) is the hard limit,
// this one is what a well-formed answer can be.
constexpr qsizetype MaxAnswerBytes = 16 * 1024;
constexpr qsizetype MaxValueChars = 4096;
constexpr int MaxFailuresInRow = 5;
constexpr int MaxRetryDelayMs = 15 * 1000;

QString randomKey()
{
    // 256 bits from the system's CSPRNG; base64url so it fits a Bearer header as is.
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

RelayPickup::RelayPickup(QObject *parent)
    : QObject(parent)
    , m_http(new HttpClient(this))
{
    m_http->setMaxBodyBytes(1024 * 1024);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finishWith(tr("No answer came back from the phone within %1 s. Start the sign-in again; "
                      "check that the phone opened the QR code's address and finished on mobile "
                      "data.")
                       .arg(m_timeoutMs / 1000));
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Opening)
            send(QByteArrayLiteral("POST"), endpoint(QStringLiteral("/v1/expect")),
                 "state=" + QUrl::toPercentEncoding(m_state));
        else
            poll();
    });
}

RelayPickup::~RelayPickup()
{
    cancel();
}

QString RelayPickup::checkRelayUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("The relay URL must be an absolute http or https URL, e.g. "
                  "https://relay.example.com.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("The relay URL must use https (or http on a test network), not %1.")
            .arg(scheme.left(20));
    if (!url.userInfo().isEmpty())
        return tr("The relay URL must not carry a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return tr("The relay URL must not have a query or a fragment.");
    return QString();
}

QUrl RelayPickup::callbackUrl(const QUrl &relayBaseUrl)
{
    QUrl url = relayBaseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/callback"));
    return url;
}

QUrl RelayPickup::endpoint(const QString &path) const
{
    QUrl url = m_base;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

void RelayPickup::start(const QUrl &relayBaseUrl, const QString &state, const QUrl &redirectUri,
                        const ExchangeContext &context)
{
    cancel();
    m_active = true;
    m_base = relayBaseUrl;
    m_state = state;
    m_redirectUri = redirectUri;
    m_context = context;
    if (m_context.step.isEmpty())
        m_context.step = Step::Authorize;
    m_key = randomKey();
    m_failuresInRow = 0;
    m_polls = 0;
    QString problem = checkRelayUrl(relayBaseUrl);
    if (problem.isEmpty() && state.isEmpty())
        problem = tr("The run has no state to pick up.");
    if (problem.isEmpty() && !redirectUri.isValid())
        problem = tr("The run has no valid redirect URI.");
    if (!problem.isEmpty()) {
        // Asynchronous like every other outcome, so a caller may connect after start().
        QMetaObject::invokeMethod(
            this, [this, problem] { finishWith(problem); }, Qt::QueuedConnection);
        return;
    }
    m_phase = Phase::Opening;
    m_deadline.start(m_timeoutMs);
    send(QByteArrayLiteral("POST"), endpoint(QStringLiteral("/v1/expect")),
         "state=" + QUrl::toPercentEncoding(state));
}

void RelayPickup::cancel()
{
    m_deadline.stop();
    m_retry.stop();
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->cancel();
    }
    m_pending = nullptr;
    m_phase = Phase::Idle;
    m_active = false;
}

void RelayPickup::send(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.setHeader("Accept", "application/json");
    request.setHeader("Authorization", "Bearer " + m_key.toLatin1());
    if (!body.isEmpty())
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
    // The relay answers a pickup within the wait it was asked for; the rest is the network.
    m_http->setTimeoutMs((m_pollWaitSeconds + 20) * 1000);
    m_pending = m_http->send(request, m_context);
    connect(m_pending, &PendingExchange::finished, this, &RelayPickup::onExchange);
}

void RelayPickup::poll()
{
    ++m_polls;
    QUrl url = endpoint(QStringLiteral("/v1/pickup"));
    url.setQuery(QStringLiteral("state=%1&wait=%2")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_state)))
                     .arg(m_pollWaitSeconds),
                 QUrl::StrictMode);
    send(QByteArrayLiteral("GET"), url, QByteArray());
}

void RelayPickup::onExchange(const HttpExchange &finished)
{
    m_pending = nullptr;
    HttpExchange exchange = finished;
    exchange.note = m_phase == Phase::Opening ? tr("relay: open the sign-in (cross-device)")
                                              : tr("relay: pickup (cross-device)");
    emit exchangeRecorded(exchange);
    if (!m_active)
        return;
    if (m_phase == Phase::Opening)
        onOpenAnswer(exchange);
    else
        onPollAnswer(exchange);
}

bool RelayPickup::retryLater(const HttpExchange &exchange)
{
    const bool transient = (exchange.status == 0 && !exchange.error.isEmpty()) ||
                           exchange.status == 429 || exchange.status == 502 ||
                           exchange.status == 503 || exchange.status == 504;
    if (!transient || ++m_failuresInRow > MaxFailuresInRow)
        return false;
    int delayMs = qMin(MaxRetryDelayMs, m_retryDelayMs << qMin(m_failuresInRow - 1, 8));
    bool ok = false;
    const int retryAfter = exchange.responseHeader("Retry-After").trimmed().toInt(&ok);
    if (ok)
        delayMs = qBound(1, retryAfter, 30) * 1000;
    m_retry.start(delayMs);
    return true;
}

QString RelayPickup::relayMessage(const HttpExchange &exchange)
{
    if (!exchange.error.isEmpty())
        return exchange.error;
    const QJsonObject body =
        QJsonDocument::fromJson(exchange.responseBody.left(MaxAnswerBytes)).object();
    const QString description =
        body.value(QStringLiteral("error_description")).toString().left(300);
    return description.isEmpty() ? tr("HTTP %1").arg(exchange.status)
                                 : tr("HTTP %1: %2").arg(exchange.status).arg(description);
}

void RelayPickup::onOpenAnswer(const HttpExchange &exchange)
{
    if (exchange.status == 200 || exchange.status == 201) {
        m_failuresInRow = 0;
        m_phase = Phase::Polling;
        emit opened();
        if (m_active)
            poll();
        return;
    }
    if (retryLater(exchange))
        return;
    if (exchange.status == 409) {
        finishWith(tr("The relay already holds this sign-in's state for another console. Start "
                      "the sign-in again to draw a new state."));
        return;
    }
    finishWith(tr("The relay at %1 did not accept the sign-in: %2")
                   .arg(m_base.toString(QUrl::RemovePath), relayMessage(exchange)));
}

void RelayPickup::onPollAnswer(const HttpExchange &exchange)
{
    if (exchange.status == 200 && exchange.error.isEmpty()) {
        deliver(exchange);
        return;
    }
    if (exchange.status == 204 && exchange.error.isEmpty()) {
        m_failuresInRow = 0;
        poll(); // nothing yet: ask again at once, the relay does the waiting
        return;
    }
    if (retryLater(exchange))
        return;
    if (exchange.status == 404) {
        finishWith(tr("The relay no longer holds this sign-in: it expired, was collected already, "
                      "or the relay restarted. Start the sign-in again."));
        return;
    }
    if (exchange.status == 409) {
        finishWith(tr("Another pickup for this sign-in took over (is a second console running "
                      "it?)."));
        return;
    }
    finishWith(tr("The relay's pickup failed: %1").arg(relayMessage(exchange)));
}

void RelayPickup::deliver(const HttpExchange &exchange)
{
    QJsonParseError parseError;
    const QJsonDocument document = exchange.responseBody.size() <= MaxAnswerBytes
                                       ? QJsonDocument::fromJson(exchange.responseBody, &parseError)
                                       : QJsonDocument();
    const QJsonObject body = document.object();
    const auto text = [&body](const char *name) {
        const QJsonValue value = body.value(QLatin1String(name));
        return value.isString() ? value.toString() : QString();
    };
    RedirectResult result{text("code"), text("state"), text("error"), text("error_description"),
                          text("iss")};
    const bool tooLong =
        result.code.size() > MaxValueChars || result.error.size() > MaxValueChars ||
        result.errorDescription.size() > MaxValueChars || result.issuer.size() > MaxValueChars;
    if (!document.isObject() || tooLong || result.code.isEmpty() == result.error.isEmpty()) {
        finishWith(tr("The relay's answer is not a pickup result (a JSON object with a code or an "
                      "error)."));
        return;
    }
    if (result.state != m_state) {
        finishWith(tr("The relay answered for another sign-in's state; the answer was refused."));
        return;
    }
    const QUrl redirect = result.toRedirectUrl(m_redirectUri);
    cancel();
    emit redirectReceived(redirect);
}

void RelayPickup::finishWith(const QString &reason)
{
    if (!m_active)
        return;
    cancel();
    emit failed(reason);
}

} // namespace nv
