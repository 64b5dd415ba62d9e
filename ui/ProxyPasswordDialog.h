#pragma once

#include "http/ProxyRefusal.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace nv {

class NetworkSettingsEditor;
class RunPresenter;
class RunSession;
class SecretStore;

// Asks for the proxy's password after a run ended on the proxy's refusal (a 407 nobody could
// answer, or credentials it turned down), and offers to keep it in the keychain and run again.
// Opened with open(), never exec(): the window's event loop goes on (the run has already failed
// cleanly, the log and the other panels stay live), and the answer comes back as a signal.
// The password goes to SecretStore under the profile's proxy-password entry (the keychain, or
// memory for this session when asked so or when no keychain is reachable), never to the
// profile; a user name typed here goes to the profile through its network editor.
class ProxyPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ProxyPasswordDialog(SecretStore *secrets, NetworkSettingsEditor *editor,
                        QWidget *parent = nullptr);
    // The window's wiring: the session's proxy refusals ask, the answer runs again.
    // The dialog is made on the first refusal.
    static void attach(RunSession *session, QWidget *profileEditor, RunPresenter *presenter,
                       QWidget *window);

public slots:
    void ask(const nv::ProxyRefusal &refusal, const QString &profile);

signals:
    // The password is stored (and the user name saved): start the run again.
    void runAgainRequested();

private:
    void onAccepted();
    void updateKeepChoice();

    SecretStore *m_secrets;
    NetworkSettingsEditor *m_editor;
    QString m_profile;
    QLabel *m_message;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QLabel *m_keepNote;
};

} // namespace nv
