#include "PendingExchange.h"

#include "NetworkEnvironment.h"
#include "ProxyRefusal.h"
#include "TransportFailure.h"

#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>

namespace nv {

PendingExchange::PendingExchange(QNetworkReply *reply, HttpExchange started, int timeoutMs,
                                 qint64 maxBodyBytes, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_exchange(std::move(started))
    , m_maxBodyBytes(maxBodyBytes)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this, timeoutMs] {
        failWith(tr("No answer within %1 s.").arg(timeoutMs / 1000.0, 0, 'f', 1));
    });
    m_timeout.start(timeoutMs);

    // TLS problems are reported, never ignored: we never call ignoreSslErrors().
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_tlsErrors << errors;
        // The chain the server offered, kept for the log although the handshake fails.
        if (m_reply)
            m_exchange.tls = TlsDetails::from(m_reply->sslConfiguration());
        if (m_exchange.tls.peerChain.isEmpty() && !errors.isEmpty())
            m_exchange.tls.peerChain << PeerCertificate::from(errors.first().certificate());
    });
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        if (m_reply)
            m_exchange.tls = TlsDetails::from(m_reply->sslConfiguration());
    });
    // A hostile or broken server must not make the console buffer without limit. The check
    // below runs on this thread, after Qt's HTTP thread has read the bytes; without a read
    // buffer limit that thread reads on unchecked while this one is busy (a whole 1 GiB
    // stream under the sanitizers), so Qt holds at most twice the cap unread. (A limit of the
    // cap plus one byte is not enough: Qt 6.4 then stopped reading below the cap, and the
    // reply waited for its timeout.)
    if (maxBodyBytes > 0)
        reply->setReadBufferSize(2 * maxBodyBytes);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > m_maxBodyBytes)
            failWith(tr("The response is larger than %1 MiB; the console stopped reading it.")
                         .arg(m_maxBodyBytes / (1024 * 1024)));
    });
    connect(reply, &QNetworkReply::finished, this, &PendingExchange::complete);
}

PendingExchange::PendingExchange(HttpExchange exchange, QObject *parent)
    : QObject(parent)
    , m_exchange(std::move(exchange))
    , m_maxBodyBytes(0)
{}

PendingExchange *PendingExchange::refused(HttpExchange exchange, const QString &reason,
                                          QObject *parent)
{
    auto *pending = new PendingExchange(std::move(exchange), parent);
    QMetaObject::invokeMethod(
        pending, [pending, reason] { pending->failWith(reason); }, Qt::QueuedConnection);
    return pending;
}

PendingExchange::~PendingExchange()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PendingExchange::cancel()
{
    failWith(tr("Cancelled."));
}

void PendingExchange::failWith(const QString &reason)
{
    if (m_done)
        return;
    m_abortReason = reason;
    if (m_reply)
        m_reply->abort(); // emits finished() synchronously, which lands in complete()
    else
        complete();
}

namespace {
// An HTTP error status is an answer, not a failure: Qt reports 4xx and 5xx as content, protocol
// or server errors (codes from 201 up). Errors below 200 are the connection's own (refused,
// closed, timed out, TLS, proxy): with no status they mean no answer at all, after a status
// line they mean the answer was cut off, and either way the exchange failed.
bool isTransportFailure(QNetworkReply::NetworkError error, int status)
{
    if (error == QNetworkReply::NoError)
        return false;
    if (status == 0)
        return true;
    if (error == QNetworkReply::ProxyAuthenticationRequiredError) // a 407 is an answer too
        return false;
    return error < QNetworkReply::ContentAccessDenied || error == QNetworkReply::ProtocolFailure;
}

// Qt 6.4 reports an error for a connection closed in the middle of a body only when the close
// reaches it before the last bytes are read; read in the other order, the reply finishes as if
// complete. A body that is not compressed must be as long as its Content-Length says.
bool shorterThanPromised(const HttpExchange &exchange)
{
    if (exchange.method == "HEAD" || exchange.status == 204 || exchange.status == 304)
        return false;
    const QByteArray encoding = exchange.responseHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return false; // Qt hands over the decompressed body
    bool ok = false;
    const qint64 promised = exchange.responseHeader("Content-Length").trimmed().toLongLong(&ok);
    return ok && promised >= 0 && exchange.responseBody.size() < promised;
}

QString transportFailure(const QString &qtError, int status)
{
    if (status == 0)
        return qtError;
    return PendingExchange::tr("The answer (HTTP %1) was cut off before its end: %2")
        .arg(status)
        .arg(qtError);
}
} // namespace

