#include "NetworkSettingsEditor.h"

#include "UiStyle.h"
#include "WrappingLabel.h"
#include "secrets/SecretStore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nv {

NetworkSettingsEditor::NetworkSettingsEditor(SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
{
    // A titled group of its own: the way onto the network is one subject, apart from OAuth.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *group = new QGroupBox(tr("Network: proxy, CAs, client certificate"), this);
    outer->addWidget(group);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_mode = new QComboBox(group);
    m_mode->setObjectName(QStringLiteral("proxyMode"));
    m_mode->addItem(tr("System settings"), int(NetworkSettings::ProxyMode::System));
    m_mode->addItem(tr("No proxy"), int(NetworkSettings::ProxyMode::None));
    m_mode->addItem(tr("This proxy:"), int(NetworkSettings::ProxyMode::Manual));
    m_proxyUrl = addLine(QStringLiteral("proxyUrl"), tr("http://proxy.example:3128"));
    m_proxyUser = addLine(QStringLiteral("proxyUser"), tr("Only if the proxy asks (407)"));
    m_proxyPassword = addLine(QStringLiteral("proxyPassword"), tr("Stored apart from the profile"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_caFile = addLine(QStringLiteral("caFile"), tr("PEM bundle, added to the system's CAs"));
    m_clientCert = addLine(QStringLiteral("clientCert"), tr("PEM, or .p12/.pfx with its key"));
    m_clientKey = addLine(QStringLiteral("clientKey"), tr("PEM key (none for .p12/.pfx)"));
    m_keyPassphrase =
        addLine(QStringLiteral("clientKeyPassphrase"), tr("Stored apart from the profile"));
    m_keyPassphrase->setEchoMode(QLineEdit::Password);
    m_status = new WrappingLabel(this);
    m_status->setObjectName(QStringLiteral("networkSecretStatus"));
    UiStyle::setHint(m_status);

    form->addRow(tr("Proxy"), m_mode);
    form->addRow(QString(), m_proxyUrl);
    form->addRow(tr("Proxy user"), m_proxyUser);
    form->addRow(tr("Proxy password"), m_proxyPassword);
    form->addRow(tr("Extra CAs"), withChooser(m_caFile, tr("CA certificates (PEM)")));
    form->addRow(tr("Client cert"),
                 withChooser(m_clientCert, tr("Client certificate (PEM or PKCS#12)")));
    form->addRow(tr("Client key"), withChooser(m_clientKey, tr("Client key (PEM)")));
    form->addRow(tr("Key passphrase"), m_keyPassphrase);
    form->addRow(m_status);
    // A field beside its Choose button has no label of its own for a screen reader.
    m_proxyUrl->setAccessibleName(tr("Proxy address"));
    m_caFile->setAccessibleName(tr("Extra CAs"));
    m_clientCert->setAccessibleName(tr("Client cert"));
    m_clientKey->setAccessibleName(tr("Client key"));

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_proxyUrl->setEnabled(m_mode->currentData().toInt() ==
                               int(NetworkSettings::ProxyMode::Manual));
        if (!m_filling)
            emit edited();
    });
    connect(m_proxyPassword, &QLineEdit::editingFinished, this, [this] {
        storeSecret(m_proxyPassword, NetworkSettings::proxyPasswordSecret(m_profileName));
    });
    connect(m_keyPassphrase, &QLineEdit::editingFinished, this, [this] {
        storeSecret(m_keyPassphrase, NetworkSettings::clientKeySecret(m_profileName));
    });
    connect(m_secrets, &SecretStore::storageChanged, this, &NetworkSettingsEditor::updateStatus);
    connect(m_secrets, &SecretStore::stored, this, &NetworkSettingsEditor::updateStatus);
    connect(m_secrets, &SecretStore::loaded, this, &NetworkSettingsEditor::updateStatus);
}

QLineEdit *NetworkSettingsEditor::addLine(const QString &objectName, const QString &placeholder)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(objectName);
    line->setPlaceholderText(placeholder);
    if (objectName != QLatin1String("proxyPassword") &&
        objectName != QLatin1String("clientKeyPassphrase")) {
        connect(line, &QLineEdit::editingFinished, this, [this] {
            if (!m_filling)
                emit edited();
        });
    }
    return line;
}

