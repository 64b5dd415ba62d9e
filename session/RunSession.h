#pragma once

#include "RunProblem.h"
#include "RunRequest.h"
#include "http/ProxyRefusal.h"
#include "log/RequestLogStore.h"
#include "sandbox/SandboxConfig.h"

#include <QObject>
#include <QPointer>
#include <optional>

namespace nv {

class FlowRun;
class JwksFetch;
class NetworkPathProbe;
class RequestLog;
class SandboxHost;
class SecretStore;
struct IdTokenCheck;
struct TokenResponse;

// What a session needs to know once, at its start.
struct SessionOptions
{
    SandboxConfig sandbox = SandboxConfig::defaults();
    bool recordLog = true;
    QString logDatabase; // empty: the request log's default location
    // The whole-file check when the log opens (see RequestLog): the window's, not a CLI call's.
    RequestLogStore::Check logCheckAtOpen = RequestLogStore::Check::Quick;
    // After a token with an id_token: find the operator's JWKS and check the id_token.
    bool checkIdToken = true;
    // When the keychain has no secret yet for the profile: wait for one (loaded, or typed by
    // the person) instead of refusing the run.
    bool waitForSecret = false;
};

// One person's work with the console, under the window and the command line alike: the secret
// store, the request log, the built-in sandbox, the id_token check, and the current FlowRun with
// the start that may be waiting for the sandbox or the keychain. Front ends hand it a RunRequest
// and show what it reports; every rule about whether and how a run starts lives here.
//
// Nothing here waits: the sandbox, the keychain, the log and the run all answer with signals.
class RunSession : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        WholeFlow,      // authorize → code → token → verify
        AuthorizeStep,  // authorize and catch the code, then stop (step by step)
        VerifyWithToken // verify with RunRequest::accessToken only
    };
    enum class NextStep
    {
        Authorize,
        Exchange,
        Verify
    };

    explicit RunSession(const SessionOptions &options = {}, QObject *parent = nullptr);
    ~RunSession() override;

    SecretStore *secrets() const { return m_secrets; }
    RequestLog *log() const { return m_log; } // nullptr when the session records nothing
    SandboxHost *sandbox() const { return m_sandbox; }
    FlowRun *currentRun() const;
    bool isBusy() const;
    // Why the built-in sandbox cannot be used, in words; empty while it can.
    QString sandboxProblem() const { return m_sandboxProblem; }

    // How this machine reaches the network, watched live once asked for (nothing is read
    // before: a window asks after its first paint).
    NetworkPathProbe *networkPath();

    // Starts the built-in sandbox now (the window does, so it is up before the first run);
    // otherwise the first run against it starts it.
    void startSandbox();

    // Checks the request and starts a run, or reports why not through notStarted(). A start
    // that waits for the sandbox or the keychain happens by itself when they answer.
    void start(const RunRequest &request, Mode mode);
    // The steps of the current run, one at a time.
    void exchangeCode();
    void verifyAgain(const QString &number, bool hashed, bool allowInvalidNumber);
    void fetchDevicePhoneNumber();
    // What "next step" means for the current run.
    NextStep nextStep() const;
    // Drops a waiting start and cancels the step in flight.
    void cancel();
    // Forgets the current run entirely (its browser session, token and correlation id).
    void clear();
    // A run waiting to start is for a profile that is no longer chosen.
    void dropWaitingStart();

    // The number check every front end applies before anything is sent.
    static std::optional<RunProblem> checkNumber(const QString &number, bool allowInvalid);

signals:
    // A new run, before its first step: the moment to connect to its signals.
    void runCreated(nv::FlowRun *run, nv::RunSession::Mode mode);
    void notStarted(const nv::RunProblem &problem);
    void idTokenCheckStarted();
    void idTokenChecked(const nv::IdTokenCheck &check);
    void sandboxReady();
    void sandboxFailed(const QString &reason);
    // The run ended because the proxy asked for credentials it did not get, or refused the ones
    // given (profile: the profile's name, whose proxy password the front end may ask for).
    void proxyRefused(const nv::ProxyRefusal &refusal, const QString &profile);

private:
    std::optional<RunProblem> resolveProfile(Profile *profile, Mode mode);
    // The phone mode: which relay, and the redirect URI that goes with it.
    // The profile's proxy, CA file and client certificate, for the whole process.
    std::optional<RunProblem> applyNetwork(const RunRequest &request, const Profile &profile);
    std::optional<RunProblem> prepareRelay(RunRequest *request, Profile *profile);
    std::optional<RunProblem> findSecret(const Profile &profile, QString *secret);
    void refuse(const RunProblem &problem);
    void launch(const RunRequest &request, const Profile &profile, const QString &secret,
                Mode mode);
    FlowRun *createRun(const RunRequest &request, const Profile &profile, const QString &secret);
    void retryWaitingStart();
    void noteNetworkPath(FlowRun *run);
    void watchProxyRefusal(FlowRun *run);
    void onSecretAnswered(const QString &profile, const QString &secret);
    void onTokenReceived(const TokenResponse &token);
    void dropRun();

    SessionOptions m_options;
    SecretStore *m_secrets;
    RequestLog *m_log = nullptr;
    SandboxHost *m_sandbox;
    JwksFetch *m_jwks;
    NetworkPathProbe *m_networkPath = nullptr;
    QString m_sandboxProblem;
    QPointer<FlowRun> m_run;
    struct WaitingStart
    {
        RunRequest request;
        Mode mode;
    };
    std::optional<WaitingStart> m_waiting;
    QString m_secretAskedFor;                   // profile whose secret the keychain was asked for
    std::optional<ProxyRefusal> m_proxyRefusal; // seen in the current run's exchanges
};

} // namespace nv

Q_DECLARE_METATYPE(nv::RunSession::Mode)
