#pragma once

#include <QDateTime>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace nv {

class QrCodeView;

// The phone (cross-device) mode, where the person looks: the authorize URL as a QR code large
// enough to scan from a projected screen across a room, the URL beside it with a copy button,
// a countdown to the request's expiry, and a field to paste the address the phone ended on when
// there is no relay (or the relay is slow).
class PhonePane : public QWidget
{
    Q_OBJECT
public:
    explicit PhonePane(QWidget *parent = nullptr);

    // A new request for the phone; it expires after lifetimeSeconds.
    void showRequest(const QUrl &authorizeUrl, int lifetimeSeconds, bool viaRelay);
    // What the person pasted was refused: why, in words (empty: accepted).
    void setPasteProblem(const QString &problem);
    // The phone has answered, or the run ended: the code stays on screen, marked as used.
    void showEnded(const QString &text);
    // Back to the state before any phone run.
    void reset();
    QUrl authorizeUrl() const { return m_url; }

signals:
    void pasted(const QString &text);

private:
    void buildUi();
    void tick();

    QrCodeView *m_qr;
    QLabel *m_instructions;
    QLineEdit *m_urlField;
    QPushButton *m_copy;
    QLabel *m_countdown;
    QLineEdit *m_paste;
    QPushButton *m_use;
    QLabel *m_pasteProblem;
    QTimer *m_timer;
    QUrl m_url;
    QDateTime m_expiresAt;
};

} // namespace nv
