#pragma once

#include "AuthorizationResponse.h"
#include "AuthorizeDriver.h"
#include "AuthorizeRequest.h"
#include "CorrelatorEcho.h"
#include "DevicePhoneNumberExchange.h"
#include "FlowOutcome.h"
#include "TokenExchange.h"
#include "VerifyExchange.h"
#include "http/HttpExchange.h"
#include "jose/ClientAssertion.h"
#include "jose/ClientKey.h"
#include "profile/Profile.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <array>
#include <memory>
#include <optional>

namespace nv {

class HttpClient;
class PendingExchange;

// One flow run: authorize → code → token → verify under one correlation id. Runs all at once
// (start) or a step at a time; every exchange is handed out raw through exchangeRecorded()
// for the request log, which redacts it with secrets().
class FlowRun : public QObject
{
    Q_OBJECT
public:
    // profile: already resolved (sandbox URLs filled in). Takes ownership of the driver.
    // clientSecret: the client's credential: its secret, or for private_key_jwt its private
    // key (PEM or JWK text), checked against the profile's key with ClientKey::load().
    FlowRun(const Profile &profile, const QString &clientSecret, AuthorizeDriver *driver,
            QObject *parent = nullptr);
    ~FlowRun() override;

    QString runId() const { return m_runId; }
    QString correlationId() const { return m_correlationId; }
    // A typed id is sent as typed, even one that breaks CAMARA's rule (on purpose, to see the
    // operator's answer); correlationIdProblem() says what is wrong with it, in words.
    void setCorrelationId(const QString &id);
    QString correlationIdProblem() const;
    const Profile &profile() const { return m_profile; }
    AuthorizeDriver *driver() const { return m_driver; }

    void setPhoneNumber(const QString &number, bool hashed = false);
    QString phoneNumber() const { return m_phoneNumber; }
    // Sends a number that is not E.164 anyway (the person was warned).
    void setAllowInvalidNumber(bool allow) { m_allowInvalidNumber = allow; }
    void setAuthorizeTimeoutMs(int ms) { m_authorizeTimeoutMs = ms; }
    int authorizeTimeoutMs() const { return m_authorizeTimeoutMs; }
    // How this machine reached the network when the run started, in words: quoted when the
    // operator refuses the run because it did not come over a SIM's mobile data.
    void setNetworkPathNote(const QString &note) { m_networkPathNote = note; }
    void setRequestTimeoutMs(int ms);
    // private_key_jwt: sign the assertion as if the clock were this many seconds ahead (or
    // behind, when negative), to see how the operator treats a skewed client clock.
    void setAssertionClockOffsetSeconds(int seconds) { m_assertionClockOffset = seconds; }
    // private_key_jwt: the key that signs, or why it cannot (shown before any request).
    const ClientKey &clientKey() const { return m_clientKey; }
    // private_key_jwt: the aud the assertion names (the token endpoint or the issuer).
    QString assertionAudience() const;
    // private_key_jwt: the assertion of the last token request, decoded (header and claims;
    // also on token()); empty before the token step and for the other methods.
    QJsonObject clientAssertionHeader() const { return m_clientAssertion.header; }
    QJsonObject clientAssertionClaims() const { return m_clientAssertion.claims; }

    // For a token obtained elsewhere: skips authorize and token, verify() uses it.
    void useAccessToken(const QString &accessToken);

    void start(); // authorize, then token, then verify
    void authorize();
    void exchangeCode();
    void verify();
    // GET device-phone-number with the current token (needs the scope
    // number-verification:device-phone-number:read). Touches no stage and does not end the run:
    // devicePhoneNumberFinished() answers.
    void fetchDevicePhoneNumber();
    // start(): after verify has answered (whatever it said, as long as there is a token), ask
    // for the device's number too, then finish with verify's outcome. devicePhoneNumberFinished()
    // comes before finished().
    void setFetchDevicePhoneNumberAfterVerify(bool fetch) { m_deviceNumberAfterVerify = fetch; }
    void cancel();

