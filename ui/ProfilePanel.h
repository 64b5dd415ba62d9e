#pragma once

#include "profile/Profile.h"

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QVBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace nv {

class ClientKeyEditor;
class NetworkSettingsEditor;
class ProfileStore;
class SecretStore;

// The profile picker and the fields of the selected profile.
//
// Built-in profiles are read-only in every field, the client ID and secret included (they come
// from the code, and nothing is ever stored under their names, so the keychain is not even
// asked); "Make an editable copy" (Duplicate) makes one. A copy takes the original's secrets
// along, and is renamed in its Name field. Edits to a custom profile are saved when a field is
// left. The client secret is not part of a profile: it goes to SecretStore, and the line under
// the field says in plain words where it is kept.
class ProfilePanel : public QWidget
{
    Q_OBJECT
public:
    ProfilePanel(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);

    // Selects a profile by name; falls back to the built-in sandbox when the name is unknown.
    void selectProfile(const QString &name);
    Profile currentProfile() const { return m_profile; }
    // The running sandbox's origin, so sandbox profiles show real URLs rather than paths.
    void setSandboxBaseUrl(const QUrl &baseUrl);
    // Locked while a run is in flight: the run uses the profile as it was at its start.
    void setLocked(bool locked);
    // The sandbox scenario shown in the picker (sandbox profiles only).
    void setScenario(const QString &id);
    // File dialogs of their own (non-native, so they look the same everywhere and tests can
    // drive them). Export writes the current profile without its secret.
    void exportCurrent();
    void importFromFile();
    void removeCurrent();
    // An editable copy of the current profile, with its secrets, selected and its name ready
    // to be typed over.
    void duplicateCurrent();

signals:
    void profileChanged(const nv::Profile &profile);
    // The secret for the current profile is known (loaded, stored, or set for the session).
    void secretAvailable(const QString &profileName);
    // The person picked a sandbox scenario; the window switches the running sandbox.
    void scenarioChosen(const QString &id);

private:
    void buildPicker(QVBoxLayout *layout);
    QWidget *buildScenarioBox();
    void buildFields();
    QFormLayout *buildForm();
    void connectControls();
    void connectSecrets();
    void reloadPicker(const QString &select);
    void showProfile();
    void applyReadOnly();
    void showReadOnlyNote();
    void showSecret();
    // The name typed in the Name field checked against the others, said beside the field.
    bool checkName();
    void commitName();
    void onSecretCopied(const QString &from, const QString &to, bool carried);
    // The profile as the fields show it now (sandbox URLs back to paths).
    Profile profileFromFields() const;
    void commitEdits();
    void commitSecret();
    void onSecretLoaded(const QString &profile, const QString &secret);
    void updateSecretStatus(const QString &text = {});
    // The secret's rows, or the key's: whichever the token auth method uses.
    void showCredentialRows();
    void validate();
    void showNote(const QString &text, bool isProblem);
    QLineEdit *addLine(const QString &objectName);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    NetworkSettingsEditor *m_network = nullptr; // proxy, extra CAs, client certificate
    Profile m_profile;
    QUrl m_sandboxBaseUrl;
    bool m_filling = false;
    bool m_locked = false;
    QString m_knownSecret; // last value loaded or stored, to tell a real edit from a refill

    QComboBox *m_picker;
    QPushButton *m_duplicate;
    QPushButton *m_import;
    QPushButton *m_export;
    QPushButton *m_delete;
    QWidget *m_scenarioBox;
    QComboBox *m_scenario;
    QLabel *m_scenarioHint;
    QLabel *m_validation;
    QLabel *m_readOnlyNote;
    QPushButton *m_makeCopy;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QLineEdit *m_authorizeUrl;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_verifyUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QLabel *m_secretStatus;
    QLineEdit *m_redirectUri;
    QLineEdit *m_scope;
    QLineEdit *m_prompt;
    QLineEdit *m_loginHint;
    QLineEdit *m_koneraContext;
    QComboBox *m_correlationHeader;
    QCheckBox *m_pkce;
    QComboBox *m_tokenAuth;
    QComboBox *m_authorizeWith;
    ClientKeyEditor *m_clientKey;
    QFormLayout *m_form = nullptr;
    QComboBox *m_assertionAudience;
    QLineEdit *m_relayUrl;
    QLabel *m_saveProblem;
};

} // namespace nv
