#pragma once

#include "flow/DriverKind.h"
#include "flow/FlowOutcome.h"

#include <QElapsedTimer>
#include <QWidget>
#include <array>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGridLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace nv {

class ElidedLabel;
struct AuthorizationResponse;
struct DevicePhoneNumberResponse;

// What a run needs from the person and how it goes, as a stepper a stranger can follow:
// the number (checked against E.164 as it is typed, with the country and line type it parses
// to, plain or hashed), the correlation id, Run / Next step / Cancel / New flow, and the four
// steps Authorize → Code → Token → Verify, each with its state, duration, a sentence on what
// happens there and why, and a button to run or re-run it where that makes sense. Below them,
// the device-phone-number call.
//
// It holds no FlowRun: MainWindow owns the run and feeds this panel from the run's signals.
class FlowPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FlowPanel(QWidget *parent = nullptr);

    QString phoneNumber() const;
    void setPhoneNumber(const QString &number);
    bool phoneNumberIsE164() const;
    bool sendInvalidNumber() const;
    bool sendHashed() const;
    void setSendHashed(bool hashed);
    // How this run walks the authorize chain (starts as the profile says; the person may
    // change it for the next runs).
    DriverKind driver() const;
    void setDriver(DriverKind kind);
    // Empty when the person wants a fresh UUID per run.
    QString correlationId() const;
    void setCorrelationId(const QString &id);

    // Busy: a step is in flight (Run disabled, Cancel enabled). The can* flags say what the
    // current run has at hand: a code to exchange, a token to verify with.
    void setBusy(bool busy);
    void setCanExchange(bool canExchange);
    void setCanVerify(bool canVerify);
    void resetRun(const QString &correlationId);
    void clearRun();
    // An attempt did not start: the rows still show the previous run, marked as such.
    void markPrevious();
    void setStage(nv::FlowStage stage, nv::StageState state, const QString &detail,
                  qint64 elapsedMs);
    void setPresentation(bool on);
    void setDevicePhoneNumberRunning();
    void setDevicePhoneNumber(const nv::DevicePhoneNumberResponse &response);
    // Something the operator did that deserves a look although the step went on (e.g. a
    // correlator that was not echoed), shown on the step.
    void addStageWarning(nv::FlowStage stage, const QString &text);
    // A line under the buttons, where the person is looking when a run cannot start or fails.
    void setMessage(const QString &text, bool isProblem);

signals:
    void runRequested();
    void nextStepRequested();
    void cancelRequested();
    void newFlowRequested();
    void authorizeRequested();
    void exchangeRequested();
    void verifyRequested();
    void devicePhoneNumberRequested();
    void correlationIdEdited(const QString &id);

protected:
    bool event(QEvent *event) override;

private:
    void showDeviceHint();
    struct StageRow
    {
        QLabel *mark = nullptr;
        QLabel *name = nullptr;
        QLabel *state = nullptr;
        QLabel *duration = nullptr;
        QLabel *explanation = nullptr;
        ElidedLabel *detail = nullptr;
        QPushButton *action = nullptr;
        StageState current = StageState::Waiting;
    };
    // What a screen reader says of a step, in words: the mark's glyph is for the eye only.
    void speakStage(StageRow &row);

    QFormLayout *buildInputs();
    void buildButtons(QVBoxLayout *layout);
    QGridLayout *buildStepper();
    void buildStageRow(int i, QGridLayout *grid, const QString &title, const QString &explanation);
    QWidget *buildDeviceSection();
    void connectControls();
    void updatePhoneCheck();
    void loadNumberAdvice();
    void updateButtons();

    QLineEdit *m_phone;
    QLabel *m_phoneCheck;
    QCheckBox *m_sendInvalid;
    QCheckBox *m_hashed;
    QLabel *m_hash;
    QLineEdit *m_correlation;
    QComboBox *m_driver;
    QLabel *m_correlationCheck;
    QLabel *m_runCorrelation;
    QPushButton *m_tidy;          // offers the typed number without its spaces
    QString m_shownCorrelationId; // the run whose steps the stage rows show
    QPushButton *m_run;
    QPushButton *m_next;
    QPushButton *m_cancel;
    QPushButton *m_newFlow;
    QLabel *m_message;
    std::array<StageRow, 4> m_stages;
    QWidget *m_deviceSection;
    QPushButton *m_device;
    QLabel *m_deviceResult;
    // The running step's duration counts up, so a slow operator shows as progress.
    QTimer *m_tick;
    QElapsedTimer m_runningFor;
    int m_runningStage = -1;
    bool m_busy = false;
    bool m_painted = false;
    // The number is checked once libphonenumber's metadata is read, which starts on a worker
    // thread at the panel's first paint.
    bool m_adviceLoaded = false;
    bool m_canExchange = false;
    bool m_canVerify = false;
};

} // namespace nv
