#include "PhonePane.h"

#include "QrCodeView.h"
#include "UiStyle.h"
#include "WrappingLabel.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace nv {

PhonePane::PhonePane(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("phonePane"));
    buildUi();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PhonePane::tick);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded)); });
    const auto submit = [this] {
        if (!m_paste->text().trimmed().isEmpty())
            emit pasted(m_paste->text());
    };
    connect(m_use, &QPushButton::clicked, this, submit);
    connect(m_paste, &QLineEdit::returnPressed, this, submit);
    reset();
}

void PhonePane::buildUi()
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(UiStyle::Margin, UiStyle::Margin, UiStyle::Margin, UiStyle::Margin);
    layout->setSpacing(UiStyle::Margin);
    m_qr = new QrCodeView(this);
    m_qr->setObjectName(QStringLiteral("phoneQrCode"));
    m_qr->setMinimumSize(180, 180);
    m_qr->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    layout->addWidget(m_qr, 3);

    auto *side = new QVBoxLayout;
    side->setSpacing(UiStyle::Spacing);
    m_instructions = new WrappingLabel(this);
    m_instructions->setObjectName(QStringLiteral("phoneInstructions"));
    side->addWidget(m_instructions);
    auto *urlRow = new QHBoxLayout;
    m_urlField = new QLineEdit(this);
    m_urlField->setObjectName(QStringLiteral("phoneAuthorizeUrl"));
    m_urlField->setReadOnly(true);
    m_urlField->setAccessibleName(tr("Authorize URL for the phone"));
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("phoneCopyUrl"));
    m_copy->setToolTip(tr("Copy the authorize URL, to send it to the phone another way"));
    urlRow->addWidget(m_urlField, 1);
    urlRow->addWidget(m_copy);
    side->addLayout(urlRow);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("phoneCountdown"));
    UiStyle::setHint(m_countdown);
    side->addWidget(m_countdown);
    side->addSpacing(UiStyle::Spacing);
    auto *pasteTitle = new WrappingLabel(tr("Or paste the address the phone ended on:"), this);
    side->addWidget(pasteTitle);
    auto *pasteRow = new QHBoxLayout;
    m_paste = new QLineEdit(this);
    m_paste->setObjectName(QStringLiteral("phonePastedRedirect"));
    m_paste->setPlaceholderText(tr("https://…/callback?code=…&state=…  or  code=…&state=…"));
    m_paste->setAccessibleName(tr("Address the phone ended on"));
    m_use = new QPushButton(tr("Use"), this);
    m_use->setObjectName(QStringLiteral("phoneUsePasted"));
    pasteRow->addWidget(m_paste, 1);
    pasteRow->addWidget(m_use);
    side->addLayout(pasteRow);
    m_pasteProblem = new WrappingLabel(this);
    m_pasteProblem->setObjectName(QStringLiteral("phonePasteProblem"));
    UiStyle::setTone(m_pasteProblem, UiStyle::Tone::Bad);
    side->addWidget(m_pasteProblem);
    side->addStretch(1);
    layout->addLayout(side, 2);
}

void PhonePane::showRequest(const QUrl &authorizeUrl, int lifetimeSeconds, bool viaRelay)
{
    m_url = authorizeUrl;
    m_qr->setText(authorizeUrl.toString(QUrl::FullyEncoded));
    m_urlField->setText(authorizeUrl.toString(QUrl::FullyEncoded));
    m_urlField->setCursorPosition(0);
    m_instructions->setText(
        viaRelay ? tr("Scan this with the phone's camera. The phone must use its mobile data "
                      "(Wi-Fi off): the operator recognises the SIM by that connection. The "
                      "answer comes back here by itself.")
                 : tr("Scan this with the phone's camera. The phone must use its mobile data "
                      "(Wi-Fi off). When the phone stops on the redirect address, paste that "
                      "address below."));
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetimeSeconds);
    m_paste->clear();
    m_paste->setEnabled(true);
    m_use->setEnabled(true);
    m_pasteProblem->clear();
    m_qr->setEnabled(true);
    m_timer->start();
    tick();
}

void PhonePane::setPasteProblem(const QString &problem)
{
    m_pasteProblem->setText(problem);
}

void PhonePane::showEnded(const QString &text)
{
    m_timer->stop();
    m_countdown->setText(text);
    m_paste->setEnabled(false);
    m_use->setEnabled(false);
}

void PhonePane::reset()
{
    m_timer->stop();
    m_url.clear();
    m_qr->setText(QString());
    m_urlField->clear();
    m_instructions->setText(tr("In the phone mode, the authorize URL appears here as a QR code "
                               "for a phone on mobile data."));
    m_countdown->clear();
    m_paste->clear();
    m_paste->setEnabled(false);
    m_use->setEnabled(false);
    m_pasteProblem->clear();
}

void PhonePane::tick()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_expiresAt);
    if (left <= 0) {
        showEnded(tr("This request has expired: run the flow again for a new code."));
        return;
    }
    m_countdown->setText(
        tr("Expires in %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

} // namespace nv