void PendingExchange::recordFailure()
{
    const auto reason = m_reply->error();
    const NetworkSettings &network = NetworkEnvironment::current();
    // A user name without a password is nothing offered: the proxy asked, it did not refuse.
    const QString offeredUser = NetworkEnvironment::hasProxyPassword() ? network.proxyUser : "";
    const QString transport = TransportFailure::describeReplyError(
        reason, m_reply->errorString(), m_exchange.url, m_exchange.proxy, offeredUser,
        !network.clientCertFile.isEmpty());
    if (!m_abortReason.isEmpty()) {
        m_exchange.error = m_abortReason;
    } else if (ProxyRefusal::isProxysOwn401(m_exchange, network)) {
        // tinyproxy's answer to a wrong password (ProxyRefusal): the proxy's refusal, worded as
        // the 407 it stands for, not an answer of the operator's.
        m_exchange.error = TransportFailure::describeReplyError(
            QNetworkReply::ProxyAuthenticationRequiredError,
            tr("the proxy answered 401 Unauthorized"), m_exchange.url, m_exchange.proxy,
            offeredUser, false);
    } else if (!m_tlsErrors.isEmpty()) {
        m_exchange.error = TransportFailure::describeTlsErrors(m_tlsErrors, m_exchange.url);
    } else if (!transport.isEmpty() &&
               (m_exchange.status == 0 ||
                reason == QNetworkReply::ProxyAuthenticationRequiredError)) {
        // A 407 is an answer from the proxy, not from the server: a failure of the exchange.
        m_exchange.error = transport;
    } else if (isTransportFailure(reason, m_exchange.status)) {
        m_exchange.error = transportFailure(m_reply->errorString(), m_exchange.status);
        m_exchange.responseBody.clear(); // a part of an answer must not pass for the answer
    } else if (shorterThanPromised(m_exchange)) {
        m_exchange.error = transportFailure(
            tr("%1 of the %2 bytes its Content-Length promised arrived")
                .arg(m_exchange.responseBody.size())
                .arg(QString::fromLatin1(m_exchange.responseHeader("Content-Length"))),
            m_exchange.status);
        m_exchange.responseBody.clear();
    }
    if (m_exchange.status == 401 && m_exchange.error.isEmpty() && !network.proxyUser.isEmpty() &&
        network.proxyMode == NetworkSettings::ProxyMode::Manual) {
        // Some proxies (tinyproxy among them) answer a wrong proxy password with 401 instead
        // of 407, which then looks like the operator's answer.
        const QString hint = tr("a 401 through the proxy %1 with the proxy user \"%2\": if "
                                "this endpoint does not ask for HTTP authentication, the proxy "
                                "refused the proxy password")
                                 .arg(m_exchange.proxy, network.proxyUser);
        m_exchange.note = m_exchange.note.isEmpty() ? hint : m_exchange.note + "; " + hint;
    }
    if (m_exchange.url.scheme() != QLatin1String("https"))
        return;
    if (!m_tlsErrors.isEmpty() || reason == QNetworkReply::SslHandshakeFailedError ||
        (!transport.isEmpty() && m_exchange.status == 0))
        m_exchange.tls.verification = m_exchange.error;
    else if (!m_exchange.tls.protocol.isEmpty())
        m_exchange.tls.verification = tr("verified");
}

void PendingExchange::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_exchange.finishedAt = QDateTime::currentDateTimeUtc();

    if (m_reply) {
        const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        m_exchange.status = status.isValid() ? status.toInt() : 0;
        for (const auto &pair : m_reply->rawHeaderPairs())
            m_exchange.responseHeaders.append(pair);
        if (m_abortReason.isEmpty())
            m_exchange.responseBody = m_reply->readAll();

        recordFailure();
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    } else {
        m_exchange.error = m_abortReason;
    }
    emit finished(m_exchange);
    deleteLater();
}

} // namespace nv
