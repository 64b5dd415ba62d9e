#pragma once

#include "UiStyle.h"
#include "flow/FlowOutcome.h"

#include <QWidget>

class QFrame;
class QLabel;

namespace nv {

struct VerifyResponse;

// The verdict, large and unmistakable from the back of a room: "Verified" in green, "Not
// verified" in red, or an error in amber with what it means and what to do, in words.
class ResultPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResultPanel(QWidget *parent = nullptr);

    void showIdle();
    // Step by step: where the run stands and what the next step does.
    void showStep(const QString &title, const QString &next);
    void setPresentation(bool on);
    void showRunning(const QString &phoneNumber);
    // An attempt that did not start (or a verify that was not sent): the earlier verdict goes,
    // so nothing on screen belongs to another run than the one the person just asked for.
    void showNotStarted(const QString &title, const QString &reason);
    // verify: the run's verify answer, when the run got that far (for assessedAt and the
    // CAMARA error's own explanation and advice).
    void showOutcome(const nv::FlowOutcome &outcome, const nv::VerifyResponse *verify,
                     const QString &phoneNumber);

    QString verdictText() const;

private:
    void setVerdict(const QString &mark, const QString &text, int tone);
    // Tells screen readers of a new verdict (the card's name, and an alert) when it changed.
    void announce(const QString &verdict, UiStyle::Tone tone);
    void applyVerdictSize();
    // What an error means and what to do are the point of it: the area holding the panel grows
    // until they show (at 1366×768, presenting, the remedy was cut off mid-sentence).
    void showWhole();
    void setLines(const QString &headline, const QString &explanation, const QString &advice,
                  const QString &footnote);

    QFrame *m_card;
    QLabel *m_mark;
    QLabel *m_verdict;
    QLabel *m_headline;
    QLabel *m_explanation;
    QLabel *m_advice;
    QLabel *m_footnote;
    UiStyle::Tone m_tone = UiStyle::Tone::Neutral;
    bool m_presenting = false;
    bool m_isVerdict = false; // verified or not verified, as opposed to an error or a state
};

} // namespace nv
