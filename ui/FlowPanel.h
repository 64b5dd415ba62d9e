#pragma once

#include "flow/FlowOutcome.h"

#include <QWidget>
#include <array>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nv {

class ElidedLabel;
struct AuthorizationResponse;
struct TokenResponse;

// What a run needs from the person and what it shows while it goes: the phone number (checked
// against E.164 as it is typed), the correlation id, the Run / Cancel / Verify buttons, the four
// stages with their state and duration, and the captured code and tokens, masked.
//
// It holds no FlowRun: MainWindow owns the run and feeds this panel from the run's signals, so
// a later flow stepper can replace the stage list without touching the run's wiring.
class FlowPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FlowPanel(QWidget *parent = nullptr);

    QString phoneNumber() const;
    void setPhoneNumber(const QString &number);
    bool phoneNumberIsE164() const;
    bool sendInvalidNumber() const;
    // Empty when the person wants a fresh UUID per run.
    QString correlationId() const;

    // Busy: a run is in flight (Run disabled, Cancel enabled). canVerify: a token is at hand.
    void setBusy(bool busy);
    void setCanVerify(bool canVerify);
    void resetRun(const QString &correlationId);
    void setStage(nv::FlowStage stage, nv::StageState state, const QString &detail,
                  qint64 elapsedMs);
    void setCode(const nv::AuthorizationResponse &response);
    void setToken(const nv::TokenResponse &token);
    // A line under the buttons, where the person is looking when a run cannot start or fails.
    void setMessage(const QString &text, bool isProblem);

signals:
    void runRequested();
    void cancelRequested();
    void verifyRequested();

private:
    struct StageRow
    {
        QLabel *mark = nullptr;
        QLabel *name = nullptr;
        QLabel *state = nullptr;
        QLabel *duration = nullptr;
        ElidedLabel *detail = nullptr;
    };

    void updatePhoneCheck();
    void updateButtons();

    QLineEdit *m_phone;
    QLabel *m_phoneCheck;
    QCheckBox *m_sendInvalid;
    QLineEdit *m_correlation;
    QLabel *m_runCorrelation;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_verify;
    QLabel *m_message;
    std::array<StageRow, 4> m_stages;
    QLabel *m_code;
    QLabel *m_accessToken;
    QLabel *m_idToken;
    QLabel *m_refreshToken;
    QLabel *m_expiresIn;
    QLabel *m_tokenScope;
    bool m_busy = false;
    bool m_canVerify = false;
};

} // namespace nv
