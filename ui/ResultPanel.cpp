#include "ResultPanel.h"

#include "FittingScrollArea.h"
#include "UiStyle.h"
#include "WrappingLabel.h"
#include "flow/VerifyExchange.h"

#include <QAccessible>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace nv {

namespace {
QLabel *wrapped(const QString &objectName, QWidget *parent)
{
    auto *label = new WrappingLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString stageTitle(const FlowOutcome &outcome)
{
    switch (outcome.kind) {
    case FlowOutcome::Kind::BadInput:
        return ResultPanel::tr("Not sent");
    case FlowOutcome::Kind::AuthorizeFailed:
        return ResultPanel::tr("Authorization failed");
    case FlowOutcome::Kind::TokenFailed:
        return ResultPanel::tr("Token exchange failed");
    case FlowOutcome::Kind::ApiError:
        return ResultPanel::tr("Operator error");
    case FlowOutcome::Kind::NetworkFailure:
        return ResultPanel::tr("Could not reach the operator");
    default:
        break;
    }
    return ResultPanel::tr("Error");
}
} // namespace

ResultPanel::ResultPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("resultPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(UiStyle::Margin, UiStyle::Margin, UiStyle::Margin, UiStyle::Margin);
    outer->setSpacing(UiStyle::Spacing);
    outer->addWidget(UiStyle::sectionTitle(tr("Result"), this));

    m_card = new QFrame(this);
    m_card->setObjectName(QStringLiteral("resultCard"));
    m_card->setFrameShape(QFrame::StyledPanel);
    auto *card = new QVBoxLayout(m_card);
    card->setContentsMargins(16, 12, 16, 12);
    card->setSpacing(6);

    auto *verdictRow = new QHBoxLayout;
    verdictRow->setSpacing(12);
    m_mark = new QLabel(m_card);
    m_mark->setObjectName(QStringLiteral("verdictMark"));
    m_verdict = new WrappingLabel(m_card);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    verdictRow->addWidget(m_mark, 0, Qt::AlignTop);
    verdictRow->addWidget(m_verdict, 1);
    card->addLayout(verdictRow);

    m_headline = wrapped(QStringLiteral("resultHeadline"), m_card);
    m_explanation = wrapped(QStringLiteral("resultExplanation"), m_card);
    m_advice = wrapped(QStringLiteral("resultAdvice"), m_card);
    m_footnote = wrapped(QStringLiteral("resultFootnote"), m_card);
    UiStyle::setHint(m_footnote);
    card->addWidget(m_headline);
    card->addWidget(m_explanation);
    card->addWidget(m_advice);
    card->addWidget(m_footnote);
    card->addStretch(1);
    outer->addWidget(m_card, 1);
    setPresentation(false);
    showIdle();
}

void ResultPanel::setPresentation(bool on)
{
    m_presenting = on;
    if (on)
        showWhole(); // the larger type needs more room for the same verdict
    applyVerdictSize();
    UiStyle::setRelativeFont(m_headline, on ? 1.25 : 1.1);
    UiStyle::setRelativeFont(m_explanation, on ? 1.1 : 1.0);
    UiStyle::setRelativeFont(m_advice, on ? 1.1 : 1.0, true);
    UiStyle::setRelativeFont(m_footnote, on ? 0.95 : 0.95);
}

void ResultPanel::applyVerdictSize()
{
    // Presenting, a verdict is read from the back of the room: it takes the card's width. An
    // error's title is longer and its explanation matters more, so it stays smaller.
    const qreal size = !m_presenting ? 2.4 : m_isVerdict ? 4.2 : 2.6;
    UiStyle::setRelativeFont(m_verdict, size, true);
    UiStyle::setRelativeFont(m_mark, size, true);
}

void ResultPanel::showStep(const QString &title, const QString &next)
{
    setVerdict(QString(), title, int(UiStyle::Tone::Neutral));
    setLines(next, {}, {}, {});
}

QString ResultPanel::verdictText() const
{
    return m_verdict->text();
}

void ResultPanel::setVerdict(const QString &mark, const QString &text, int tone)
{
    m_isVerdict =
        UiStyle::Tone(tone) == UiStyle::Tone::Good || UiStyle::Tone(tone) == UiStyle::Tone::Bad;
    applyVerdictSize();
    m_mark->setText(mark);
    m_mark->setVisible(!mark.isEmpty());
    m_verdict->setText(text);
    UiStyle::setTone(m_mark, UiStyle::Tone(tone));
    UiStyle::setTone(m_verdict, UiStyle::Tone(tone));
    m_tone = UiStyle::Tone(tone); // announced with the lines that explain it (setLines)
}

void ResultPanel::announce(const QString &verdict, UiStyle::Tone tone)
{
    // The mark is for the eye; a screen reader says its meaning.
    m_mark->setAccessibleName(tone == UiStyle::Tone::Good  ? tr("passed")
                              : tone == UiStyle::Tone::Bad ? tr("failed")
                                                           : tr("warning"));
    const QString name = tr("Result: %1").arg(verdict);
    if (name == m_card->accessibleName())
        return;
    // The card's name is the verdict; an alert asks screen readers to say it now, once per
    // change, wherever the focus is (a verdict comes while the person is elsewhere).
    m_card->setAccessibleName(name);
    QAccessibleEvent alert(m_card, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ResultPanel::setLines(const QString &headline, const QString &explanation,
                           const QString &advice, const QString &footnote)
{
    const auto set = [](QLabel *label, const QString &text) {
        label->setText(UiStyle::breakable(text));
        label->setVisible(!text.isEmpty());
    };
    set(m_headline, headline);
    set(m_explanation, explanation);
    set(m_advice, advice.isEmpty() ? QString() : tr("What to do: %1").arg(advice));
    set(m_footnote, footnote);
    QStringList said;
    for (const QLabel *label : {m_headline, m_explanation, m_advice, m_footnote}) {
        if (!label->isHidden())
            said << label->text().remove(QChar(0x200B)); // the break opportunities are not read
    }
    m_card->setAccessibleDescription(said.join(QLatin1Char('\n')));
    announce(m_verdict->text(), m_tone);
    showWhole();
}

void ResultPanel::showWhole()
{
    // Once the window has laid the new texts out (and, presenting, set its columns).
    QTimer::singleShot(0, this, [this] {
        // Down to the operator's own words when there is room for them, else as far as
        // there is: the explanation and the remedy come first.
        QLabel *last = nullptr;
        for (QLabel *label : {m_explanation, m_advice, m_footnote})
            last = label->isHidden() ? last : label;
        for (QWidget *up = parentWidget(); up && last; up = up->parentWidget()) {
            if (auto *area = qobject_cast<FittingScrollArea *>(up)) {
                area->showDownTo(last);
                return;
            }
        }
    });
}

void ResultPanel::showIdle()
{
    setVerdict(QString(), tr("No run yet"), int(UiStyle::Tone::Neutral));
    UiStyle::setHint(m_verdict);
    setLines(tr("Enter a phone number and press Run flow, or Next step to go one step at a time. "
                "The verdict appears here."),
             {}, {}, {});
}

void ResultPanel::showRunning(const QString &phoneNumber)
{
    setVerdict(QString(), tr("Checking…"), int(UiStyle::Tone::Neutral));
    setLines(tr("Asking the operator whether %1 is the number of the SIM in this device.")
                 .arg(phoneNumber),
             {}, {}, {});
}

void ResultPanel::showNotStarted(const QString &title, const QString &reason)
{
    setVerdict(QStringLiteral("⚠"), title, int(UiStyle::Tone::Warning));
    setLines(reason, {}, {},
             tr("Nothing was sent to the operator for this attempt; the previous run's verdict "
                "was cleared."));
}

void ResultPanel::showOutcome(const FlowOutcome &outcome, const VerifyResponse *verify,
                              const QString &phoneNumber)
{
    QString assessed;
    if (verify && verify->assessedAt)
        assessed =
            tr("Assessed by the operator at %1")
                .arg(QLocale().toString(verify->assessedAt->toLocalTime(), QLocale::LongFormat));
    else if (verify && (outcome.kind == FlowOutcome::Kind::Verified ||
                        outcome.kind == FlowOutcome::Kind::NotVerified))
        assessed = tr("The operator did not say when it assessed the number.");

    switch (outcome.kind) {
    case FlowOutcome::Kind::Verified:
        setVerdict(QStringLiteral("✔"), tr("Verified"), int(UiStyle::Tone::Good));
        setLines(tr("%1 is the number of the SIM in this device.").arg(phoneNumber),
                 tr("The operator recognised the device on its network and confirms the "
                    "number without an SMS."),
                 {}, assessed);
        return;
    case FlowOutcome::Kind::NotVerified:
        setVerdict(QStringLiteral("✘"), tr("Not verified"), int(UiStyle::Tone::Bad));
        setLines(tr("%1 is not the number of the SIM in this device.").arg(phoneNumber),
                 tr("The operator identified the device, and it belongs to another number."),
                 tr("Check the number for a typo, or whether the device uses another SIM."),
                 assessed);
        return;
    case FlowOutcome::Kind::Cancelled:
        setVerdict(QString(), tr("Cancelled"), int(UiStyle::Tone::Neutral));
        setLines(outcome.message, {}, {}, {});
        return;
    default:
        break;
    }

    // An error: what happened, what it means, what to do.
    setVerdict(QStringLiteral("⚠"), stageTitle(outcome), int(UiStyle::Tone::Warning));
    QString answer;
    if (outcome.httpStatus > 0)
        answer = tr("HTTP %1").arg(outcome.httpStatus);
    if (!outcome.code.isEmpty())
        answer += (answer.isEmpty() ? QString() : QStringLiteral(" ")) + outcome.code;
    // The answer first (what an engineer searches for), then what it means and what to do, and
    // the operator's own words last.
    const QString said = tr("At the %1 step the operator said: %2")
                             .arg(flowStageName(outcome.stage).toLower(), outcome.message);
    const QString headline = answer.isEmpty() ? said : answer;
    const QString footnote = answer.isEmpty() ? QString() : said;
    const QString path =
        outcome.networkPath.isEmpty()
            ? QString()
            : QLatin1Char(' ') + tr("When the run started: %1").arg(outcome.networkPath);
    if (verify && verify->error)
        setLines(headline, verify->error->explanation() + path, verify->error->advice(), footnote);
    else
        setLines(headline, outcome.explanation + path, {}, footnote);
}

} // namespace nv
