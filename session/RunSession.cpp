#include "RunSession.h"

#include "AuthorizeDriverFactory.h"
#include "flow/FlowRun.h"
#include "flow/IdTokenCheck.h"
#include "flow/JwksFetch.h"
#include "http/NetworkEnvironment.h"
#include "http/ProxyRefusal.h"
#include "log/RequestLog.h"
#include "network/NetworkPathProbe.h"
#include "phone/PhoneNumberCheck.h"
#include "relay/RelayPickup.h"
#include "sandbox/SandboxHost.h"
#include "secrets/SecretStore.h"

namespace nv {

namespace {
// How long a phone has to complete the authorize step: the relay keeps a sign-in as long.
constexpr int PhoneAuthorizeTimeoutMs = 300000;

bool usesClientKey(const Profile &profile)
{
    return profile.tokenAuthMethod == TokenAuthMethod::PrivateKeyJwt;
}

// The SecretStore entry that holds the profile's credential: its client secret, by profile
// name, or for private_key_jwt the private key, by the key's kid.
QString credentialName(const Profile &profile)
{
    return usesClientKey(profile) ? ClientKey::secretName(profile.clientKeyId) : profile.name;
}

// The one check of a private key against its profile (ClientKey::load), before anything is
// sent: a key that cannot sign for this profile is a profile problem, said in words.
std::optional<RunProblem> checkClientKey(const Profile &profile, const QString &key)
{
    const ClientKey loaded =
        ClientKey::load(key.toUtf8(), profile.clientKeyAlg, profile.clientKeyId);
    if (loaded.ok())
        return std::nullopt;
    return RunProblem{RunProblem::Kind::ProfileInvalid, loaded.problem, {}};
}
} // namespace

RunSession::RunSession(const SessionOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_secrets(new SecretStore(this))
    , m_sandbox(new SandboxHost(options.sandbox, this))
    , m_jwks(new JwksFetch(this))
{
    qRegisterMetaType<RunProblem>();
    if (options.recordLog)
        m_log = new RequestLog(options.logDatabase, this, options.logCheckAtOpen);
    // The sandbox's secret is well known and must never reach the keychain.
    m_secrets->setSessionSecret(Profile::builtInSandbox().name,
                                SandboxConfig::defaultClientSecret());

    connect(m_sandbox, &SandboxHost::ready, this, [this] {
        emit sandboxReady();
        retryWaitingStart();
    });
    connect(m_sandbox, &SandboxHost::failed, this, [this](const QString &reason) {
        m_sandboxProblem = reason;
        emit sandboxFailed(reason);
        if (m_waiting && m_waiting->request.profile.sandbox) {
            m_waiting.reset();
            refuse({RunProblem::Kind::SandboxFailed, reason, {}});
        }
    });
    connect(m_secrets, &SecretStore::loaded, this, &RunSession::onSecretAnswered);
    connect(m_secrets, &SecretStore::stored, this, [this](const QString &profile) {
        onSecretAnswered(profile, m_secrets->secret(profile));
    });
    connect(m_jwks, &JwksFetch::exchangeRecorded, this, [this](const HttpExchange &raw) {
        if (m_log)
            m_log->record(raw, m_run ? m_run->secrets() : QStringList());
    });
    connect(m_jwks, &JwksFetch::finished, this,
            [this](const QJsonObject &jwks, const QString &issuer, const QUrl &,
                   const QString &problem) {
                if (!m_run || !m_run->token().ok)
                    return;
                IdTokenCheck::Expected expected;
                expected.nonce = m_run->authorizeRequest().nonce;
                expected.issuer = issuer;
                expected.clientId = m_run->profile().clientId;
                emit idTokenChecked(
                    IdTokenCheck::check(m_run->token().idToken, expected, jwks, problem));
            });
}

RunSession::~RunSession()
{
    m_jwks->cancel();
    if (m_run) {
        // The run owns the browser page: it goes now, before any view that shows it.
        m_run->disconnect();
        m_run->cancel();
        delete m_run.data();
    }
}

FlowRun *RunSession::currentRun() const
{
    return m_run.data();
}

bool RunSession::isBusy() const
{
    return m_run && m_run->isBusy();
}

NetworkPathProbe *RunSession::networkPath()
{
    if (!m_networkPath) {
        m_networkPath = new NetworkPathProbe(this);
        m_networkPath->start(NetworkPathProbe::Mode::Watch);
    }
    return m_networkPath;
}

void RunSession::noteNetworkPath(FlowRun *run)
{
    if (m_networkPath->hasPath()) {
        run->setNetworkPathNote(m_networkPath->verdict().sentence);
        return;
    }
    // Still checking: the first answer still counts as the path at the start of this run.
    connect(
        m_networkPath, &NetworkPathProbe::checked, run,
        [this, run] { run->setNetworkPathNote(m_networkPath->verdict().sentence); },
        Qt::SingleShotConnection);
}

void RunSession::startSandbox()
{
    m_sandbox->start();
}

std::optional<RunProblem> RunSession::checkNumber(const QString &number, bool allowInvalid)
{
    if (number.trimmed().isEmpty())
        return RunProblem{RunProblem::Kind::NoNumber, {}, {}};
    const PhoneNumberCheck check = PhoneNumberCheck::check(number);
    if (!check.isE164 && !allowInvalid)
        return RunProblem{RunProblem::Kind::BadNumber, check.problem, {}};
    return std::nullopt;
}

void RunSession::start(const RunRequest &request, Mode mode)
{
    if (isBusy()) {
        refuse({RunProblem::Kind::Busy, {}, {}});
        return;
    }
    m_waiting.reset();
    if (auto problem = checkNumber(request.phoneNumber, request.allowInvalidNumber)) {
        refuse(*problem);
        return;
    }
    QString why;
    if (mode != Mode::VerifyWithToken &&
        !AuthorizeDriverFactory::isAvailable(request.driver, &why)) {
        refuse({RunProblem::Kind::DriverUnavailable, why, {}});
        return;
    }
    Profile profile = request.profile;
    RunRequest prepared = request;
    std::optional<RunProblem> problem = resolveProfile(&profile, mode);
    if (!problem)
        problem = prepareRelay(&prepared, &profile);
    QString secret = usesClientKey(profile) ? request.clientKey : request.clientSecret;
    if (!problem && mode != Mode::VerifyWithToken && secret.isEmpty())
        problem = findSecret(profile, &secret);
    if (!problem && mode != Mode::VerifyWithToken && usesClientKey(profile))
        problem = checkClientKey(profile, secret);
    if (!problem)
        problem = applyNetwork(request, profile);
    if (problem) {
        if (problem->willStartLater())
            m_waiting = WaitingStart{request, mode};
        refuse(*problem);
        return;
    }
    launch(prepared, profile, secret, mode);
}

std::optional<RunProblem> RunSession::resolveProfile(Profile *profile, Mode mode)
{
    if (profile->sandbox) {
        if (!m_sandboxProblem.isEmpty())
            return RunProblem{RunProblem::Kind::SandboxFailed, m_sandboxProblem, {}};
        if (!m_sandbox->isReady()) {
            m_sandbox->start();
            return RunProblem{RunProblem::Kind::SandboxStarting, {}, {}};
        }
        *profile = profile->resolvedAgainst(m_sandbox->baseUrl());
    }
    ProfileProblems blocking = blockingProblems(profile->problems());
    if (mode == Mode::VerifyWithToken) {
        // A token from elsewhere needs only the verify URL.
        blocking.removeIf([](const ProfileProblem &problem) {
            return problem.field != ProfileProblem::Field::VerifyUrl;
        });
    }
    if (!blocking.isEmpty())
        return RunProblem{RunProblem::Kind::ProfileInvalid, blocking.first().message, blocking};
    return std::nullopt;
}

std::optional<RunProblem> RunSession::applyNetwork(const RunRequest &request,
                                                   const Profile &profile)
{
    // Process-wide, so the embedded browser follows the same proxy (NetworkEnvironment).
    NetworkSecrets secrets = request.networkSecrets;
    if (secrets.proxyPassword.isEmpty())
        secrets.proxyPassword =
            m_secrets->secret(NetworkSettings::proxyPasswordSecret(request.profile.name));
    if (secrets.clientKeyPassphrase.isEmpty())
        secrets.clientKeyPassphrase =
            m_secrets->secret(NetworkSettings::clientKeySecret(request.profile.name));
    QString why;
    if (!NetworkEnvironment::apply(profile.network, secrets, &why))
        return RunProblem{RunProblem::Kind::ProfileInvalid, why, {}};
    return std::nullopt;
}

std::optional<RunProblem> RunSession::prepareRelay(RunRequest *request, Profile *profile)
{
    if (request->driver != DriverKind::Phone)
        return std::nullopt;
    QUrl &relay = request->driverOptions.relayUrl;
    if (profile->sandbox && relay.isEmpty() && !m_sandbox->relayUrl().isEmpty()) {
        // The built-in sandbox plays the relay too, and its client has the callback registered.
        relay = m_sandbox->relayUrl();
        profile->redirectUri = RelayPickup::callbackUrl(relay);
    }
    if (relay.isEmpty())
        return std::nullopt; // the person pastes the redirect back
    if (const QString why = RelayPickup::checkRelayUrl(relay); !why.isEmpty())
        return RunProblem{RunProblem::Kind::RelayProblem, why, {}};
    const QUrl callback = RelayPickup::callbackUrl(relay);
    if (profile->redirectUri != callback)
        return RunProblem{
            RunProblem::Kind::RelayProblem,
            tr("With the relay %1, the redirect URI registered with the operator "
               "must be its callback, %2; the profile has %3.")
                .arg(relay.toString(), callback.toString(), profile->redirectUri.toString()),
            {}};
    return std::nullopt;
}

std::optional<RunProblem> RunSession::findSecret(const Profile &profile, QString *secret)
{
    if (usesClientKey(profile) && profile.clientKeyId.isEmpty())
        return RunProblem{
            RunProblem::Kind::NoSecret, tr("the profile names no client key (its kid)"), {}};
    const QString name = credentialName(profile);
    *secret = m_secrets->secret(name);
    if (secret->isEmpty() && profile.sandbox && !usesClientKey(profile))
        *secret = SandboxConfig::defaultClientSecret(); // well known: it is a sandbox
    if (!secret->isEmpty())
        return std::nullopt;
    if (!m_options.waitForSecret)
        return RunProblem{RunProblem::Kind::NoSecret, m_secrets->storageDescription(), {}};
    if (m_secretAskedFor != name) {
        // The keychain answers asynchronously; the start goes on when it has.
        m_secretAskedFor = name;
        m_secrets->load(name);
    }
    return RunProblem{RunProblem::Kind::SecretLoading, m_secrets->storageDescription(), {}};
}

void RunSession::onSecretAnswered(const QString &profile, const QString &secret)
{
    if (!m_waiting || credentialName(m_waiting->request.profile) != profile)
        return;
    if (secret.isEmpty()) {
        // Nothing stored: say so. The start still waits for a secret typed in the window.
        emit notStarted({RunProblem::Kind::NoSecret, m_secrets->storageDescription(), {}});
        return;
    }
    retryWaitingStart();
}

void RunSession::retryWaitingStart()
{
    if (!m_waiting)
        return;
    const WaitingStart waiting = *m_waiting;
    m_waiting.reset();
    start(waiting.request, waiting.mode);
}

void RunSession::dropWaitingStart()
{
    m_waiting.reset();
}

void RunSession::refuse(const RunProblem &problem)
{
    emit notStarted(problem);
}

void RunSession::launch(const RunRequest &request, const Profile &profile, const QString &secret,
                        Mode mode)
{
    dropRun();
    FlowRun *run = createRun(request, profile, secret);
    if (!run) {
        QString why;
        AuthorizeDriverFactory::isAvailable(request.driver, &why);
        refuse({RunProblem::Kind::DriverUnavailable, why, {}});
        return;
    }
    m_run = run;
    // The path at the start of the run explains a refusal by the network later (a phone
    // carries its own path, which this machine cannot see).
    if (!profile.sandbox && request.driver != DriverKind::Phone && m_networkPath)
        noteNetworkPath(run);
    emit runCreated(run, mode);
    // After the front end's own handlers: the id_token check is shown after the token is.
    connect(run, &FlowRun::tokenReceived, this, &RunSession::onTokenReceived);
    watchProxyRefusal(run);
    switch (mode) {
    case Mode::WholeFlow:
        run->start();
        break;
    case Mode::AuthorizeStep:
        run->authorize();
        break;
    case Mode::VerifyWithToken:
        run->useAccessToken(request.accessToken);
        run->verify();
        break;
    }
}

void RunSession::watchProxyRefusal(FlowRun *run)
{
    m_proxyRefusal.reset();
    connect(run, &FlowRun::exchangeRecorded, this, [this](const HttpExchange &raw) {
        if (auto refusal = ProxyRefusal::of(raw, NetworkEnvironment::current(),
                                            NetworkEnvironment::hasProxyPassword()))
            m_proxyRefusal = refusal;
    });
    // Once the run has failed cleanly, with the proxy's refusal as its error: the front end
    // may then ask for the password and start again.
    connect(run, &FlowRun::finished, this, [this, run] {
        if (!m_proxyRefusal || run != m_run)
            return;
        const ProxyRefusal refusal = *m_proxyRefusal;
        m_proxyRefusal.reset();
        emit proxyRefused(refusal, run->profile().name);
    });
}

FlowRun *RunSession::createRun(const RunRequest &request, const Profile &profile,
                               const QString &secret)
{
    // A token-only run never walks the authorize chain; it still gets the plain driver.
    const DriverKind kind = request.accessToken.isEmpty() ? request.driver : DriverKind::PlainHttp;
    AuthorizeDriver *driver = AuthorizeDriverFactory::create(kind, request.driverOptions);
    if (!driver)
        return nullptr;
    auto *run = new FlowRun(profile, secret, driver, this);
    run->setObjectName(QStringLiteral("flowRun"));
    run->setCorrelationId(request.correlationId);
    run->setPhoneNumber(request.phoneNumber, request.hashed);
    run->setAllowInvalidNumber(request.allowInvalidNumber);
    run->setRequestTimeoutMs(request.requestTimeoutMs);
    // A person has to pick up a phone and open the page: give the phone a relay's lifetime.
    run->setAuthorizeTimeoutMs(kind == DriverKind::Phone
                                   ? std::max(request.authorizeTimeoutMs, PhoneAuthorizeTimeoutMs)
                                   : request.authorizeTimeoutMs);
    run->setAssertionClockOffsetSeconds(request.assertionClockOffsetSeconds);
    if (m_log) {
        connect(run, &FlowRun::exchangeRecorded, this,
                [this, run](const HttpExchange &raw) { m_log->record(raw, run->secrets()); });
    }
    return run;
}

void RunSession::onTokenReceived(const TokenResponse &token)
{
    if (!m_options.checkIdToken || !m_run || !token.ok)
        return;
    if (token.idToken.isEmpty()) {
        IdTokenCheck none;
        none.signatureDetail = tr("Not checked: the operator issued no id_token (the scope "
                                  "did not ask for openid).");
        emit idTokenChecked(none);
        return;
    }
    emit idTokenCheckStarted();
    const Profile &profile = m_run->profile();
    const ExchangeContext context{m_run->runId(), m_run->correlationId(), QString(), profile.name};
    // A profile made from discovery knows its issuer and key set; others find them from the
    // authorize URL's origin.
    if (profile.jwksUrl.isValid() && !profile.jwksUrl.isEmpty())
        m_jwks->startWithKnownKeys(profile.jwksUrl, profile.issuer, context);
    else
        m_jwks->start(profile.authorizeUrl, context);
}

void RunSession::exchangeCode()
{
    if (!m_run || m_run->isBusy() ||
        m_run->authorization().kind != AuthorizationResponse::Kind::Code) {
        refuse({RunProblem::Kind::NoToken, {}, {}});
        return;
    }
    m_run->exchangeCode();
}

void RunSession::verifyAgain(const QString &number, bool hashed, bool allowInvalidNumber)
{
    if (!m_run || m_run->isBusy() || !m_run->token().ok) {
        refuse({RunProblem::Kind::NoToken, {}, {}});
        return;
    }
    if (auto problem = checkNumber(number, allowInvalidNumber)) {
        refuse(*problem);
        return;
    }
    m_run->setPhoneNumber(number, hashed);
    m_run->setAllowInvalidNumber(allowInvalidNumber);
    m_run->verify();
}

void RunSession::fetchDevicePhoneNumber()
{
    if (!m_run || m_run->isBusy() || !m_run->token().ok) {
        refuse({RunProblem::Kind::NoToken, {}, {}});
        return;
    }
    m_run->fetchDevicePhoneNumber();
}

RunSession::NextStep RunSession::nextStep() const
{
    // After a complete run (or one that failed at verify) the next step is a new run.
    if (!m_run || m_run->stageState(FlowStage::Verify) != StageState::Waiting)
        return NextStep::Authorize;
    if (m_run->token().ok)
        return NextStep::Verify;
    if (m_run->authorization().kind == AuthorizationResponse::Kind::Code &&
        m_run->stageState(FlowStage::Token) == StageState::Waiting)
        return NextStep::Exchange;
    return NextStep::Authorize;
}

void RunSession::cancel()
{
    m_waiting.reset();
    m_jwks->cancel();
    if (m_run)
        m_run->cancel();
}

void RunSession::clear()
{
    m_waiting.reset();
    m_jwks->cancel();
    dropRun();
}

void RunSession::dropRun()
{
    if (!m_run)
        return;
    // Nobody hears from a dropped run again. It owns its driver and the browser page: both go
    // with it, after the current event.
    m_run->disconnect();
    m_run->cancel();
    m_run->deleteLater();
    m_run = nullptr;
}

} // namespace nv
