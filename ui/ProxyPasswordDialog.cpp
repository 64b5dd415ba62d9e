#include "ProxyPasswordDialog.h"

#include "NetworkSettingsEditor.h"
#include "RunPresenter.h"
#include "RunSession.h"
#include "UiStyle.h"
#include "http/NetworkSettings.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace nv {

ProxyPasswordDialog::ProxyPasswordDialog(SecretStore *secrets, NetworkSettingsEditor *editor,
                                         QWidget *parent)
    : QDialog(parent)
    , m_secrets(secrets)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("proxyPasswordDialog"));
    setWindowTitle(tr("The proxy needs a password"));
    // Window-modal, opened with open(): the window is not used meanwhile, but its event loop
    // (the log, the sandbox, the keychain's answers) never stops.
    setWindowModality(Qt::WindowModal);
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("proxyDialogMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("proxyDialogUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("proxyDialogPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Proxy user"), m_user);
    form->addRow(tr("Proxy password"), m_password);
    layout->addLayout(form);
    m_keep = new QCheckBox(tr("Keep the password in the system keychain"), this);
    m_keep->setObjectName(QStringLiteral("proxyDialogKeep"));
    m_keep->setChecked(true);
    layout->addWidget(m_keep);
    m_keepNote = new QLabel(this);
    m_keepNote->setObjectName(QStringLiteral("proxyDialogKeepNote"));
    m_keepNote->setWordWrap(true);
    UiStyle::setHint(m_keepNote);
    layout->addWidget(m_keepNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *runAgain = buttons->addButton(tr("Run again"), QDialogButtonBox::AcceptRole);
    runAgain->setObjectName(QStringLiteral("proxyDialogRunAgain"));
    runAgain->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &ProxyPasswordDialog::onAccepted);
    connect(m_secrets, &SecretStore::storageChanged, this, &ProxyPasswordDialog::updateKeepChoice);
}

void ProxyPasswordDialog::ask(const ProxyRefusal &refusal, const QString &profile)
{
    m_profile = profile;
    m_message->setText(refusal.sentence() + QLatin1Char(' ') +
                       tr("The run stopped there; give the password to run again."));
    m_user->setText(refusal.user);
    m_password->clear();
    (refusal.user.isEmpty() ? m_user : m_password)->setFocus();
    updateKeepChoice();
    open();
}

void ProxyPasswordDialog::updateKeepChoice()
{
    // Said plainly, as in the profile editor: without a keychain the password lives in memory
    // for this session only and will be asked for again.
    const bool keychain = m_secrets->storage() != SecretStore::Storage::SessionOnly;
    m_keep->setEnabled(keychain);
    if (!keychain)
        m_keep->setChecked(false);
    m_keepNote->setText(keychain ? tr("Otherwise it is kept in memory until the console closes.")
                                 : tr("No keychain is reachable: the password is kept in memory "
                                      "for this session only, and asked for again next time."));
}

void ProxyPasswordDialog::onAccepted()
{
    const QString key = NetworkSettings::proxyPasswordSecret(m_profile);
    const QString password = m_password->text();
    m_password->clear();
    if (password.isEmpty())
        return;
    if (m_keep->isChecked())
        m_secrets->store(key, password);
    else
        m_secrets->setSessionSecret(key, password);
    // The window may show another profile by now: the password is kept for the refused one,
    // and a run starts again only for the profile on screen being that one.
    if (!m_editor || m_editor->profileName() != m_profile)
        return;
    m_editor->setProxyUser(m_user->text().trimmed());
    emit runAgainRequested();
}

void ProxyPasswordDialog::attach(RunSession *session, QWidget *profileEditor,
                                 RunPresenter *presenter, QWidget *window)
{
    // Made when a proxy first refuses, not at start: most sessions never need it.
    connect(session, &RunSession::proxyRefused, window,
            [session, profileEditor, presenter, window, dialog = QPointer<ProxyPasswordDialog>()](
                const ProxyRefusal &refusal, const QString &profile) mutable {
                if (!dialog) {
                    dialog = new ProxyPasswordDialog(
                        session->secrets(), profileEditor->findChild<NetworkSettingsEditor *>(),
                        window);
                    connect(dialog, &ProxyPasswordDialog::runAgainRequested, presenter,
                            &RunPresenter::startRun);
                }
                dialog->ask(refusal, profile);
            });
}

} // namespace nv
