#pragma once

#include "SandboxConfig.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerResponse;
class QTimer;
QT_END_NAMESPACE

namespace nv {

class AuthorizationServer;
class GrantRegistry;
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

    // Also makes the ID token signing key (shared by all sandboxes of the process), so the first
    // call in a process can take about a second.
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                quint16 port = 0);
    QUrl baseUrl() const; // e.g. http://127.0.0.1:41234 (no trailing path)
    quint16 port() const;
    const SandboxConfig &config() const;
    // Takes effect for logins that reach the network-login hop from now on; tokens already
    // issued stay bound to the subscriber they were issued for, as after a real SIM swap.
    void setMsisdn(const QString &msisdn);

signals:
    void requestServed(const QString &method, const QString &path, int status,
                       const QString &correlationId, qint64 elapsedMs);

private:
    enum class ErrorStyle
    {
        Camara,
        OAuth
    };
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;

    void addRoute(const QString &path, QHttpServerRequest::Methods allowed, ErrorStyle style,
                  Handler handler);
    QHttpServerResponse dispatch(const QHttpServerRequest &request, const QString &path,
                                 QHttpServerRequest::Methods allowed, ErrorStyle style,
                                 const Handler &handler);
    QHttpServerResponse finish(const QHttpServerRequest &request, QHttpServerResponse response,
                               qint64 startedMs);

    SandboxConfig m_config;
    std::unique_ptr<GrantRegistry> m_registry;
    std::unique_ptr<AuthorizationServer> m_auth;
    std::unique_ptr<VerifyApi> m_verify;
    QHttpServer *m_server = nullptr;
    QTimer *m_purgeTimer = nullptr;
    QUrl m_baseUrl;
    quint16 m_port = 0;
};

} // namespace nv
