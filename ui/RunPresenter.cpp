#include "RunPresenter.h"

#include "BrowserPane.h"
#include "FlowPanel.h"
#include "PhonePane.h"
#include "ProfilePanel.h"
#include "ResultPanel.h"
#include "SystemBrowserDriver.h"
#include "TokenInspector.h"
#include "flow/FlowRun.h"
#include "flow/IdTokenCheck.h"
#include "network/NetworkPathProbe.h"
#include "relay/CrossDeviceDriver.h"
#include "sandbox/SandboxHost.h"

#include <QTabWidget>
#include <QTimer>

namespace nv {

RunPresenter::RunPresenter(RunSession *session, const Panels &panels, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_panels(panels)
{
    FlowPanel *flow = panels.flow;
    connect(flow, &FlowPanel::runRequested, this, &RunPresenter::startRun);
    connect(flow, &FlowPanel::nextStepRequested, this, &RunPresenter::nextStep);
    connect(flow, &FlowPanel::cancelRequested, this, &RunPresenter::cancelRun);
    connect(flow, &FlowPanel::newFlowRequested, this, &RunPresenter::newFlow);
    connect(flow, &FlowPanel::authorizeRequested, this, &RunPresenter::authorizeStep);
    connect(flow, &FlowPanel::exchangeRequested, this, &RunPresenter::exchangeStep);
    connect(flow, &FlowPanel::verifyRequested, this, &RunPresenter::verifyAgain);
    connect(flow, &FlowPanel::devicePhoneNumberRequested, this,
            &RunPresenter::fetchDevicePhoneNumber);
    connect(panels.profile, &ProfilePanel::profileChanged, this, &RunPresenter::onProfileChanged);

    connect(session, &RunSession::runCreated, this, &RunPresenter::onRunCreated);
    connect(session, &RunSession::notStarted, this, &RunPresenter::onNotStarted);
    connect(session, &RunSession::idTokenCheckStarted, panels.tokens,
            &TokenInspector::setIdTokenChecking);
    connect(session, &RunSession::idTokenChecked, panels.tokens, &TokenInspector::setIdTokenCheck);
    connect(session, &RunSession::sandboxReady, this, [this] {
        m_panels.profile->setSandboxBaseUrl(m_session->sandbox()->baseUrl());
        emit statusChanged();
    });
    connect(session, &RunSession::sandboxFailed, this, &RunPresenter::onSandboxFailed);
}

void RunPresenter::showTab(QWidget *content)
{
    // The tab that holds the content (directly, or inside a scroll area).
    for (int i = 0; i < m_panels.detailTabs->count(); ++i) {
        QWidget *tab = m_panels.detailTabs->widget(i);
        if (tab == content || tab->isAncestorOf(content)) {
            m_panels.detailTabs->setCurrentIndex(i);
            return;
        }
    }
}

RunRequest RunPresenter::requestFromPanels() const
{
    RunRequest request;
    request.profile = m_panels.profile->currentProfile();
    request.phoneNumber = m_panels.flow->phoneNumber();
    request.hashed = m_panels.flow->sendHashed();
    request.allowInvalidNumber = m_panels.flow->sendInvalidNumber();
    request.correlationId = m_panels.flow->correlationId();
    request.driver = m_panels.flow->driver();
    request.driverOptions.relayUrl = request.profile.relayUrl;
    return request;
}

void RunPresenter::start(RunSession::Mode mode)
{
    m_verifying = false;
    m_session->start(requestFromPanels(), mode);
}

void RunPresenter::startRun()
{
    start(RunSession::Mode::WholeFlow);
}

void RunPresenter::authorizeStep()
{
    start(RunSession::Mode::AuthorizeStep);
}

void RunPresenter::exchangeStep()
{
    FlowRun *run = m_session->currentRun();
    if (!run || run->isBusy() || run->authorization().kind != AuthorizationResponse::Kind::Code)
        return;
    m_stepping = true;
    m_panels.result->showStep(tr("Step 3 of 4"),
                              tr("Token: the code and the client secret go to the token "
                                 "endpoint."));
    setRunning(true);
    m_session->exchangeCode();
}

void RunPresenter::nextStep()
{
    if (m_session->isBusy())
        return;
    switch (m_session->nextStep()) {
    case RunSession::NextStep::Verify:
        verifyAgain();
        return;
    case RunSession::NextStep::Exchange:
        exchangeStep();
        return;
    case RunSession::NextStep::Authorize:
        break;
    }
    authorizeStep();
}

void RunPresenter::verifyAgain()
{
    FlowRun *run = m_session->currentRun();
    if (!run || run->isBusy() || !run->token().ok)
        return;
    m_verifying = true;
    const QString number = m_panels.flow->phoneNumber();
    if (auto problem = RunSession::checkNumber(number, m_panels.flow->sendInvalidNumber())) {
        onNotStarted(*problem);
        return;
    }
    m_panels.flow->setMessage(QString(), false);
    m_panels.result->showRunning(number);
    setRunning(true);
    m_session->verifyAgain(number, m_panels.flow->sendHashed(), m_panels.flow->sendInvalidNumber());
}

void RunPresenter::fetchDevicePhoneNumber()
{
    FlowRun *run = m_session->currentRun();
    if (!run || run->isBusy() || !run->token().ok)
        return;
    m_panels.flow->setDevicePhoneNumberRunning();
    setRunning(true);
    m_session->fetchDevicePhoneNumber();
}

void RunPresenter::cancelRun()
{
    m_session->cancel();
}

void RunPresenter::newFlow()
{
    // Everything of the last run goes: its browser session (the run owns its off-the-record
    // profile), its token, its correlation id. The number and the profile stay.
    m_session->clear();
    emit pageSettled();
    m_stepping = false;
    m_panels.flow->setCorrelationId(QString());
    m_panels.flow->clearRun();
    m_panels.flow->setBusy(false);
    m_panels.profile->setLocked(false);
    m_panels.tokens->clear();
    m_panels.browser->reset();
    m_panels.phone->reset();
    m_panels.result->showIdle();
    emit runShown(QString());
    emit statusChanged();
}

// --- a run starts ------------------------------------------------------------------------------

void RunPresenter::onRunCreated(FlowRun *run, RunSession::Mode mode)
{
    wireBrowser(run);
    wirePhone(run);
    wireSystemBrowser(run);
    connect(run, &FlowRun::stageChanged, m_panels.flow, &FlowPanel::setStage);
    connect(run, &FlowRun::stageChanged, this,
            [this](FlowStage stage, StageState state) { onStageChanged(stage, state); });
    connect(run, &FlowRun::codeCaptured, this, &RunPresenter::onCodeCaptured);
    connect(run, &FlowRun::correlatorEchoChecked, this,
            [this](const QString &step, const CorrelatorEcho &echo) {
                if (!echo.isProblem())
                    return;
                const auto stage = step == QLatin1String("token")    ? FlowStage::Token
                                   : step == QLatin1String("verify") ? FlowStage::Verify
                                                                     : std::optional<FlowStage>();
                if (stage)
                    m_panels.flow->addStageWarning(*stage, echo.describe());
            });
    connect(run, &FlowRun::tokenReceived, this, &RunPresenter::onTokenReceived);
    connect(run, &FlowRun::finished, this, &RunPresenter::onRunFinished);
    connect(run, &FlowRun::devicePhoneNumberFinished, this,
            [this](const DevicePhoneNumberResponse &response) {
                m_panels.flow->setDevicePhoneNumber(response);
                updateRunState();
            });

    m_panels.flow->resetRun(run->correlationId());
    warnAboutNetworkPath(run);
    m_panels.tokens->clear();
    m_panels.browser->reset();
    m_panels.phone->reset();
    emit runShown(run->correlationId());
    emit statusChanged();

    m_stepping = mode == RunSession::Mode::AuthorizeStep;
    if (m_stepping)
        m_panels.result->showStep(tr("Step 1 of 4"),
                                  tr("Authorize: the operator's page opens in the embedded "
                                     "browser and the network recognises the SIM."));
    else
        m_panels.result->showRunning(run->phoneNumber());
    setRunning(true);
}

void RunPresenter::wireBrowser(FlowRun *run)
{
    AuthorizeDriver *driver = run->driver();
    connect(driver, &AuthorizeDriver::hop, m_panels.browser, &BrowserPane::addHop);
    // Only the embedded browser shows pages; other drivers never emit these.
    connect(driver, &AuthorizeDriver::pageOpened, this, [this, driver] {
        m_panels.browser->showPage(driver);
        showTab(m_panels.browser);
    });
    connect(driver, &AuthorizeDriver::pageLoaded, this, [this, run](bool ok) {
        if (ok)
            onPageLoaded(run);
    });
}

void RunPresenter::warnAboutNetworkPath(FlowRun *run)
{
    // Against a real operator, from this machine: say now when its path cannot carry a SIM's
    // authentication, rather than after the operator refuses. A phone brings its own path.
    m_networkWarning.clear();
    if (run->profile().sandbox || qobject_cast<CrossDeviceDriver *>(run->driver()))
        return;
    const NetworkPathProbe *probe = m_session->networkPath();
    if (!probe->hasPath() || probe->verdict().kind != NetworkPathVerdict::Kind::Cannot)
        return;
    m_networkWarning = tr("Network path: %1").arg(probe->verdict().sentence);
    m_panels.flow->setMessage(m_networkWarning, true);
}

void RunPresenter::wirePhone(FlowRun *run)
{
    auto *phone = qobject_cast<CrossDeviceDriver *>(run->driver());
    if (!phone)
        return;
    connect(phone, &CrossDeviceDriver::showToPhone, this, [this, run, phone](const QUrl &url) {
        m_panels.phone->showRequest(url, run->authorizeTimeoutMs() / 1000,
                                    phone->pickup()->isActive());
        showTab(m_panels.phone);
        m_panels.result->showStep(tr("Waiting for the phone"),
                                  tr("Scan the QR code with a phone on mobile data. The "
                                     "operator recognises the SIM by that connection."));
        emit pageNeedsRoom();
    });
    connect(m_panels.phone, &PhonePane::pasted, phone, [this, phone](const QString &text) {
        m_panels.phone->setPasteProblem(phone->acceptPasted(text));
    });
    connect(run, &FlowRun::codeCaptured, m_panels.phone, [this] {
        m_panels.phone->showEnded(tr("The phone's answer is here: the code went on to the "
                                     "token step."));
    });
}

void RunPresenter::wireSystemBrowser(FlowRun *run)
{
    if (!qobject_cast<SystemBrowserDriver *>(run->driver()))
        return;
    connect(run, &FlowRun::authorizeUrlReady, this, [this, run] {
        showTab(m_panels.browser);
        m_panels.browser->showMessage(
            tr("The authorize URL is open in your default browser.\nThe console waits for it "
               "to come back to %1.")
                .arg(run->authorizeRequest().redirectUri.toString(QUrl::RemoveQuery)));
    });
}

void RunPresenter::onPageLoaded(FlowRun *run)
{
    // A page that stays put while authorize runs waits for the person: say so above it.
    if (run != m_session->currentRun() ||
        run->stageState(FlowStage::Authorize) != StageState::Running)
        return;
    m_panels.browser->setBanner(tr("The operator shows a page and waits for an answer: answer "
                                   "it here to continue."),
                                false);
    m_panels.result->showStep(tr("Waiting for you"),
                              tr("The operator's page in the embedded browser needs an answer "
                                 "(e.g. Allow) before the flow can go on."));
    emit pageNeedsRoom();
}

// --- a run does not start ------------------------------------------------------------------

void RunPresenter::onNotStarted(const RunProblem &problem)
{
    const QString text = describe(problem);
    if (text.isEmpty())
        return;
    const bool waits = problem.willStartLater() && problem.kind != RunProblem::Kind::SecretLoading;
    m_panels.flow->setMessage(text, !waits);
    if (waits || !m_session->currentRun())
        return; // nothing of an earlier run on screen
    // The person asked for a new attempt: what the screen shows of an earlier one goes or is
    // marked as earlier, beside the reason this one did not start.
    m_panels.result->showNotStarted(m_verifying ? tr("Not sent") : tr("Not started"), text);
    m_panels.flow->markPrevious();
}

QString RunPresenter::describe(const RunProblem &problem) const
{
    const QString number = m_panels.flow->phoneNumber();
    switch (problem.kind) {
    case RunProblem::Kind::NoNumber:
        return tr("Enter the phone number to verify first.");
    case RunProblem::Kind::BadNumber:
        return m_verifying
                   ? tr("Not sent: \"%1\" is not an E.164 number (%2).").arg(number, problem.detail)
                   : tr("Not started: \"%1\" is not an E.164 number (%2). Correct it, "
                        "or tick \"Send it anyway\".")
                         .arg(number, problem.detail);
    case RunProblem::Kind::SandboxStarting:
        return tr("The built-in sandbox is still starting; the run begins as soon as it is "
                  "ready.");
    case RunProblem::Kind::SandboxFailed:
        return tr("The built-in sandbox could not start: %1").arg(problem.detail);
    case RunProblem::Kind::NoSecret:
    case RunProblem::Kind::SecretLoading:
        if (m_panels.profile->currentProfile().tokenAuthMethod == TokenAuthMethod::PrivateKeyJwt)
            return tr("Not started: this profile's private key is not in this computer's "
                      "keychain. Make or import one in the Client key row.");
        return tr("Not started: this profile has no client secret. Enter it in the Client "
                  "secret field.");
    case RunProblem::Kind::DriverUnavailable:
        return tr("Not started: %1 Choose another way in \"Authorize with\" (plain HTTP, the "
                  "system browser or a phone).")
            .arg(problem.detail);
    case RunProblem::Kind::ProfileInvalid:
    case RunProblem::Kind::RelayProblem:
        return tr("Not started: %1").arg(problem.detail);
    case RunProblem::Kind::Busy:
    case RunProblem::Kind::NoToken:
        break; // the buttons that would ask for these are disabled
    }
    return {};
}

void RunPresenter::onProfileChanged()
{
    // A waiting start was for the previous profile, and the last run's token belongs to the
    // previous operator: "Verify" would mix the two.
    m_session->dropWaitingStart();
    const Profile profile = m_panels.profile->currentProfile();
    if (profile.name != m_driverProfile || profile.authorizeWith != m_driverDefault) {
        m_driverProfile = profile.name;
        m_driverDefault = profile.authorizeWith;
        m_panels.flow->setDriver(profile.authorizeWith);
    }
    FlowRun *run = m_session->currentRun();
    const bool sameOperator = run && !run->isBusy() && run->profile().name == profile.name;
    m_panels.flow->setCanVerify(sameOperator && run->token().ok);
    m_panels.flow->setCanExchange(sameOperator &&
                                  run->authorization().kind == AuthorizationResponse::Kind::Code);
    m_panels.flow->setMessage(QString(), false);
    if (profile.sandbox && !m_session->sandboxProblem().isEmpty())
        onSandboxFailed(m_session->sandboxProblem());
    emit statusChanged();
}

void RunPresenter::onSandboxFailed(const QString &reason)
{
    emit statusChanged();
    if (m_panels.profile->currentProfile().sandbox)
        onNotStarted({RunProblem::Kind::SandboxFailed, reason, {}});
}

// --- a run goes on -------------------------------------------------------------------------

void RunPresenter::setRunning(bool running)
{
    m_panels.flow->setBusy(running);
    m_panels.profile->setLocked(running);
}

void RunPresenter::updateRunState()
{
    FlowRun *run = m_session->currentRun();
    if (!run)
        return;
    setRunning(run->isBusy());
    m_panels.flow->setCanExchange(run->authorization().kind == AuthorizationResponse::Kind::Code);
    m_panels.flow->setCanVerify(run->token().ok);
}

void RunPresenter::onStageChanged(FlowStage stage, StageState state)
{
    // The run clears its busy flag after it reports a step done: look once it has.
    QTimer::singleShot(
        0, this, [this, stage, state, run = QPointer<FlowRun>(m_session->currentRun())] {
            if (!run || run != m_session->currentRun())
                return;
            updateRunState();
            if (!m_stepping || state != StageState::Done || run->isBusy())
                return;
            if (stage == FlowStage::Code)
                m_panels.result->showStep(tr("Step 2 of 4 done"),
                                          tr("The code is caught. Next step: exchange it for a "
                                             "token (F10)."));
            else if (stage == FlowStage::Token)
                m_panels.result->showStep(tr("Step 3 of 4 done"),
                                          tr("The access token is here (see the token inspector). "
                                             "Next step: verify the number (F10)."));
        });
}

void RunPresenter::onCodeCaptured(const AuthorizationResponse &response)
{
    emit pageSettled();
    FlowRun *run = m_session->currentRun();
    if (run && run->isBusy() && !m_stepping)
        m_panels.result->showRunning(run->phoneNumber());
    m_panels.tokens->setCode(response);
    m_panels.browser->setBanner(QString(), false);
    if (run)
        m_panels.browser->markRedirectReached(run->authorizeRequest().redirectUri);
    // The browser stopped at the redirect URI and its page is blank: say why instead.
    m_panels.browser->showMessage(
        response.kind == AuthorizationResponse::Kind::Code
            ? tr("The operator sent the browser back to the redirect URI with a code.\nThe "
                 "browser's part of the flow is done.")
            : tr("The operator sent the browser back to the redirect URI without a code:\n%1")
                  .arg(response.describe()));
}

void RunPresenter::onTokenReceived(const TokenResponse &token)
{
    FlowRun *run = m_session->currentRun();
    if (!run)
        return;
    m_panels.tokens->setToken(token, run->profile().scope);
    if (token.ok)
        showTab(m_panels.tokens);
}

void RunPresenter::onRunFinished(const FlowOutcome &outcome)
{
    FlowRun *run = m_session->currentRun();
    if (!run)
        return;
    emit pageSettled();
    updateRunState();
    setRunning(false);
    const VerifyResponse *verify =
        outcome.stage == FlowStage::Verify && run->verifyResponse().httpStatus > 0
            ? &run->verifyResponse()
            : nullptr;
    m_panels.result->showOutcome(outcome, verify, run->phoneNumber());
    switch (outcome.kind) {
    case FlowOutcome::Kind::Verified:
    case FlowOutcome::Kind::NotVerified:
        m_panels.flow->setMessage(QString(), false);
        break;
    case FlowOutcome::Kind::Cancelled:
        m_panels.flow->setMessage(outcome.message, false);
        m_panels.browser->setBanner(QString(), false);
        // A page of the cancelled run would still look answerable, and answering it does
        // nothing: it goes.
        if (outcome.stage == FlowStage::Authorize)
            m_panels.browser->showMessage(tr("The run was cancelled: its operator page was "
                                             "closed. Run the flow again for a new one."));
        break;
    default:
        // Short: the result says why and what to do; this only marks where the run stopped.
        // The network warning stays: it is often the reason.
        m_panels.flow->setMessage(
            tr("Stopped at the %1 step.").arg(flowStageName(outcome.stage).toLower()) +
                (m_networkWarning.isEmpty() ? QString() : QLatin1Char('\n') + m_networkWarning),
            true);
        break;
    }
    showWhereAuthorizeStopped(outcome);
}

void RunPresenter::showWhereAuthorizeStopped(const FlowOutcome &outcome)
{
    if (outcome.stage != FlowStage::Authorize ||
        (outcome.kind != FlowOutcome::Kind::AuthorizeFailed &&
         outcome.kind != FlowOutcome::Kind::NetworkFailure))
        return;
    // Where the chain stopped, on the browser itself: that is where the person looks.
    const QUrl last = m_panels.browser->lastHopUrl();
    m_panels.browser->setBanner(
        tr("The chain stopped%1 without reaching the redirect URI %2.\n%3")
            .arg(
                last.isEmpty() ? QString() : tr(" at %1").arg(last.toString(QUrl::RemoveQuery)),
                m_session->currentRun()->authorizeRequest().redirectUri.toString(QUrl::RemoveQuery),
                outcome.message),
        true);
    showTab(m_panels.browser);
}

} // namespace nv
