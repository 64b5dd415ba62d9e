#pragma once

#include "http/NetworkSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace nv {

class SecretStore;

// The profile's way onto the network, in the profile editor: proxy (system, none or a URL,
// with a user name), a CA bundle trusted besides the system's, and a client certificate for
// mutual TLS. The proxy password and the client key's passphrase go to SecretStore, never to
// the profile; the line under them says where they are kept (the keychain, or memory for this
// session when there is none).
class NetworkSettingsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkSettingsEditor(SecretStore *secrets, QWidget *parent = nullptr);

    // Shows a profile's settings, and asks the keychain for its two secrets so that a run
    // finds them in memory.
    void show(const NetworkSettings &settings, const QString &profileName, bool readOnly);
    NetworkSettings settings() const;
    // The proxy user a person gave elsewhere (the proxy password dialog), saved as an edit.
    void setProxyUser(const QString &user);
    QString profileName() const { return m_profileName; }

signals:
    void edited(); // a field was left with another value

private:
    QLineEdit *addLine(const QString &objectName, const QString &placeholder);
    QWidget *withChooser(QLineEdit *line, const QString &title);
    void storeSecret(QLineEdit *field, const QString &key);
    void updateStatus();

    SecretStore *m_secrets;
    QString m_profileName;
    QComboBox *m_mode;
    QLineEdit *m_proxyUrl;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QLineEdit *m_caFile;
    QLineEdit *m_clientCert;
    QLineEdit *m_clientKey;
    QLineEdit *m_keyPassphrase;
    QLabel *m_status;
    bool m_filling = false;
};

} // namespace nv
