#pragma once

#include "RecordedRequest.h"
#include "SandboxConfig.h"
#include "SandboxScenario.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QUrl>
#include <memory>

namespace nv {

class OperatorSandbox;
class RelayServer;
class RequestJournal;

// Runs the in-process sandbox on a thread of its own, so that its work (the signing key's
// generation, slow-operator scenarios, bursts of requests) never touches the window's thread, and a
// front end that waits on the sandbox cannot deadlock on its own event loop.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(SandboxConfig config = SandboxConfig::defaults(),
                         QObject *parent = nullptr);
    ~SandboxHost() override;

    // Asynchronous: ready() or failed() follows.
    void start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
               quint16 port = 0);
    QUrl baseUrl() const { return m_baseUrl; }
    // The relay that plays nv-relay's part for the phone (cross-device) mode, on its own port;
    // its /callback is registered for the default client. Empty when it could not listen.
    QUrl relayUrl() const { return m_relayUrl; }
    bool isReady() const { return !m_baseUrl.isEmpty(); }
    const SandboxConfig &config() const { return m_config; }
    void setMsisdn(const QString &msisdn);
    // Has the key that signs ID tokens made now, on a worker thread, instead of at the first
    // token (what SandboxConfig::signingKey asks for at ready()), so that the first run's token
    // step does not carry an RSA key generation (a few hundred milliseconds). Returns at once;
    // thread-safe.
    static void prepareSigningKey();

    // For a scenario menu: id, title and description of each, the first being the default.
    static QList<SandboxScenario> scenarios();
    // Thread-safe; takes effect on the sandbox's thread right after the call (logins started
    // afterwards use it). False, and nothing changes, for an unknown id. scenarioChanged()
    // follows once the sandbox has switched.
    bool setScenario(const QString &id);
    // The scenario last set through this host (or the configured one).
    QString scenario() const { return m_config.scenario; }
    // Thread-safe; milliseconds added to every authorization hop and to every API call.
    void setDelays(int hopDelayMs, int callDelayMs);
    // The sandbox's clock (shared with config().clock); advancing it is thread-safe.
    SandboxClock &clock() const { return *m_config.clock; }
    // The last requests the sandbox received, oldest first (empty before ready()).
    // Thread-safe.
    QList<RecordedRequest> recentRequests() const;

signals:
    void ready(const QUrl &baseUrl);
    void failed(const QString &reason);
    void requestServed(const QString &method, const QString &path, int status,
                       const QString &correlationId, qint64 elapsedMs);
    void scenarioChanged(const QString &id);

private:
    // ready() now, or once the signing key is made (SandboxConfig::signingKey).
    void becomeReady(const QUrl &url, const QUrl &relayUrl);

    SandboxConfig m_config;
    QThread m_thread;
    OperatorSandbox *m_sandbox = nullptr; // lives on m_thread
    RelayServer *m_relay = nullptr;       // lives on m_thread
    std::shared_ptr<const RequestJournal> m_journal;
    QUrl m_baseUrl;
    QUrl m_relayUrl;
};

} // namespace nv