    bool isBusy() const { return m_busy; }
    StageState stageState(FlowStage stage) const { return m_states[int(stage)]; }
    const AuthorizeRequest &authorizeRequest() const { return m_authorizeRequest; }
    const AuthorizationResponse &authorization() const { return m_authorization; }
    const TokenResponse &token() const { return m_token; }
    const VerifyResponse &verifyResponse() const { return m_verify; }
    const FlowOutcome &outcome() const { return m_outcome; }
    const DevicePhoneNumberResponse &devicePhoneNumber() const { return m_devicePhoneNumber; }
    // The last echo check of a step (Step::Token, Step::Verify, Step::DevicePhoneNumber); NotSent
    // when the step has not been answered or sent no correlation header.
    CorrelatorEcho correlatorEcho(const QString &step) const { return m_echoes.value(step); }
    // Values the log must never store: client secret or private key, client assertion, code,
    // verifier, tokens.
    QStringList secrets() const;

signals:
    void stageChanged(nv::FlowStage stage, nv::StageState state, const QString &detail,
                      qint64 elapsedMs);
    void exchangeRecorded(const nv::HttpExchange &raw);
    void authorizeUrlReady(const QUrl &url);
    void codeCaptured(const nv::AuthorizationResponse &response);
    void tokenReceived(const nv::TokenResponse &token);
    void verifyFinished(const nv::VerifyResponse &response);
    void devicePhoneNumberFinished(const nv::DevicePhoneNumberResponse &response);
    // An answer to a request that carried the profile's correlation header was compared with
    // it (before the step's own signal). echo.isProblem(): the operator dropped or rewrote it;
    // the exchange's note says so in the log too.
    void correlatorEchoChecked(const QString &step, const nv::CorrelatorEcho &echo);
    // Once per start(), or per step when run a step at a time and that step ends the run.
    void finished(const nv::FlowOutcome &outcome);

private:
    void setStage(FlowStage stage, StageState state, const QString &detail = {});
    void finish(FlowOutcome outcome);
    void failStage(FlowStage stage, FlowOutcome::Kind kind, const QString &said,
                   const QString &explanation, int status = 0, const QString &code = {});
    ExchangeContext context(const QString &step) const;
    // Stamps and hands out the exchange; returns how its answer echoed the correlation id.
    CorrelatorEcho record(HttpExchange exchange, const QString &step);
    void sendDevicePhoneNumberRequest();
    void onRedirectReached(const QUrl &url);
    void onAuthorizeDeadline();
    void onAuthorizeFailed(const QString &reason, bool needsPerson, bool networkFailure);
    bool signClientAssertion();
    QString explainRefusedAssertion() const;
    QString grantedScope() const; // the scope the current token was granted, when known
    void onTokenAnswer(const HttpExchange &exchange);
    void onVerifyAnswer(const HttpExchange &exchange);
    void onDevicePhoneNumberAnswer(const HttpExchange &exchange);

    Profile m_profile;
    QString m_clientSecret;
    ClientKey m_clientKey;
    ClientAssertion m_clientAssertion;
    int m_assertionClockOffset = 0;
    QPointer<AuthorizeDriver> m_driver;
    HttpClient *m_http;
    QPointer<PendingExchange> m_pending;
    QTimer m_authorizeTimer;
    QElapsedTimer m_stageClock;

    QString m_runId;
    QString m_correlationId;
    QString m_phoneNumber;
    bool m_hashed = false;
    bool m_allowInvalidNumber = false;
    bool m_chained = false; // start(): continue to the next stage on success
    bool m_busy = false;
    int m_authorizeTimeoutMs = 60000;
    QString m_networkPathNote;

    std::array<StageState, 4> m_states{StageState::Waiting, StageState::Waiting,
                                       StageState::Waiting, StageState::Waiting};
    AuthorizeRequest m_authorizeRequest;
    AuthorizationResponse m_authorization;
    TokenResponse m_token;
    VerifyResponse m_verify;
    FlowOutcome m_outcome;
    DevicePhoneNumberResponse m_devicePhoneNumber;
    QMap<QString, CorrelatorEcho> m_echoes; // by step
    bool m_deviceNumberAfterVerify = false;
    std::optional<FlowOutcome> m_heldOutcome; // verify's, while device-phone-number is asked
};

} // namespace nv
