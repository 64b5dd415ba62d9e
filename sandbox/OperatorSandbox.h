#pragma once

#include "RecordedRequest.h"
#include "SandboxConfig.h"
#include "SandboxReply.h"
#include "SandboxScenario.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QObject>
#include <QUrl>
#include <functional>
#include <map>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerResponder;
class QHttpServerResponse;
class QTcpSocket;
class QTimer;
QT_END_NAMESPACE

namespace nv {

class AuthorizeEndpoint;
class DiscoveryEndpoint;
class GrantRegistry;
class IdTokenSigner;
class RequestJournal;
class SandboxTcpServer;
class TokenEndpoint;
class VerifyApi;

// A fake mobile operator on loopback: authorization server, silent network-based login and the
// Number Verification API, behaving like a strict real one. It shares no code with the console
// on purpose: it stands in for an independent party, so a bug in the console cannot hide itself
// by being mirrored here.
class OperatorSandbox : public QObject
{
    Q_OBJECT
public:
    explicit OperatorSandbox(SandboxConfig config = SandboxConfig::defaults(),
                             QObject *parent = nullptr);
    ~OperatorSandbox() override;

    // Cheap: the ID token signing key is made on this object's thread when first needed (the
    // JWKS, or the first ID token), and shared by all sandboxes of the process.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                quint16 port = 0);
    QUrl baseUrl() const; // e.g. http://127.0.0.1:41234 (no trailing path)
    quint16 port() const;
    const SandboxConfig &config() const;
    // Takes effect for logins that reach the network-login hop from now on; tokens already
    // issued stay bound to the subscriber they were issued for, as after a real SIM swap.
    void setMsisdn(const QString &msisdn);
    // Registers one more redirect URI for a client (e.g. the built-in relay's callback, known
    // only once the relay listens). False for an unknown client.
    bool addRedirectUri(const QString &clientId, const QUrl &uri);

    // Scenarios, for a menu: SandboxScenario::all() in menu order.
    static QList<SandboxScenario> scenarios();
    // Switches the operator's behaviour without a restart. Logins started from now on take the
    // new scenario; a slow, unreachable, rate-limited or failing operator is so at once, for
    // every call. False (and nothing changes) for an unknown id.
    bool setScenario(const QString &id);
    QString scenario() const;
    // Delays added to every authorization hop and to every API call (milliseconds, >= 0).
    void setDelays(int hopDelayMs, int callDelayMs);
    // Answers held back by delays, waiting for their timer.
    int pendingReplies() const;

    // The clock every lifetime is measured on; advance it to expire codes and tokens.
    SandboxClock &clock() const;
    // The last config().requestHistory requests, oldest first; thread-safe.
    QList<RecordedRequest> recentRequests() const;
    std::shared_ptr<const RequestJournal> journal() const;
    // Open client connections (keep-alive ones included).
    int openConnections() const;

signals:
    // status is 0 when the connection was closed without an answer ("unreachable").
    void requestServed(const QString &method, const QString &path, int status,
                       const QString &correlationId, qint64 elapsedMs);
    void scenarioChanged(const QString &id);
    // The system refused a new connection (usually: out of file descriptors); the sandbox
    // stops accepting for retryMs, then tries again.
    void acceptPaused(const QString &reason, int retryMs);

private:
    enum class ErrorStyle
    {
        Camara,
        OAuth
    };
    using Handler = std::function<SandboxReply(const QHttpServerRequest &)>;
    struct Pending;

    void addRoutes();
    void addRoute(const QString &path, QHttpServerRequest::Methods allowed, ErrorStyle style,
                  Handler handler);
    SandboxReply dispatch(const QHttpServerRequest &request, QTcpSocket *socket,
                          const QString &path, QHttpServerRequest::Methods allowed,
                          ErrorStyle style, const Handler &handler);
    // Adds the correlation headers and sends the reply now or when its delay is over.
    void deliver(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                 SandboxReply reply, qint64 startedMs);
    void release(quint64 id);
    void record(const QHttpServerRequest &request, int status, int delayMs);
    SandboxReply advanceClock(const QHttpServerRequest &request);

    SandboxConfig m_config;
    std::unique_ptr<GrantRegistry> m_registry;
    std::unique_ptr<IdTokenSigner> m_signer;
    std::unique_ptr<AuthorizeEndpoint> m_authorize;
    std::unique_ptr<TokenEndpoint> m_token;
    std::unique_ptr<DiscoveryEndpoint> m_discovery;
    std::unique_ptr<VerifyApi> m_verify;
    std::shared_ptr<RequestJournal> m_journal;
    QHttpServer *m_server = nullptr;
    SandboxTcpServer *m_tcp = nullptr;
    QTimer *m_purgeTimer = nullptr;
    QUrl m_baseUrl;
    quint16 m_port = 0;
    std::map<quint64, std::unique_ptr<Pending>> m_pending;
    quint64 m_nextPendingId = 0;
};

} // namespace nv
