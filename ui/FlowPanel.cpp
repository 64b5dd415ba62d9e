#include "FlowPanel.h"

#include "ElidedLabel.h"
#include "UiStyle.h"
#include "flow/AuthorizationResponse.h"
#include "flow/TokenExchange.h"
#include "phone/PhoneNumberCheck.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace nv {

namespace {
QString countryName(const QString &regionCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(regionCode);
    return territory == QLocale::AnyTerritory ? regionCode : QLocale::territoryToString(territory);
}

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("—"), parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

FlowPanel::FlowPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("flowPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::Margin, UiStyle::Margin, UiStyle::Margin, UiStyle::Margin);
    layout->setSpacing(UiStyle::Spacing);
    layout->addWidget(UiStyle::sectionTitle(tr("Run"), this));

    // --- inputs
    auto *inputs = new QFormLayout;
    inputs->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    inputs->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    inputs->setHorizontalSpacing(UiStyle::Spacing);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneNumber"));
    m_phone->setPlaceholderText(tr("+34666666666"));
    m_phoneCheck = new QLabel(this);
    m_phoneCheck->setObjectName(QStringLiteral("phoneCheck"));
    m_phoneCheck->setWordWrap(true);
    m_sendInvalid = new QCheckBox(tr("Send it anyway, to see how the operator answers"), this);
    m_sendInvalid->setObjectName(QStringLiteral("sendInvalidNumber"));
    m_sendInvalid->hide();
    m_correlation = new QLineEdit(this);
    m_correlation->setObjectName(QStringLiteral("correlationId"));
    m_correlation->setPlaceholderText(tr("Empty: a new UUID for every run"));
    m_correlation->setClearButtonEnabled(true);
    inputs->addRow(tr("Phone number"), m_phone);
    inputs->addRow(QString(), m_phoneCheck);
    inputs->addRow(QString(), m_sendInvalid);
    inputs->addRow(tr("Correlation id"), m_correlation);
    layout->addLayout(inputs);

    // --- actions, and the line that says why something did not happen
    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run flow"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setDefault(true);
    m_run->setToolTip(tr("Authorize, exchange the code and verify the number"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_verify = new QPushButton(tr("Verify again"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Send the number to /verify again with the current access token"));
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("flowMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_runCorrelation = new QLabel(this);
    m_runCorrelation->setObjectName(QStringLiteral("runCorrelationId"));
    m_runCorrelation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runCorrelation->setWordWrap(true);
    UiStyle::setHint(m_runCorrelation);
    layout->addWidget(m_runCorrelation);

    // --- the four stages
    layout->addSpacing(UiStyle::Spacing);
    layout->addWidget(UiStyle::sectionTitle(tr("Stages"), this));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(UiStyle::Spacing);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(2, 1);
    const std::array<QString, 4> titles{tr("Authorize"), tr("Code"), tr("Token"), tr("Verify")};
    const std::array<QString, 4> hints{
        tr("the network signs the device in"), tr("caught on the redirect URI"),
        tr("code exchanged for an access token"), tr("the number is checked")};
    for (int i = 0; i < 4; ++i) {
        StageRow &row = m_stages[i];
        const QString key = flowStageName(FlowStage(i)).toLower();
        row.mark = new QLabel(QStringLiteral("○"), this);
        row.mark->setObjectName(QStringLiteral("stageMark_%1").arg(key));
        row.mark->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("MM")));
        row.mark->setAlignment(Qt::AlignCenter);
        row.name = new QLabel(titles[i], this);
        QFont bold = row.name->font();
        bold.setBold(true);
        row.name->setFont(bold);
        row.state = new QLabel(tr("waiting"), this);
        row.state->setObjectName(QStringLiteral("stageState_%1").arg(key));
        row.duration = new QLabel(this);
        row.duration->setObjectName(QStringLiteral("stageDuration_%1").arg(key));
        row.duration->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.detail = new ElidedLabel(this);
        row.detail->setObjectName(QStringLiteral("stageDetail_%1").arg(key));
        row.detail->setText(hints[i]);
        QPalette dim = row.detail->palette();
        dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
        row.detail->setPalette(dim);
        grid->addWidget(row.mark, i * 2, 0);
        grid->addWidget(row.name, i * 2, 1);
        grid->addWidget(row.state, i * 2, 2);
        grid->addWidget(row.duration, i * 2, 3);
        grid->addWidget(row.detail, i * 2 + 1, 1, 1, 3);
        grid->setRowMinimumHeight(i * 2 + 1, fontMetrics().height() + 4);
    }
    layout->addLayout(grid);

    // --- what the run got back, masked: enough to recognise a value, never to reuse it
    layout->addSpacing(UiStyle::Spacing);
    layout->addWidget(UiStyle::sectionTitle(tr("Code and tokens"), this));
    auto *tokens = new QFormLayout;
    tokens->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    tokens->setHorizontalSpacing(UiStyle::Spacing);
    m_code = valueLabel(QStringLiteral("capturedCode"), this);
    m_accessToken = valueLabel(QStringLiteral("accessToken"), this);
    m_idToken = valueLabel(QStringLiteral("idToken"), this);
    m_refreshToken = valueLabel(QStringLiteral("refreshToken"), this);
    m_expiresIn = valueLabel(QStringLiteral("expiresIn"), this);
    m_tokenScope = valueLabel(QStringLiteral("tokenScope"), this);
    m_tokenScope->setWordWrap(true);
    tokens->addRow(tr("code"), m_code);
    tokens->addRow(tr("access_token"), m_accessToken);
    tokens->addRow(tr("id_token"), m_idToken);
    tokens->addRow(tr("refresh_token"), m_refreshToken);
    tokens->addRow(tr("expires_in"), m_expiresIn);
    tokens->addRow(tr("scope"), m_tokenScope);
    layout->addLayout(tokens);
    layout->addStretch(1);

    connect(m_phone, &QLineEdit::textChanged, this, &FlowPanel::updatePhoneCheck);
    connect(m_phone, &QLineEdit::returnPressed, this, [this] {
        if (m_run->isEnabled())
            emit runRequested();
    });
    connect(m_run, &QPushButton::clicked, this, &FlowPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &FlowPanel::cancelRequested);
    connect(m_verify, &QPushButton::clicked, this, &FlowPanel::verifyRequested);
    updatePhoneCheck();
    updateButtons();
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
    return m_sendInvalid->isVisible() && m_sendInvalid->isChecked();
}

QString FlowPanel::correlationId() const
{
    return m_correlation->text().trimmed();
}

void FlowPanel::updatePhoneCheck()
{
    const PhoneNumberCheck check = PhoneNumberCheck::check(phoneNumber());
    if (phoneNumber().isEmpty()) {
        m_phoneCheck->setText(tr("Enter the number to verify, in E.164: +<country code><number>."));
        UiStyle::setHint(m_phoneCheck);
        m_sendInvalid->hide();
        return;
    }
    if (!check.isE164) {
        m_phoneCheck->setText(tr("⚠ Not an E.164 number: %1. The operator would answer 400 "
                                 "INVALID_ARGUMENT.")
                                  .arg(check.problem));
        UiStyle::setTone(m_phoneCheck, UiStyle::Tone::Warning);
        m_sendInvalid->setVisible(true);
        return;
    }
    m_sendInvalid->hide();
    QStringList facts;
    if (!check.regionCode.isEmpty())
        facts << countryName(check.regionCode);
    if (!check.lineType.isEmpty())
        facts << check.lineType;
    if (!check.validForRegion)
        facts << tr("not a known range (the API still accepts it)");
    m_phoneCheck->setText(
        tr("✓ E.164") +
        (facts.isEmpty() ? QString() : QStringLiteral(" · ") + facts.join(QStringLiteral(" · "))));
    UiStyle::setTone(m_phoneCheck, UiStyle::Tone::Neutral);
}

void FlowPanel::setBusy(bool busy)
{
    m_busy = busy;
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
    m_cancel->setEnabled(m_busy);
    m_verify->setEnabled(!m_busy && m_canVerify);
    m_correlation->setReadOnly(m_busy);
}

void FlowPanel::resetRun(const QString &correlationId)
{
    for (int i = 0; i < 4; ++i)
        setStage(FlowStage(i), StageState::Waiting, QString(), 0);
    for (QLabel *label :
         {m_code, m_accessToken, m_idToken, m_refreshToken, m_expiresIn, m_tokenScope})
        label->setText(QStringLiteral("—"));
    m_runCorrelation->setText(tr("This run's correlation id: %1").arg(correlationId));
    setMessage(QString(), false);
}

void FlowPanel::setStage(FlowStage stage, StageState state, const QString &detail, qint64 elapsedMs)
{
    StageRow &row = m_stages[int(stage)];
    switch (state) {
    case StageState::Waiting:
        row.mark->setText(QStringLiteral("○"));
        row.state->setText(tr("waiting"));
        row.duration->clear();
        UiStyle::setTone(row.mark, UiStyle::Tone::Neutral);
        UiStyle::setHint(row.state);
        break;
    case StageState::Running:
        row.mark->setText(QStringLiteral("◐"));
        row.state->setText(tr("running…"));
        row.duration->clear();
        UiStyle::setTone(row.mark, UiStyle::Tone::Neutral);
        UiStyle::setTone(row.state, UiStyle::Tone::Neutral);
        break;
    case StageState::Done:
        row.mark->setText(QStringLiteral("✔"));
        row.state->setText(tr("done"));
        row.duration->setText(tr("%1 ms").arg(elapsedMs));
        UiStyle::setTone(row.mark, UiStyle::Tone::Good);
        UiStyle::setTone(row.state, UiStyle::Tone::Neutral);
        break;
    case StageState::Failed:
        row.mark->setText(QStringLiteral("✘"));
        row.state->setText(tr("failed"));
        row.duration->setText(elapsedMs > 0 ? tr("%1 ms").arg(elapsedMs) : QString());
        UiStyle::setTone(row.mark, UiStyle::Tone::Bad);
        UiStyle::setTone(row.state, UiStyle::Tone::Bad);
        break;
    }
    if (!detail.isEmpty() || state == StageState::Waiting)
        row.detail->setText(detail.isEmpty() ? row.detail->text() : detail);
}

void FlowPanel::setCode(const AuthorizationResponse &response)
{
    if (response.kind == AuthorizationResponse::Kind::Code)
        m_code->setText(UiStyle::masked(response.code));
    else if (response.kind == AuthorizationResponse::Kind::Error)
        m_code->setText(tr("error: %1").arg(response.error));
    else
        m_code->setText(tr("none (%1)").arg(response.describe()));
}

void FlowPanel::setToken(const TokenResponse &token)
{
    if (!token.ok) {
        m_accessToken->setText(token.error.isEmpty() ? tr("none")
                                                     : tr("error: %1").arg(token.error));
        return;
    }
    const auto orNone = [this](const QString &value) {
        return value.isEmpty() ? tr("not issued") : UiStyle::masked(value);
    };
    m_accessToken->setText(orNone(token.accessToken));
    m_idToken->setText(orNone(token.idToken));
    m_refreshToken->setText(orNone(token.refreshToken));
    m_expiresIn->setText(token.expiresIn < 0 ? tr("not given") : tr("%1 s").arg(token.expiresIn));
    m_tokenScope->setText(token.scope.isEmpty() ? tr("not given") : token.scope);
}

void FlowPanel::setMessage(const QString &text, bool isProblem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    UiStyle::setTone(m_message, isProblem ? UiStyle::Tone::Warning : UiStyle::Tone::Neutral);
}

} // namespace nv
