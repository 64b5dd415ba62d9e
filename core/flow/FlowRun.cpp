#include "FlowRun.h"

#include "AuthorizeDriver.h"
#include "CorrelatorRule.h"
#include "JwksFetch.h"
#include "http/HttpClient.h"
#include "log/Redactor.h"
#include "phone/PhoneNumberCheck.h"

#include <QDateTime>
#include <QUuid>

namespace nv {

FlowRun::FlowRun(const Profile &profile, const QString &clientSecret, AuthorizeDriver *driver,
                 QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_clientSecret(clientSecret)
    , m_driver(driver)
    , m_http(new HttpClient(this))
    , m_runId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_correlationId(QUuid::createUuid().toString(QUuid::WithoutBraces)) // v4 (random)
{
    driver->setParent(this);
    if (profile.tokenAuthMethod == TokenAuthMethod::PrivateKeyJwt)
        m_clientKey =
            ClientKey::load(clientSecret.toUtf8(), profile.clientKeyAlg, profile.clientKeyId);
    m_authorizeTimer.setSingleShot(true);
    connect(&m_authorizeTimer, &QTimer::timeout, this, &FlowRun::onAuthorizeDeadline);
    connect(driver, &AuthorizeDriver::hop, this,
            [this](const HttpExchange &exchange) { record(exchange, Step::Authorize); });
    connect(driver, &AuthorizeDriver::redirectReached, this, &FlowRun::onRedirectReached);
    connect(driver, &AuthorizeDriver::failed, this, &FlowRun::onAuthorizeFailed);
}

FlowRun::~FlowRun()
{
    m_clientSecret.fill(QLatin1Char('\0'));
}

void FlowRun::setCorrelationId(const QString &id)
{
    if (!id.isEmpty())
        m_correlationId = id;
}

QString FlowRun::correlationIdProblem() const
{
    return CorrelatorRule::problem(m_correlationId);
}

void FlowRun::setPhoneNumber(const QString &number, bool hashed)
{
    m_phoneNumber = number.trimmed();
    m_hashed = hashed;
}

void FlowRun::setRequestTimeoutMs(int ms)
{
    m_http->setTimeoutMs(ms);
}

QStringList FlowRun::secrets() const
{
    QStringList values{m_clientSecret,      m_authorization.code,
                       m_token.accessToken, m_token.refreshToken,
                       m_token.idToken,     QString::fromLatin1(m_clientAssertion.compact)};
    if (m_authorizeRequest.pkce)
        values << m_authorizeRequest.pkce->verifier;
    values.removeAll(QString());
    return values;
}

ExchangeContext FlowRun::context(const QString &step) const
{
    return ExchangeContext{m_runId, m_correlationId, step, m_profile.name};
}

CorrelatorEcho FlowRun::record(HttpExchange exchange, const QString &step)
{
    exchange.runId = m_runId;
    exchange.correlationId = m_correlationId;
    exchange.step = step;
    exchange.profileName = m_profile.name;
    // Only what the run sent itself carries the header (a browser's hops do not).
    const CorrelatorEcho echo = CorrelatorEcho::compare(exchange, m_profile.correlationHeader);
    if (echo.isProblem()) {
        exchange.note = exchange.note.isEmpty()
                            ? echo.describe()
                            : exchange.note + QStringLiteral("; ") + echo.describe();
    }
    emit exchangeRecorded(exchange);
    if (echo.kind != CorrelatorEcho::Kind::NotSent) {
        m_echoes.insert(step, echo);
        emit correlatorEchoChecked(step, echo);
    }
    return echo;
}

void FlowRun::setStage(FlowStage stage, StageState state, const QString &detail)
{
    if (state == StageState::Running)
        m_stageClock.start();
    m_states[int(stage)] = state;
    emit stageChanged(stage, state, detail,
                      state == StageState::Running ? 0 : m_stageClock.elapsed());
}

void FlowRun::finish(FlowOutcome outcome)
{
    const bool verifyAnswered = outcome.stage == FlowStage::Verify &&
                                outcome.kind != FlowOutcome::Kind::NetworkFailure &&
                                outcome.kind != FlowOutcome::Kind::BadInput;
    if (m_chained && m_deviceNumberAfterVerify && verifyAnswered && m_token.ok && !m_heldOutcome) {
        m_heldOutcome = std::move(outcome); // finished() once the device's number is known
        sendDevicePhoneNumberRequest();
        return;
    }
    m_heldOutcome.reset();
    m_busy = false;
    m_chained = false;
    m_outcome = std::move(outcome);
    emit finished(m_outcome);
}

void FlowRun::failStage(FlowStage stage, FlowOutcome::Kind kind, const QString &said,
                        const QString &explanation, int status, const QString &code)
{
    m_authorizeTimer.stop();
    // What a server said is shown, printed and projected: a server that echoes the request
    // (error_description, an error page) must not put this run's secrets there.
    const QString message = Redactor::redactText(said, secrets());
    setStage(stage, StageState::Failed, message);
    FlowOutcome outcome;
    outcome.kind = kind;
    outcome.stage = stage;
    outcome.httpStatus = status;
    outcome.code = code;
    outcome.message = message;
    outcome.explanation = Redactor::redactText(explanation, secrets());
    // A person's refusal on the operator's page is not about the network path.
    const bool refusedByNetwork =
        code == QLatin1String("NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK") ||
        (code == QLatin1String("access_denied") &&
         accessDeniedCause(m_authorization.errorDescription) != AccessDeniedCause::PersonRefused);
    if (refusedByNetwork)
        outcome.networkPath = m_networkPathNote;
    finish(std::move(outcome));
}

void FlowRun::useAccessToken(const QString &accessToken)
{
    m_token = {};
    m_token.ok = true;
    m_token.accessToken = accessToken;
    m_token.tokenType = QStringLiteral("Bearer");
    for (auto stage : {FlowStage::Authorize, FlowStage::Code, FlowStage::Token})
        m_states[int(stage)] = StageState::Done;
}

void FlowRun::start()
{
    if (m_busy)
        return;
    m_chained = true;
    authorize();
}

void FlowRun::authorize()
{
    m_busy = true;
    m_authorization = {};
    m_token = {};
    m_verify = {};
    m_devicePhoneNumber = {};
    m_echoes.clear();
    m_heldOutcome.reset();
    for (auto stage : {FlowStage::Code, FlowStage::Token, FlowStage::Verify})
        m_states[int(stage)] = StageState::Waiting;
    Profile asked = m_profile;
    asked.redirectUri = m_driver->redirectUriFor(m_profile.redirectUri);
    m_authorizeRequest = AuthorizeRequest::create(asked);
    setStage(FlowStage::Authorize, StageState::Running,
             tr("Opening %1").arg(m_profile.authorizeUrl.host()));
    emit authorizeUrlReady(m_authorizeRequest.url);
    m_authorizeTimer.start(m_authorizeTimeoutMs);
    m_driver->start(m_authorizeRequest.url, m_authorizeRequest.redirectUri);
}

void FlowRun::onAuthorizeDeadline()
{
    // Whichever runs out first, this deadline or the request's own timeout, an operator that
    // never answers is one failure with one exit code: a network failure.
    const bool silentOperator = m_driver->awaitingAnswer();
    m_driver->cancel();
    const QString seconds = QString::number(m_authorizeTimeoutMs / 1000.0);
    if (silentOperator) {
        failStage(FlowStage::Authorize, FlowOutcome::Kind::NetworkFailure,
                  tr("No redirect to the redirect URI within %1 s: the operator did not answer "
                     "the last request of the chain.")
                      .arg(seconds),
                  tr("The operator could not be reached in time: check the authorize URL, the "
                     "network and any proxy or firewall in between."));
        return;
    }
    failStage(FlowStage::Authorize, FlowOutcome::Kind::AuthorizeFailed,
              tr("No redirect to the redirect URI within %1 s.").arg(seconds),
              tr("The operator did not finish the authorize chain in time. It may be slow or "
                 "waiting for a person on a page, or the redirect URI may not match the "
                 "profile's."));
}

void FlowRun::onAuthorizeFailed(const QString &reason, bool needsPerson, bool networkFailure)
{
    failStage(
        FlowStage::Authorize,
        networkFailure ? FlowOutcome::Kind::NetworkFailure : FlowOutcome::Kind::AuthorizeFailed,
        reason,
        needsPerson      ? tr("Run the flow in the embedded browser, where a person can "
                                   "answer the page.")
        : networkFailure ? tr("The operator could not be reached: check the authorize URL, "
                              "the network and any proxy or TLS inspection in between.")
                         : tr("The authorize chain stopped before reaching the redirect URI."));
}

void FlowRun::onRedirectReached(const QUrl &url)
{
    m_authorizeTimer.stop();
    setStage(FlowStage::Authorize, StageState::Done, tr("Redirect URI reached"));
    setStage(FlowStage::Code, StageState::Running);
    m_authorization =
        AuthorizationResponse::parse(url, m_authorizeRequest.redirectUri, m_authorizeRequest.state);
    emit codeCaptured(m_authorization);
    if (m_authorization.kind != AuthorizationResponse::Kind::Code) {
        failStage(FlowStage::Code, FlowOutcome::Kind::AuthorizeFailed,
                  m_authorization.kind == AuthorizationResponse::Kind::Error
                      ? m_authorization.error
                      : m_authorization.describe(),
                  m_authorization.describe(), 0, m_authorization.error);
        return;
    }
    setStage(FlowStage::Code, StageState::Done, tr("Code captured, state matches"));
    if (m_chained)
        exchangeCode();
    else
        m_busy = false;
}

void FlowRun::exchangeCode()
{
    if (m_authorization.kind != AuthorizationResponse::Kind::Code) {
        failStage(FlowStage::Token, FlowOutcome::Kind::TokenFailed, tr("No code to exchange."),
                  tr("Run the authorize step first."));
        return;
    }
    m_busy = true;
    setStage(FlowStage::Token, StageState::Running,
             tr("POST %1").arg(m_profile.tokenUrl.toString(QUrl::RemoveQuery)));
    TokenRequestInput input;
    input.tokenUrl = m_profile.tokenUrl;
    input.code = m_authorization.code;
    input.redirectUri = m_authorizeRequest.redirectUri;
    input.clientId = m_profile.clientId;
    input.authMethod = m_profile.tokenAuthMethod;
    if (input.authMethod == TokenAuthMethod::PrivateKeyJwt) {
        if (!signClientAssertion())
            return;
        input.clientAssertion = m_clientAssertion.compact;
    } else {
        input.clientSecret = m_clientSecret;
    }
    if (m_authorizeRequest.pkce)
        input.codeVerifier = m_authorizeRequest.pkce->verifier;
    input.correlationHeader = m_profile.correlationHeader;
    input.correlationId = m_correlationId;
    m_pending = m_http->send(buildTokenRequest(input), context(Step::Token));
    connect(m_pending, &PendingExchange::finished, this, &FlowRun::onTokenAnswer);
}

QString FlowRun::assertionAudience() const
{
    if (m_profile.assertionAudience == AssertionAudience::Issuer)
        return JwksFetch::expectedIssuer(m_profile.authorizeUrl);
    return m_profile.tokenUrl.toString(QUrl::FullyEncoded | QUrl::RemoveFragment);
}

bool FlowRun::signClientAssertion()
{
    m_clientAssertion = {};
    if (!m_clientKey.ok()) {
        failStage(FlowStage::Token, FlowOutcome::Kind::BadInput,
                  tr("The client key cannot sign: %1").arg(m_clientKey.problem),
                  tr("private_key_jwt needs the private key whose public key is registered "
                     "with the operator for this client."));
        return false;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch() + m_assertionClockOffset;
    m_clientAssertion = ClientAssertion::create(m_clientKey.key, m_clientKey.alg,
                                                m_profile.clientId, assertionAudience(), now);
    if (m_clientAssertion.isNull()) {
        failStage(FlowStage::Token, FlowOutcome::Kind::BadInput,
                  tr("The client assertion could not be signed: %1").arg(m_clientAssertion.error),
                  tr("Nothing was sent."));
        return false;
    }
    return true;
}

QString FlowRun::explainRefusedAssertion() const
{
    const QJsonObject &claims = m_clientAssertion.claims;
    return tr("The operator did not accept the client assertion (%1, kid %2, aud %3, valid from "
              "%4 to %5). Check that the public key registered for client \"%6\" is the one with "
              "this kid (nv-cli key show prints it), that the operator expects this aud (the "
              "token endpoint or the issuer), and that this computer's clock is right.")
        .arg(m_clientAssertion.header.value(QLatin1String("alg")).toString(),
             m_clientAssertion.header.value(QLatin1String("kid")).toString(),
             claims.value(QLatin1String("aud")).toString(),
             QDateTime::fromSecsSinceEpoch(claims.value(QLatin1String("iat")).toInteger(), Qt::UTC)
                 .toString(Qt::ISODate),
             QDateTime::fromSecsSinceEpoch(claims.value(QLatin1String("exp")).toInteger(), Qt::UTC)
                 .toString(Qt::ISODate),
             m_profile.clientId);
}

void FlowRun::onTokenAnswer(const HttpExchange &exchange)
{
    m_pending = nullptr;
    if (!exchange.error.isEmpty()) {
        record(exchange, Step::Token);
        failStage(FlowStage::Token, FlowOutcome::Kind::NetworkFailure, exchange.error,
                  tr("The token endpoint could not be reached."));
        return;
    }
    m_token = TokenResponse::parse(exchange.status, exchange.responseBody);
    m_token.clientAssertionHeader = m_clientAssertion.header;
    m_token.clientAssertionClaims = m_clientAssertion.claims;
    // After parsing, so secrets() knows the tokens.
    m_token.correlatorEcho = record(exchange, Step::Token);
    emit tokenReceived(m_token);
    if (!m_token.ok) {
        const bool assertionRefused =
            !m_clientAssertion.isNull() && m_token.error == QLatin1String("invalid_client");
        failStage(FlowStage::Token, FlowOutcome::Kind::TokenFailed, m_token.describe(),
                  assertionRefused          ? explainRefusedAssertion()
                  : m_token.error.isEmpty() ? m_token.problem
                                            : explainOAuthError(m_token.error),
                  exchange.status, m_token.error);
        return;
    }
    setStage(FlowStage::Token, StageState::Done, m_token.describe());
    if (m_chained && !m_phoneNumber.isEmpty())
        verify();
    else if (m_chained)
        finish(FlowOutcome{FlowOutcome::Kind::Cancelled,
                           FlowStage::Verify,
                           0,
                           {},
                           tr("No phone number to verify."),
                           {}});
    else
        m_busy = false;
}

void FlowRun::verify()
{
    if (!m_token.ok) {
        failStage(FlowStage::Verify, FlowOutcome::Kind::TokenFailed, tr("No access token."),
                  tr("Run the authorize and token steps first."));
        return;
    }
    const PhoneNumberCheck check = PhoneNumberCheck::check(m_phoneNumber);
    if (!check.isE164 && !m_allowInvalidNumber) {
        failStage(FlowStage::Verify, FlowOutcome::Kind::BadInput,
                  tr("\"%1\" is not an E.164 number: %2").arg(m_phoneNumber, check.problem),
                  tr("Enter the number as +<country code><number>, e.g. +34666666666, or choose "
                     "to send it anyway to see how the operator answers."));
        return;
    }
    m_busy = true;
    setStage(FlowStage::Verify, StageState::Running,
             tr("POST %1").arg(m_profile.verifyUrl.toString(QUrl::RemoveQuery)));
    VerifyRequestInput input;
    input.verifyUrl = m_profile.verifyUrl;
    input.accessToken = m_token.accessToken;
    input.phoneNumber = m_phoneNumber;
    input.hashed = m_hashed;
    input.correlationHeader = m_profile.correlationHeader;
    input.correlationId = m_correlationId;
    m_pending = m_http->send(buildVerifyRequest(input), context(Step::Verify));
    connect(m_pending, &PendingExchange::finished, this, &FlowRun::onVerifyAnswer);
}

void FlowRun::onVerifyAnswer(const HttpExchange &exchange)
{
    m_pending = nullptr;
    const CorrelatorEcho echo = record(exchange, Step::Verify);
    if (!exchange.error.isEmpty()) {
        failStage(FlowStage::Verify, FlowOutcome::Kind::NetworkFailure, exchange.error,
                  tr("The verify endpoint could not be reached."));
        return;
    }
    m_verify = VerifyResponse::parse(exchange.status, exchange.responseBody);
    m_verify.correlatorEcho = echo;
    if (m_verify.error) {
        m_verify.error->retryAfter = QString::fromLatin1(exchange.responseHeader("Retry-After"));
        m_verify.error->setCall(m_verify.error->neededScope, grantedScope());
    }
    emit verifyFinished(m_verify);

    FlowOutcome outcome;
    outcome.stage = FlowStage::Verify;
    outcome.httpStatus = exchange.status;
    switch (m_verify.kind) {
    case VerifyResponse::Kind::Verified:
    case VerifyResponse::Kind::NotVerified:
        outcome.kind = m_verify.kind == VerifyResponse::Kind::Verified
                           ? FlowOutcome::Kind::Verified
                           : FlowOutcome::Kind::NotVerified;
        outcome.message = m_verify.describe();
        setStage(FlowStage::Verify, StageState::Done, outcome.message);
        finish(std::move(outcome));
        return;
    case VerifyResponse::Kind::ApiError:
        failStage(FlowStage::Verify, FlowOutcome::Kind::ApiError, m_verify.error->message,
                  m_verify.error->explanation() + QLatin1Char(' ') + m_verify.error->advice(),
                  exchange.status, m_verify.error->code);
        return;
    case VerifyResponse::Kind::Unreadable:
        break;
    }
    failStage(FlowStage::Verify, FlowOutcome::Kind::ApiError, m_verify.problem,
              tr("The operator's answer does not follow the Number Verification API."),
              exchange.status);
}

QString FlowRun::grantedScope() const
{
    // RFC 6749 5.1: a token answer without scope grants the scope that was asked for. A token
    // given from outside (no token answer) has a scope nobody here knows.
    if (m_token.json.isEmpty())
        return m_token.scope;
    return m_token.scope.isEmpty() ? m_profile.scope : m_token.scope;
}

void FlowRun::fetchDevicePhoneNumber()
{
    if (m_busy)
        return;
    m_devicePhoneNumber = {};
    if (!m_token.ok) {
        m_devicePhoneNumber.problem = tr("No access token: run the authorize and token steps "
                                         "first.");
        emit devicePhoneNumberFinished(m_devicePhoneNumber);
        return;
    }
    m_busy = true;
    sendDevicePhoneNumberRequest();
}

void FlowRun::sendDevicePhoneNumberRequest()
{
    m_devicePhoneNumber = {};
    DevicePhoneNumberRequestInput input;
    input.verifyUrl = m_profile.verifyUrl;
    input.accessToken = m_token.accessToken;
    input.correlationHeader = m_profile.correlationHeader;
    input.correlationId = m_correlationId;
    m_pending =
        m_http->send(buildDevicePhoneNumberRequest(input), context(Step::DevicePhoneNumber));
    connect(m_pending, &PendingExchange::finished, this, &FlowRun::onDevicePhoneNumberAnswer);
}

void FlowRun::onDevicePhoneNumberAnswer(const HttpExchange &exchange)
{
    m_pending = nullptr;
    if (!m_heldOutcome)
        m_busy = false; // otherwise the run ends below, with verify's outcome
    const CorrelatorEcho echo = record(exchange, Step::DevicePhoneNumber);
    if (!exchange.error.isEmpty()) {
        m_devicePhoneNumber.problem = exchange.error;
    } else {
        m_devicePhoneNumber =
            DevicePhoneNumberResponse::parse(exchange.status, exchange.responseBody);
        if (m_devicePhoneNumber.error) {
            m_devicePhoneNumber.error->retryAfter =
                QString::fromLatin1(exchange.responseHeader("Retry-After"));
            m_devicePhoneNumber.error->setCall(m_devicePhoneNumber.error->neededScope,
                                               grantedScope());
        }
    }
    m_devicePhoneNumber.correlatorEcho = echo;
    emit devicePhoneNumberFinished(m_devicePhoneNumber);
    if (m_heldOutcome) {
        FlowOutcome outcome = std::move(*m_heldOutcome);
        finish(std::move(outcome)); // m_heldOutcome still set: finish() does not ask again
    }
}

void FlowRun::cancel()
{
    if (!m_busy)
        return;
    m_authorizeTimer.stop();
    if (m_driver)
        m_driver->cancel();
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->cancel();
        m_pending = nullptr;
    }
    for (int i = 0; i < int(m_states.size()); ++i) {
        if (m_states[i] == StageState::Running)
            setStage(FlowStage(i), StageState::Cancelled);
    }
    finish(FlowOutcome{FlowOutcome::Kind::Cancelled,
                       FlowStage::Authorize,
                       0,
                       {},
                       tr("Cancelled by the person."),
                       {}});
}

} // namespace nv
