#include "FlowPanel.h"

#include "DriverChoices.h"
#include "ElidedLabel.h"
#include "NumberAdviceLoader.h"
#include "UiStyle.h"
#include "WrappingLabel.h"
#include "flow/CorrelatorRule.h"
#include "flow/DevicePhoneNumberExchange.h"
#include "phone/PhoneNumberCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace nv {

namespace {
QString countryName(const QString &regionCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
    return territory == QLocale::AnyTerritory ? regionCode : QLocale::territoryToString(territory);
}

// Milliseconds while short, seconds once a person would count them.
QString durationText(qint64 ms)
{
    return ms >= 1000 ? FlowPanel::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1)
                      : FlowPanel::tr("%1 ms").arg(ms);
}

QLabel *wrappedHint(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new WrappingLabel(text, parent);
    label->setObjectName(objectName);
    UiStyle::setHint(label);
    return label;
}
} // namespace

FlowPanel::FlowPanel(QWidget *parent)
    : QWidget(parent)
    , m_tick(new QTimer(this))
{
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_runningStage >= 0)
            m_stages[m_runningStage].duration->setText(
                tr("%1 s").arg(double(m_runningFor.elapsed()) / 1000.0, 0, 'f', 1));
    });
    setObjectName(QStringLiteral("flowPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::Margin, UiStyle::Margin, UiStyle::Margin, UiStyle::Margin);
    layout->setSpacing(UiStyle::Spacing);
    layout->addWidget(UiStyle::sectionTitle(tr("Number to verify"), this));
    layout->addLayout(buildInputs());
    buildButtons(layout);
    layout->addSpacing(UiStyle::Spacing);
    layout->addWidget(UiStyle::sectionTitle(tr("The flow, step by step"), this));
    layout->addLayout(buildStepper());
    layout->addWidget(buildDeviceSection());
    layout->addStretch(1);
    connectControls();
    updatePhoneCheck();
    updateButtons();
}

QFormLayout *FlowPanel::buildInputs()
{
    auto *inputs = new QFormLayout;
    inputs->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    inputs->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    inputs->setHorizontalSpacing(UiStyle::Spacing);
    inputs->setVerticalSpacing(4);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneNumber"));
    m_phone->setPlaceholderText(tr("+34666666666"));
    m_phoneCheck = new WrappingLabel(this);
    m_phoneCheck->setObjectName(QStringLiteral("phoneCheck"));
    m_sendInvalid = new QCheckBox(tr("Send it anyway, to see how the operator answers"), this);
    m_sendInvalid->setObjectName(QStringLiteral("sendInvalidNumber"));
    m_sendInvalid->hide();
    m_hashed = new QCheckBox(tr("Send hashed (hashedPhoneNumber, SHA-256)"), this);
    m_hashed->setObjectName(QStringLiteral("sendHashed"));
    m_hashed->setToolTip(tr("The operator compares the hash with the SIM's number: the number "
                            "itself never leaves this machine."));
    m_hash = new WrappingLabel(this);
    m_hash->setObjectName(QStringLiteral("phoneHash"));
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiStyle::setHint(m_hash);
    m_hash->hide();
    m_correlation = new QLineEdit(this);
    m_correlation->setObjectName(QStringLiteral("correlationId"));
    m_correlation->setPlaceholderText(tr("Empty: a new UUID for every run"));
    m_correlation->setClearButtonEnabled(true);
    inputs->addRow(tr("Phone number"), m_phone);
    inputs->addRow(QString(), m_phoneCheck);
    m_tidy = new QPushButton(this);
    m_tidy->setObjectName(QStringLiteral("phoneTidyButton"));
    m_tidy->setToolTip(tr("The number without its spaces and separators, in E.164"));
    m_tidy->hide();
    connect(m_tidy, &QPushButton::clicked, this, [this] {
        m_phone->setText(m_tidy->property("nvNumber").toString());
        m_phone->setFocus();
    });
    inputs->addRow(QString(), m_tidy);
    inputs->addRow(QString(), m_sendInvalid);
    inputs->addRow(QString(), m_hashed);
    inputs->addRow(QString(), m_hash);
    m_correlationCheck = new WrappingLabel(this);
    m_correlationCheck->setObjectName(QStringLiteral("correlationCheck"));
    UiStyle::setTone(m_correlationCheck, UiStyle::Tone::Warning);
    m_correlationCheck->hide();
    inputs->addRow(tr("Correlation id"), m_correlation);
    inputs->addRow(QString(), m_correlationCheck);
    m_driver = new QComboBox(this);
    m_driver->setObjectName(QStringLiteral("authorizeWith"));
    DriverChoices::fill(m_driver);
    connect(m_driver, &QComboBox::activated, this, [this] {
        m_driver->setToolTip(DriverChoices::description(DriverChoices::selected(m_driver)));
    });
    inputs->addRow(tr("Authorize with"), m_driver);
    return inputs;
}

// The actions, and the line that says why something did not happen.
void FlowPanel::buildButtons(QVBoxLayout *layout)
{
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    m_run = new QPushButton(tr("Run flow"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setDefault(true);
    m_run->setToolTip(tr("Authorize, exchange the code and verify the number (Ctrl+R)"));
    m_next = new QPushButton(tr("Next step"), this);
    m_next->setObjectName(QStringLiteral("nextStepButton"));
    m_next->setToolTip(tr("Run only the next step, to follow the flow one step at a time (F10)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop the step in flight (Esc)"));
    m_newFlow = new QPushButton(tr("New flow"), this);
    m_newFlow->setObjectName(QStringLiteral("newFlowButton"));
    m_newFlow->setToolTip(tr("Forget this run: fresh browser session and a new correlation id "
                             "(Ctrl+N)"));
    buttons->addWidget(m_run);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_newFlow);
    layout->addLayout(buttons);
    m_message = new WrappingLabel(this);
    m_message->setObjectName(QStringLiteral("flowMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    m_runCorrelation = new QLabel(this);
    m_runCorrelation->setObjectName(QStringLiteral("runCorrelationId"));
    m_runCorrelation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiStyle::setHint(m_runCorrelation);
    m_runCorrelation->hide();
    layout->addWidget(m_runCorrelation);
}

QGridLayout *FlowPanel::buildStepper()
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(UiStyle::Spacing);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(2, 1);
    const std::array<QString, 4> titles{tr("1  Authorize"), tr("2  Code"), tr("3  Token"),
                                        tr("4  Verify")};
    const std::array<QString, 4> explanations{
        tr("The device opens the operator's page over its mobile data. The network recognises "
           "the SIM by the connection itself: no password, no SMS."),
        tr("The operator sends the browser back to the app's redirect URI with a one-time code; "
           "the console catches it and checks that the state matches."),
        tr("The app's server trades the code and its client secret for an access token that "
           "speaks for this device."),
        tr("The app sends the number with the token. The operator answers whether it is the "
           "number of the SIM that signed in.")};
    const std::array<QString, 4> actions{tr("Authorize"), QString(), tr("Exchange"), tr("Verify")};
    const std::array<QString, 4> actionNames{QStringLiteral("stepAuthorizeButton"), QString(),
                                             QStringLiteral("stepTokenButton"),
                                             QStringLiteral("verifyButton")};
    const std::array<QString, 4> actionTips{
        tr("Start a new run and do only the authorize step"), QString(),
        tr("Exchange the captured code for a token (again: a code works only once, so a second "
           "exchange shows the operator refusing it)"),
        tr("Send the number to /verify with the current access token (Ctrl+Return)")};
    for (int i = 0; i < 4; ++i) {
        buildStageRow(i, grid, titles[i], explanations[i]);
        if (actions[i].isEmpty())
            continue;
        StageRow &stage = m_stages[i];
        stage.action = new QPushButton(actions[i], this);
        stage.action->setObjectName(actionNames[i]);
        stage.action->setToolTip(actionTips[i]);
        grid->addWidget(stage.action, i * 4, 4);
    }
    return grid;
}

void FlowPanel::buildStageRow(int i, QGridLayout *grid, const QString &title,
                              const QString &explanation)
{
    const int row = i * 4;
    StageRow &stage = m_stages[i];
    const QString key = flowStageName(FlowStage(i)).toLower();
    stage.mark = new QLabel(QStringLiteral("○"), this);
    stage.mark->setObjectName(QStringLiteral("stageMark_%1").arg(key));
    UiStyle::setRelativeFont(stage.mark, 1.3, true);
    stage.mark->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MM")));
    stage.mark->setAlignment(Qt::AlignCenter);
    stage.name = new QLabel(title, this);
    stage.name->setObjectName(QStringLiteral("stageName_%1").arg(key));
    UiStyle::setRelativeFont(stage.name, 1.05, true);
    stage.state = new QLabel(tr("waiting"), this);
    stage.state->setObjectName(QStringLiteral("stageState_%1").arg(key));
    UiStyle::setHint(stage.state);
    stage.duration = new QLabel(this);
    stage.duration->setObjectName(QStringLiteral("stageDuration_%1").arg(key));
    stage.duration->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    stage.explanation =
        wrappedHint(explanation, QStringLiteral("stageExplanation_%1").arg(key), this);
    UiStyle::setRelativeFont(stage.explanation, 0.93);
    stage.detail = new ElidedLabel(this);
    stage.detail->setObjectName(QStringLiteral("stageDetail_%1").arg(key));
    UiStyle::setHint(stage.detail);
    grid->addWidget(stage.mark, row, 0);
    grid->addWidget(stage.name, row, 1);
    grid->addWidget(stage.state, row, 2);
    grid->addWidget(stage.duration, row, 3);
    grid->addWidget(stage.explanation, row + 1, 1, 1, 4);
    grid->addWidget(stage.detail, row + 2, 1, 1, 4);
    grid->setRowMinimumHeight(row + 3, 4);
    speakStage(stage);
}

// The other call of the API.
QWidget *FlowPanel::buildDeviceSection()
{
    m_deviceSection = new QWidget(this);
    auto *deviceLayout = new QVBoxLayout(m_deviceSection);
    deviceLayout->setContentsMargins(0, 0, 0, 0);
    deviceLayout->setSpacing(UiStyle::Spacing);
    auto *line = new QFrame(m_deviceSection);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    deviceLayout->addWidget(line);
    auto *deviceRow = new QHBoxLayout;
    auto *deviceTitle = new QLabel(tr("Device phone number"), m_deviceSection);
    UiStyle::setRelativeFont(deviceTitle, 1.0, true);
    m_device = new QPushButton(tr("Ask the operator"), m_deviceSection);
    m_device->setObjectName(QStringLiteral("devicePhoneNumberButton"));
    m_device->setToolTip(tr("GET …/device-phone-number with the current access token"));
    deviceRow->addWidget(deviceTitle, 1);
    deviceRow->addWidget(m_device);
    deviceLayout->addLayout(deviceRow);
    m_deviceResult = wrappedHint(
        tr("Instead of confirming a number, the operator can say which number the SIM has. The "
           "token needs the scope number-verification:device-phone-number:read."),
        QStringLiteral("devicePhoneNumberResult"), m_deviceSection);
    m_deviceResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    deviceLayout->addWidget(m_deviceResult);
    return m_deviceSection;
}

void FlowPanel::connectControls()
{
    connect(m_phone, &QLineEdit::textChanged, this, &FlowPanel::updatePhoneCheck);
    connect(m_hashed, &QCheckBox::toggled, this, &FlowPanel::updatePhoneCheck);
    connect(m_phone, &QLineEdit::returnPressed, this, [this] {
        if (m_run->isEnabled())
            emit runRequested();
    });
    connect(m_correlation, &QLineEdit::textEdited, this, &FlowPanel::correlationIdEdited);
    connect(m_correlation, &QLineEdit::textChanged, this, [this](const QString &text) {
        // A warning, not a block: sending a bad one on purpose shows how the operator answers.
        const QString problem = CorrelatorRule::problem(text.trimmed());
        m_correlationCheck->setText(problem.isEmpty() ? QString()
                                                      : tr("%1 It is sent as typed.").arg(problem));
        m_correlationCheck->setVisible(!problem.isEmpty());
    });
    connect(m_run, &QPushButton::clicked, this, &FlowPanel::runRequested);
    connect(m_next, &QPushButton::clicked, this, &FlowPanel::nextStepRequested);
    connect(m_cancel, &QPushButton::clicked, this, &FlowPanel::cancelRequested);
    connect(m_newFlow, &QPushButton::clicked, this, &FlowPanel::newFlowRequested);
    connect(m_stages[0].action, &QPushButton::clicked, this, &FlowPanel::authorizeRequested);
    connect(m_stages[2].action, &QPushButton::clicked, this, &FlowPanel::exchangeRequested);
    connect(m_stages[3].action, &QPushButton::clicked, this, &FlowPanel::verifyRequested);
    connect(m_device, &QPushButton::clicked, this, &FlowPanel::devicePhoneNumberRequested);
}

DriverKind FlowPanel::driver() const
{
    return DriverChoices::selected(m_driver);
}

void FlowPanel::setDriver(DriverKind kind)
{
    DriverChoices::select(m_driver, kind);
}

void FlowPanel::addStageWarning(FlowStage stage, const QString &text)
{
    StageRow &row = m_stages[int(stage)];
    const QString before = row.detail->property("nvWarnings").toString();
    const QString warnings = before.isEmpty() ? text : before + QStringLiteral(" · ") + text;
    row.detail->setProperty("nvWarnings", warnings);
    row.detail->setText(QStringLiteral("⚠ ") + warnings);
    UiStyle::setTone(row.detail, UiStyle::Tone::Warning);
    speakStage(row);
}

void FlowPanel::speakStage(StageRow &row)
{
    QString words;
    switch (row.current) {
    case StageState::Waiting:
        words = tr("waiting");
        break;
    case StageState::Running:
        words = tr("running");
        break;
    case StageState::Done:
        words = tr("done");
        break;
    case StageState::Cancelled:
        words = tr("cancelled");
        break;
    case StageState::Failed:
        words = tr("failed");
        break;
    }
    // "Authorize: done, 388 ms", "Token: failed, 4.4 s — invalid_grant: …": the glyphs of the
    // detail (the warning sign) said as a word too.
    QString detail = row.detail->text();
    detail.replace(QStringLiteral("⚠ "), tr("warning: "));
    static const QRegularExpression number(QStringLiteral("^\\d+\\s+")); // "1  Authorize"
    QString name = tr("%1: %2").arg(row.name->text().remove(number), words);
    if (!row.duration->text().isEmpty())
        name += tr(", %1").arg(row.duration->text());
    if (row.current == StageState::Failed && !detail.isEmpty())
        name += QStringLiteral(" — ") + detail;
    // setAccessibleName and setAccessibleDescription tell screen readers of the change
    // (NameChanged, DescriptionChanged) when the text is new.
    row.mark->setAccessibleName(name);
    row.mark->setAccessibleDescription(detail);
    row.detail->setAccessibleName(detail);
}

QString FlowPanel::phoneNumber() const
{
    return m_phone->text().trimmed();
}

void FlowPanel::setPhoneNumber(const QString &number)
{
    m_phone->setText(number);
}

bool FlowPanel::phoneNumberIsE164() const
{
    return PhoneNumberCheck::check(phoneNumber()).isE164;
}

bool FlowPanel::sendInvalidNumber() const
{
    return !m_sendInvalid->isHidden() && m_sendInvalid->isChecked();
}

bool FlowPanel::sendHashed() const
{
    return m_hashed->isChecked();
}

void FlowPanel::setSendHashed(bool hashed)
{
    m_hashed->setChecked(hashed);
}

QString FlowPanel::correlationId() const
{
    return m_correlation->text().trimmed();
}

void FlowPanel::setCorrelationId(const QString &id)
{
    m_correlation->setText(id);
}

bool FlowPanel::event(QEvent *event)
{
    // After the first paint has been delivered, so that nothing competes with it.
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &FlowPanel::loadNumberAdvice);
    }
    return QWidget::event(event);
}

// The number-advice module (libphonenumber) is loaded and reads its metadata for every region
// (about 30 ms and 3.5 MiB in all): on a worker thread; the prefilled number is checked when it
// is done.
void FlowPanel::loadNumberAdvice()
{
    QtConcurrent::run(&NumberAdviceLoader::load).then(this, [this] {
        m_adviceLoaded = true;
        updatePhoneCheck();
    });
}

void FlowPanel::updatePhoneCheck()
{
    if (!m_adviceLoaded)
        return;
    const QString number = phoneNumber();
    const PhoneNumberCheck check = NumberAdviceLoader::checkWithAdvice(number);
    m_hash->setVisible(m_hashed->isChecked() && !number.isEmpty());
    if (m_hashed->isChecked())
        m_hash->setText(
            tr("Sends hashedPhoneNumber = %1").arg(PhoneNumberCheck::sha256Hex(number)));
    if (number.isEmpty()) {
        m_phoneCheck->setText(tr("Enter the number to verify, in E.164: +<country code><number>."));
        UiStyle::setHint(m_phoneCheck);
        m_sendInvalid->hide();
        return;
    }
    // "+34 600 000 001" as written on a card: offer the E.164 form rather than only refuse.
    QString tidy = number;
    tidy.remove(QRegularExpression(QStringLiteral("[\\s\\-.()\\x{00A0}]")));
    const bool offerTidy = !check.isE164 && tidy != number && PhoneNumberCheck::check(tidy).isE164;
    m_tidy->setVisible(offerTidy);
    if (offerTidy) {
        m_tidy->setText(tr("Use %1").arg(tidy));
        m_tidy->setProperty("nvNumber", tidy);
    }
    if (!check.isE164) {
        m_phoneCheck->setText(tr("⚠ Not an E.164 number: %1. The operator would answer 400 "
                                 "INVALID_ARGUMENT.")
                                  .arg(check.problem));
        UiStyle::setTone(m_phoneCheck, UiStyle::Tone::Warning);
        m_sendInvalid->show();
        return;
    }
    m_sendInvalid->hide();
    QStringList facts;
    if (!check.regionCode.isEmpty())
        facts << countryName(check.regionCode);
    if (!check.lineType.isEmpty())
        facts << check.lineType;
    if (!check.adviceMissing.isEmpty())
        facts << tr("no region or line type: %1").arg(check.adviceMissing);
    else if (!check.validForRegion)
        facts << tr("not a known range (the API still accepts it)");
    m_phoneCheck->setText(
        tr("✓ E.164") +
        (facts.isEmpty() ? QString() : QStringLiteral(" · ") + facts.join(QStringLiteral(" · "))));
    UiStyle::setTone(m_phoneCheck, UiStyle::Tone::Good);
}

void FlowPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void FlowPanel::setCanExchange(bool canExchange)
{
    m_canExchange = canExchange;
    updateButtons();
}

void FlowPanel::setCanVerify(bool canVerify)
{
    m_canVerify = canVerify;
    updateButtons();
}

void FlowPanel::updateButtons()
{
    m_run->setEnabled(!m_busy);
    m_next->setEnabled(!m_busy);
    m_cancel->setEnabled(m_busy);
    m_newFlow->setEnabled(true);
    m_stages[0].action->setEnabled(!m_busy);
    m_stages[2].action->setEnabled(!m_busy && m_canExchange);
    m_stages[3].action->setEnabled(!m_busy && m_canVerify);
    m_device->setEnabled(!m_busy && m_canVerify);
    m_correlation->setReadOnly(m_busy);
}

void FlowPanel::resetRun(const QString &correlationId)
{
    for (int i = 0; i < 4; ++i)
        setStage(FlowStage(i), StageState::Waiting, QString(), 0);
    m_shownCorrelationId = correlationId;
    m_runCorrelation->setText(tr("This run: %1").arg(correlationId));
    m_runCorrelation->setToolTip(tr("The correlation id sent with every call of this run"));
    m_runCorrelation->show();
    showDeviceHint(); // the last run's device-phone-number answer is not this run's
    setMessage(QString(), false);
}

void FlowPanel::markPrevious()
{
    // A new attempt did not start: the rows still show the last run, and say so.
    if (m_shownCorrelationId.isEmpty())
        return;
    m_runCorrelation->setText(
        tr("Previous run: %1 (the steps below are from it)").arg(m_shownCorrelationId));
    showDeviceHint();
}

void FlowPanel::showDeviceHint()
{
    m_deviceResult->setText(tr("Instead of confirming a number, the operator can say which "
                               "number the SIM has. The token needs the scope "
                               "number-verification:device-phone-number:read."));
    UiStyle::setHint(m_deviceResult);
}

void FlowPanel::clearRun()
{
    for (int i = 0; i < 4; ++i)
        setStage(FlowStage(i), StageState::Waiting, QString(), 0);
    m_shownCorrelationId.clear();
    m_runCorrelation->clear();
    m_runCorrelation->hide();
    showDeviceHint();
    setMessage(QString(), false);
    m_canExchange = m_canVerify = false;
    updateButtons();
}

void FlowPanel::setStage(FlowStage stage, StageState state, const QString &detail, qint64 elapsedMs)
{
    StageRow &row = m_stages[int(stage)];
    row.current = state;
    if (state == StageState::Running) {
        m_runningStage = int(stage);
        m_runningFor.start();
        m_tick->start();
    } else if (m_runningStage == int(stage)) {
        m_runningStage = -1;
        m_tick->stop();
    }
    switch (state) {
    case StageState::Waiting:
        row.mark->setText(QStringLiteral("○"));
        row.state->setText(tr("waiting"));
        row.duration->clear();
        row.detail->setText(QString());
        UiStyle::setHint(row.mark);
        UiStyle::setHint(row.state);
        break;
    case StageState::Running:
        row.mark->setText(QStringLiteral("◔"));
        row.state->setText(tr("running…"));
        row.duration->clear();
        UiStyle::setTone(row.mark, UiStyle::Tone::Warning);
        UiStyle::setTone(row.state, UiStyle::Tone::Neutral);
        break;
    case StageState::Done:
        row.mark->setText(QStringLiteral("✔"));
        row.state->setText(tr("done"));
        row.duration->setText(durationText(elapsedMs));
        UiStyle::setTone(row.mark, UiStyle::Tone::Good);
        UiStyle::setTone(row.state, UiStyle::Tone::Neutral);
        break;
    case StageState::Cancelled:
        // Stopped on purpose: said calmly, not as a failure.
        row.mark->setText(QStringLiteral("–"));
        row.state->setText(tr("cancelled"));
        row.duration->clear();
        UiStyle::setHint(row.mark);
        UiStyle::setTone(row.state, UiStyle::Tone::Neutral);
        break;
    case StageState::Failed:
        row.mark->setText(QStringLiteral("✘"));
        row.state->setText(tr("failed"));
        row.duration->setText(elapsedMs > 0 ? durationText(elapsedMs) : QString());
        UiStyle::setTone(row.mark, UiStyle::Tone::Bad);
        UiStyle::setTone(row.state, UiStyle::Tone::Bad);
        break;
    }
    if (state == StageState::Waiting || state == StageState::Running) {
        row.detail->setProperty("nvWarnings", QString());
        UiStyle::setHint(row.detail);
    }
    const QString warnings = row.detail->property("nvWarnings").toString();
    if (!warnings.isEmpty()) // said while the step ran: it stays beside how the step ended
        row.detail->setText(detail + QStringLiteral(" · ⚠ ") + warnings);
    else if (!detail.isEmpty())
        row.detail->setText(detail);
    speakStage(row);
}

void FlowPanel::setPresentation(bool on)
{
    // On a projector the four steps and the verdict tell the story; the second call of the API
    // is for the engineers at their desks.
    m_deviceSection->setVisible(!on);
}

void FlowPanel::setDevicePhoneNumberRunning()
{
    m_deviceResult->setText(tr("Asking the operator…"));
    UiStyle::setTone(m_deviceResult, UiStyle::Tone::Neutral);
}

void FlowPanel::setDevicePhoneNumber(const DevicePhoneNumberResponse &response)
{
    switch (response.kind) {
    case DevicePhoneNumberResponse::Kind::Number:
        m_deviceResult->setText(tr("The SIM's number is %1.").arg(response.devicePhoneNumber));
        UiStyle::setTone(m_deviceResult, UiStyle::Tone::Good);
        return;
    case DevicePhoneNumberResponse::Kind::ApiError:
        m_deviceResult->setText(
            UiStyle::breakable(tr("HTTP %1 %2: %3\n%4 %5")
                                   .arg(response.httpStatus)
                                   .arg(response.error->code, response.error->message,
                                        response.error->explanation(), response.error->advice())));
        break;
    case DevicePhoneNumberResponse::Kind::Unreadable:
        m_deviceResult->setText(UiStyle::breakable(response.problem));
        break;
    }
    UiStyle::setTone(m_deviceResult, UiStyle::Tone::Warning);
}

void FlowPanel::setMessage(const QString &text, bool isProblem)
{
    m_message->setText(UiStyle::breakable(text));
    m_message->setVisible(!text.isEmpty());
    UiStyle::setTone(m_message, isProblem ? UiStyle::Tone::Warning : UiStyle::Tone::Neutral);
}

} // namespace nv
