#include "SandboxHost.h"

#include "IdTokenSigner.h"
#include "OperatorSandbox.h"
#include "RelayServer.h"
#include "RequestJournal.h"

#include <openssl/crypto.h>

namespace nv {

SandboxHost::SandboxHost(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    if (!m_config.clock)
        m_config.clock = std::make_shared<SandboxClock>();
    m_thread.setObjectName(QStringLiteral("nv-sandbox"));
    // The thread signs with OpenSSL, which gives it a random generator of its own, freed by a
    // thread-exit hook that runs only after QThread::wait() has returned (Qt 6.4 does not join
    // the thread). A process that ends right after stopping the sandbox (nv-cli, every test)
    // then races OpenSSL's atexit clean-up, which deletes that hook's key first: the state was
    // lost (a leak report). finished is emitted on the thread itself, before wait() returns:
    // the thread releases its OpenSSL state there, while the process is certainly not exiting.
    connect(
        &m_thread, &QThread::finished, &m_thread, [] { OPENSSL_thread_stop(); },
        Qt::DirectConnection);
}

SandboxHost::~SandboxHost()
{
    if (m_sandbox) {
        // The servers and their timers belong to the sandbox's thread: delete them there.
        QMetaObject::invokeMethod(
            m_sandbox,
            [sandbox = m_sandbox, relay = m_relay] {
                delete relay;
                delete sandbox;
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

void SandboxHost::start(const QHostAddress &address, quint16 port)
{
    if (m_sandbox)
        return;
    if (m_config.signingKey == SandboxConfig::SigningKey::BeforeReady)
        IdTokenSigner::prepareKey(); // on a worker, beside the server's start
    m_thread.start();
    m_sandbox = new OperatorSandbox(m_config);
    m_relay = new RelayServer(RelayLimits{});
    m_journal = m_sandbox->journal();
    m_sandbox->moveToThread(&m_thread);
    m_relay->moveToThread(&m_thread);
    connect(m_sandbox, &OperatorSandbox::requestServed, this, &SandboxHost::requestServed);
    connect(m_sandbox, &OperatorSandbox::scenarioChanged, this, &SandboxHost::scenarioChanged);
    QMetaObject::invokeMethod(
        m_sandbox, [this, sandbox = m_sandbox, relay = m_relay, address, port] {
            // The relay first: its callback is a redirect URI the default client may use.
            const QUrl relayUrl = relay->listen(address, 0) ? relay->baseUrl() : QUrl();
            if (!relayUrl.isEmpty())
                sandbox->addRedirectUri(SandboxConfig::defaultClientId(),
                                        relayUrl.resolved(QUrl(QStringLiteral("/callback"))));
            const bool listening = sandbox->listen(address, port);
            const QUrl url = sandbox->baseUrl();
            QMetaObject::invokeMethod(this, [this, listening, url, relayUrl, address] {
                if (!listening) {
                    emit failed(
                        tr("The built-in sandbox could not listen on %1.").arg(address.toString()));
                    return;
                }
                becomeReady(url, relayUrl);
            });
        });
}

QList<RecordedRequest> SandboxHost::recentRequests() const
{
    return m_journal ? m_journal->entries() : QList<RecordedRequest>();
}

void SandboxHost::setMsisdn(const QString &msisdn)
{
    m_config.msisdn = msisdn;
    if (m_sandbox)
        QMetaObject::invokeMethod(m_sandbox,
                                  [sandbox = m_sandbox, msisdn] { sandbox->setMsisdn(msisdn); });
}

void SandboxHost::prepareSigningKey()
{
    IdTokenSigner::prepareKey();
}

void SandboxHost::becomeReady(const QUrl &url, const QUrl &relayUrl)
{
    auto announce = [this, url, relayUrl] {
        m_baseUrl = url;
        m_relayUrl = relayUrl;
        emit ready(url);
        if (m_config.signingKey == SandboxConfig::SigningKey::AfterReady)
            prepareSigningKey();
    };
    if (m_config.signingKey != SandboxConfig::SigningKey::BeforeReady) {
        announce();
        return;
    }
    QFuture<void> key = IdTokenSigner::prepareKey();
    if (key.isFinished())
        announce();
    else
        key.then(this, std::move(announce));
}

QList<SandboxScenario> SandboxHost::scenarios()
{
    return SandboxScenario::all();
}

bool SandboxHost::setScenario(const QString &id)
{
    if (!SandboxScenario::fromId(id))
        return false;
    m_config.scenario = id;
    if (m_sandbox)
        QMetaObject::invokeMethod(m_sandbox,
                                  [sandbox = m_sandbox, id] { sandbox->setScenario(id); });
    else
        emit scenarioChanged(id);
    return true;
}

void SandboxHost::setDelays(int hopDelayMs, int callDelayMs)
{
    m_config.hopDelayMs = qMax(0, hopDelayMs);
    m_config.callDelayMs = qMax(0, callDelayMs);
    if (m_sandbox)
        QMetaObject::invokeMethod(m_sandbox, [sandbox = m_sandbox, hopDelayMs, callDelayMs] {
            sandbox->setDelays(hopDelayMs, callDelayMs);
        });
}

} // namespace nv