QWidget *NetworkSettingsEditor::withChooser(QLineEdit *line, const QString &title)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QPushButton(tr("Choose…"), row);
    choose->setObjectName(line->objectName() + QStringLiteral("Choose"));
    layout->addWidget(line, 1);
    layout->addWidget(choose);
    connect(choose, &QPushButton::clicked, this, [this, line, title] {
        // Non-native, as the console's other file dialogs: the same everywhere, drivable in tests.
        QFileDialog dialog(this, title);
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setFileMode(QFileDialog::ExistingFile);
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return;
        line->setText(dialog.selectedFiles().first());
        emit edited();
    });
    return row;
}

void NetworkSettingsEditor::show(const NetworkSettings &s, const QString &profileName,
                                 bool readOnly)
{
    m_filling = true;
    m_profileName = profileName;
    m_mode->setCurrentIndex(m_mode->findData(int(s.proxyMode)));
    m_proxyUrl->setEnabled(s.proxyMode == NetworkSettings::ProxyMode::Manual);
    m_proxyUrl->setText(s.proxyUrl.toString());
    m_proxyUser->setText(s.proxyUser);
    m_caFile->setText(s.caFile);
    m_clientCert->setText(s.clientCertFile);
    m_clientKey->setText(s.clientKeyFile);
    // Secrets are never shown back, only whether one is known.
    m_proxyPassword->clear();
    m_keyPassphrase->clear();
    m_mode->setEnabled(!readOnly);
    for (QLineEdit *line : {m_proxyUrl, m_proxyUser, m_proxyPassword, m_caFile, m_clientCert,
                            m_clientKey, m_keyPassphrase})
        UiStyle::setReadOnlyField(line, readOnly);
    // A chosen file would change a field that cannot be saved.
    for (QPushButton *choose : findChildren<QPushButton *>())
        choose->setEnabled(!readOnly);
    m_filling = false;
    if (!s.proxyUser.isEmpty())
        m_secrets->load(NetworkSettings::proxyPasswordSecret(profileName));
    // A PKCS#12 file names no key file but has a passphrase too.
    if (!s.clientCertFile.isEmpty())
        m_secrets->load(NetworkSettings::clientKeySecret(profileName));
    updateStatus();
}

void NetworkSettingsEditor::setProxyUser(const QString &user)
{
    if (m_proxyUser->isReadOnly() || m_proxyUser->text() == user)
        return;
    m_proxyUser->setText(user);
    emit edited();
}

NetworkSettings NetworkSettingsEditor::settings() const
{
    NetworkSettings s;
    s.proxyMode = NetworkSettings::ProxyMode(m_mode->currentData().toInt());
    if (s.proxyMode == NetworkSettings::ProxyMode::Manual)
        s.proxyUrl = QUrl(m_proxyUrl->text().trimmed(), QUrl::StrictMode);
    s.proxyUser = m_proxyUser->text().trimmed();
    s.caFile = m_caFile->text().trimmed();
    s.clientCertFile = m_clientCert->text().trimmed();
    s.clientKeyFile = m_clientKey->text().trimmed();
    return s;
}

void NetworkSettingsEditor::storeSecret(QLineEdit *field, const QString &key)
{
    if (m_filling || field->isReadOnly() || field->text().isEmpty())
        return;
    m_secrets->store(key, field->text());
    field->clear();
    updateStatus();
}

void NetworkSettingsEditor::updateStatus()
{
    // Where the two secrets live, said plainly, as for the client secret.
    const bool proxy = m_secrets->hasSecret(NetworkSettings::proxyPasswordSecret(m_profileName));
    const bool key = m_secrets->hasSecret(NetworkSettings::clientKeySecret(m_profileName));
    QStringList known;
    if (proxy)
        known << tr("Proxy password");
    if (key)
        known << (known.isEmpty() ? tr("Key passphrase") : tr("key passphrase"));
    QString where;
    switch (m_secrets->storage()) {
    case SecretStore::Storage::Keychain:
        where = tr("in the system keychain");
        break;
    case SecretStore::Storage::SessionOnly:
        where = tr("in memory for this session only (no keychain is reachable)");
        break;
    case SecretStore::Storage::Unknown:
        where = tr("the keychain has not answered yet");
        break;
    }
    m_status->setText(known.isEmpty() ? tr("No proxy password or key passphrase stored.")
                                      : tr("%1 known, %2; never logged or exported.")
                                            .arg(known.join(QLatin1String(", ")), where));
}

} // namespace nv
