#include "ProfilePanel.h"

#include "ClientKeyEditor.h"
#include "DriverChoices.h"
#include "NetworkSettingsEditor.h"
#include "UiStyle.h"
#include "WrappingLabel.h"
#include "profile/ProfileSecrets.h"
#include "profile/ProfileStore.h"
#include "sandbox/SandboxConfig.h"
#include "sandbox/SandboxHost.h"
#include "secrets/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace nv {

ProfilePanel::ProfilePanel(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("profilePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::Margin, UiStyle::Margin, UiStyle::Margin, UiStyle::Margin);
    layout->setSpacing(UiStyle::Spacing);
    layout->addWidget(UiStyle::sectionTitle(tr("Profile"), this));
    buildPicker(layout);
    // The sandbox's behaviour, switched on the running sandbox without a restart.
    layout->addWidget(buildScenarioBox());
    m_readOnlyNote = new WrappingLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("profileReadOnlyNote"));
    layout->addWidget(m_readOnlyNote);
    // The way out of a read-only profile, right where it says so.
    m_makeCopy = new QPushButton(tr("Make an editable copy"), this);
    m_makeCopy->setObjectName(QStringLiteral("profileMakeCopy"));
    m_makeCopy->setToolTip(tr("The same as Duplicate: a copy you can change and rename, with "
                              "this profile's settings"));
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_makeCopy);
    copyRow->addStretch(1);
    layout->addLayout(copyRow);

    layout->addLayout(buildForm());
    m_validation = new WrappingLabel(this);
    m_validation->setObjectName(QStringLiteral("profileValidation"));
    UiStyle::setTone(m_validation, UiStyle::Tone::Warning);
    m_validation->hide();
    layout->addWidget(m_validation);

    m_saveProblem = new WrappingLabel(this);
    m_saveProblem->setObjectName(QStringLiteral("profileSaveProblem"));
    UiStyle::setTone(m_saveProblem, UiStyle::Tone::Warning);
    m_saveProblem->hide();
    layout->addWidget(m_saveProblem);
    layout->addStretch(1);
    connectControls();
    connectSecrets();
    reloadPicker(m_profiles->lastUsedProfile());
}

void ProfilePanel::buildPicker(QVBoxLayout *layout)
{
    auto *pickerRow = new QHBoxLayout;
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("profilePicker"));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(12);
    m_duplicate = new QPushButton(tr("Duplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("profileDuplicate"));
    m_duplicate->setToolTip(tr("Make an editable copy of this profile"));
    pickerRow->addWidget(m_picker, 1);
    layout->addLayout(pickerRow);
    auto *actionRow = new QHBoxLayout;
    actionRow->setSpacing(6);
    m_import = new QPushButton(tr("Import…"), this);
    m_import->setObjectName(QStringLiteral("profileImport"));
    m_import->setToolTip(tr("Add the profiles of an exported file"));
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("profileExport"));
    m_export->setToolTip(tr("Save this profile to a file to share; the secret is never in it"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("profileDelete"));
    m_delete->setToolTip(tr("Delete this profile and its secret in the keychain"));
    actionRow->addWidget(m_duplicate);
    actionRow->addWidget(m_import);
    actionRow->addWidget(m_export);
    actionRow->addWidget(m_delete);
    actionRow->addStretch(1);
    layout->addLayout(actionRow);
}

QWidget *ProfilePanel::buildScenarioBox()
{
    m_scenarioBox = new QWidget(this);
    auto *scenarioLayout = new QFormLayout(m_scenarioBox);
    scenarioLayout->setContentsMargins(0, 0, 0, 0);
    scenarioLayout->setHorizontalSpacing(UiStyle::Spacing);
    scenarioLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_scenario = new QComboBox(m_scenarioBox);
    m_scenario->setObjectName(QStringLiteral("sandboxScenario"));
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenario->setMinimumContentsLength(12);
    for (const SandboxScenario &scenario : SandboxHost::scenarios()) {
        if (scenario.testOnly)
            continue; // for the test suites, not for a demo
        m_scenario->addItem(scenario.translatedTitle(), scenario.id);
        m_scenario->setItemData(m_scenario->count() - 1, scenario.translatedDescription(),
                                Qt::ToolTipRole);
    }
    m_scenarioHint = new WrappingLabel(m_scenarioBox);
    m_scenarioHint->setObjectName(QStringLiteral("sandboxScenarioHint"));
    UiStyle::setHint(m_scenarioHint);
    scenarioLayout->addRow(tr("Scenario"), m_scenario);
    scenarioLayout->addRow(QString(), m_scenarioHint);
    return m_scenarioBox;
}

void ProfilePanel::buildFields()
{
    m_name = addLine(QStringLiteral("profileName"));
    m_name->setAccessibleName(tr("Profile name"));
    m_nameProblem = new WrappingLabel(this);
    m_nameProblem->setObjectName(QStringLiteral("profileNameProblem"));
    UiStyle::setTone(m_nameProblem, UiStyle::Tone::Warning);
    m_authorizeUrl = addLine(QStringLiteral("authorizeUrl"));
    m_tokenUrl = addLine(QStringLiteral("tokenUrl"));
    m_verifyUrl = addLine(QStringLiteral("verifyUrl"));
    m_clientId = addLine(QStringLiteral("clientId"));
    m_clientSecret = addLine(QStringLiteral("clientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_secretStatus = new WrappingLabel(this);
    m_secretStatus->setObjectName(QStringLiteral("secretStatus"));
    UiStyle::setHint(m_secretStatus);
    m_redirectUri = addLine(QStringLiteral("redirectUri"));
    m_scope = addLine(QStringLiteral("scope"));
    m_prompt = addLine(QStringLiteral("prompt"));
    m_loginHint = addLine(QStringLiteral("loginHint"));
    m_koneraContext = addLine(QStringLiteral("koneraContext"));
    // What the field is for, ahead of its value in the tooltip (see showProfile).
    m_prompt->setProperty(
        "nvHelp", tr("OIDC prompt on the authorize request: none (no page for the person: the "
                     "operator fails rather than ask), login or consent; empty: not sent."));
    m_koneraContext->setProperty(
        "nvHelp", tr("Konera extension on the authorize request: IP hints for the operator, e.g. "
                     "ipv4:142.115.147.143,ipv6:2001:4860:7:f04::fe; empty: not sent."));
    m_correlationHeader = new QComboBox(this);
    m_correlationHeader->setObjectName(QStringLiteral("correlationHeader"));
    m_correlationHeader->setEditable(true);
    m_correlationHeader->lineEdit()->setAccessibleName(tr("Correlation header"));
    m_correlationHeader->addItems(
        {QStringLiteral("x-correlation-id"), QStringLiteral("x-correlator")});
    m_pkce = new QCheckBox(tr("Send a PKCE challenge (S256)"), this);
    m_pkce->setObjectName(QStringLiteral("pkce"));
    m_tokenAuth = new QComboBox(this);
    m_tokenAuth->setObjectName(QStringLiteral("tokenAuthMethod"));
    for (auto method : {TokenAuthMethod::ClientSecretPost, TokenAuthMethod::ClientSecretBasic,
                        TokenAuthMethod::PrivateKeyJwt})
        m_tokenAuth->addItem(tokenAuthMethodName(method), int(method));
    m_clientKey = new ClientKeyEditor(m_secrets, this);
    m_assertionAudience = new QComboBox(this);
    m_assertionAudience->setObjectName(QStringLiteral("assertionAudience"));
    m_assertionAudience->addItem(tr("Token endpoint"), int(AssertionAudience::TokenEndpoint));
    m_assertionAudience->addItem(tr("Issuer"), int(AssertionAudience::Issuer));
    m_assertionAudience->setToolTip(tr("The aud of the client assertion: the token endpoint's URL "
                                       "(RFC 7523) or the issuer, as some operators ask"));
    m_authorizeWith = new QComboBox(this);
    m_authorizeWith->setObjectName(QStringLiteral("profileAuthorizeWith"));
    DriverChoices::fill(m_authorizeWith);
    m_relayUrl = addLine(QStringLiteral("relayUrl"));
    m_relayUrl->setPlaceholderText(tr("Empty: paste the phone's last address back"));
    m_relayUrl->setToolTip(tr("The relay (nv-relay) whose /callback is the redirect URI "
                              "registered with the operator"));
    m_network = new NetworkSettingsEditor(m_secrets, this);
    m_network->setObjectName(QStringLiteral("networkSettings"));
}

QFormLayout *ProfilePanel::buildForm()
{
    buildFields();
    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(UiStyle::Spacing);
    form->setVerticalSpacing(6);

    form->addRow(tr("Name"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("Authorize URL"), m_authorizeUrl);
    form->addRow(tr("Token URL"), m_tokenUrl);
    form->addRow(tr("Verify URL"), m_verifyUrl);
    form->addRow(tr("Client ID"), m_clientId);
    form->addRow(tr("Client secret"), m_clientSecret);
    form->addRow(QString(), m_secretStatus);
    form->addRow(tr("Redirect URI"), m_redirectUri);
    form->addRow(tr("Scope"), m_scope);
    form->addRow(tr("Prompt"), m_prompt);
    form->addRow(tr("Login hint"), m_loginHint);
    form->addRow(tr("konera_context"), m_koneraContext);
    form->addRow(tr("Correlation header"), m_correlationHeader);
    form->addRow(tr("PKCE"), m_pkce);
    form->addRow(tr("Token auth"), m_tokenAuth);
    form->addRow(tr("Client key"), m_clientKey);
    form->addRow(tr("Assertion aud"), m_assertionAudience);
    form->addRow(tr("Authorize with"), m_authorizeWith);
    form->addRow(tr("Relay URL"), m_relayUrl);
    form->addRow(m_network);
    return form;
}

void ProfilePanel::connectControls()
{
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        const auto found = m_profiles->find(m_picker->currentData().toString());
        m_profile = found ? *found : Profile::builtInSandbox();
        showProfile();
        emit profileChanged(m_profile);
    });
    // Only a person's choice is remembered for next time, not a selection made at start-up.
    connect(m_picker, &QComboBox::activated, this,
            [this] { m_profiles->setLastUsedProfile(m_profile.name); });
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilePanel::duplicateCurrent);
    connect(m_makeCopy, &QPushButton::clicked, this, &ProfilePanel::duplicateCurrent);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_filling)
            checkName();
    });
    connect(m_name, &QLineEdit::editingFinished, this, &ProfilePanel::commitName);
    for (QLineEdit *edit : {m_authorizeUrl, m_tokenUrl, m_verifyUrl, m_clientId, m_redirectUri,
                            m_scope, m_prompt, m_loginHint, m_koneraContext, m_relayUrl}) {
        connect(edit, &QLineEdit::editingFinished, this, &ProfilePanel::commitEdits);
        connect(edit, &QLineEdit::textChanged, this, &ProfilePanel::validate);
    }
    connect(m_import, &QPushButton::clicked, this, &ProfilePanel::importFromFile);
    connect(m_export, &QPushButton::clicked, this, &ProfilePanel::exportCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ProfilePanel::removeCurrent);
    connect(m_scenario, &QComboBox::activated, this, [this] {
        const QString id = m_scenario->currentData().toString();
        m_scenarioHint->setText(
            UiStyle::breakable(m_scenario->currentData(Qt::ToolTipRole).toString()));
        emit scenarioChosen(id);
    });
    connect(m_correlationHeader->lineEdit(), &QLineEdit::editingFinished, this,
            &ProfilePanel::commitEdits);
    connect(m_correlationHeader, &QComboBox::activated, this, &ProfilePanel::commitEdits);
    connect(m_pkce, &QCheckBox::toggled, this, &ProfilePanel::commitEdits);
    connect(m_tokenAuth, &QComboBox::activated, this, [this] {
        showCredentialRows();
        commitEdits();
    });
    connect(m_assertionAudience, &QComboBox::activated, this, &ProfilePanel::commitEdits);
    connect(m_clientKey, &ClientKeyEditor::keyChosen, this, &ProfilePanel::commitEdits);
    connect(m_network, &NetworkSettingsEditor::edited, this, &ProfilePanel::commitEdits);
    connect(m_authorizeWith, &QComboBox::activated, this, [this] {
        m_authorizeWith->setToolTip(
            DriverChoices::description(DriverChoices::selected(m_authorizeWith)));
        commitEdits();
    });
    connect(m_clientSecret, &QLineEdit::editingFinished, this, &ProfilePanel::commitSecret);
}

void ProfilePanel::connectSecrets()
{
    connect(m_secrets, &SecretStore::loaded, this, &ProfilePanel::onSecretLoaded);
    connect(m_secrets, &SecretStore::stored, this, [this](const QString &profile) {
        if (profile != m_profile.name)
            return;
        updateSecretStatus();
        emit secretAvailable(profile);
    });
    connect(m_secrets, &SecretStore::storageChanged, this, [this] {
        if (!m_profile.sandbox && !m_profile.builtIn)
            updateSecretStatus();
    });
    connect(m_secrets, &SecretStore::copied, this, &ProfilePanel::onSecretCopied);
}

QLineEdit *ProfilePanel::addLine(const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(false);
    return edit;
}

void ProfilePanel::reloadPicker(const QString &select)
{
    m_filling = true;
    m_picker->clear();
    for (const Profile &profile : m_profiles->profiles())
        m_picker->addItem(profile.name, profile.name);
    m_filling = false;
    selectProfile(select);
}

void ProfilePanel::selectProfile(const QString &name)
{
    int index = m_picker->findData(name);
    // Saved to the store by someone else (a preset, a demo session): list it, then select it.
    if (index < 0 && m_profiles->find(name)) {
        reloadPicker(name);
        return;
    }
    if (index < 0)
        index = m_picker->findData(Profile::builtInSandbox().name);
    if (index == m_picker->currentIndex()) {
        // Same row: currentIndexChanged will not fire, so apply by hand.
        const auto found = m_profiles->find(m_picker->currentData().toString());
        m_profile = found ? *found : Profile::builtInSandbox();
        showProfile();
        emit profileChanged(m_profile);
        return;
    }
    m_picker->setCurrentIndex(index);
}

void ProfilePanel::setSandboxBaseUrl(const QUrl &baseUrl)
{
    m_sandboxBaseUrl = baseUrl;
    if (m_profile.sandbox)
        showProfile();
}

void ProfilePanel::setLocked(bool locked)
{
    m_locked = locked;
    m_picker->setEnabled(!locked);
    m_duplicate->setEnabled(!locked);
    m_makeCopy->setEnabled(!locked);
    m_import->setEnabled(!locked);
    m_export->setEnabled(!locked);
    m_delete->setEnabled(!locked && !m_profile.builtIn);
    m_scenario->setEnabled(!locked);
    m_network->setEnabled(!locked);
    applyReadOnly();
}

void ProfilePanel::showProfile()
{
    m_filling = true;
    const Profile shown = m_profile.sandbox && !m_sandboxBaseUrl.isEmpty()
                              ? m_profile.resolvedAgainst(m_sandboxBaseUrl)
                              : m_profile;
    m_authorizeUrl->setText(shown.authorizeUrl.toString());
    m_tokenUrl->setText(shown.tokenUrl.toString());
    m_verifyUrl->setText(shown.verifyUrl.toString());
    m_clientId->setText(shown.clientId);
    m_redirectUri->setText(shown.redirectUri.toString());
    m_scope->setText(shown.scope);
    m_prompt->setText(shown.prompt);
    m_loginHint->setText(shown.loginHint);
    m_koneraContext->setText(shown.koneraContext);
    m_correlationHeader->setCurrentText(shown.correlationHeader);
    m_pkce->setChecked(shown.usePkce);
    m_tokenAuth->setCurrentIndex(m_tokenAuth->findData(int(shown.tokenAuthMethod)));
    DriverChoices::select(m_authorizeWith, shown.authorizeWith);
    m_assertionAudience->setCurrentIndex(
        m_assertionAudience->findData(int(shown.assertionAudience)));
    m_clientKey->show(shown.clientKeyAlg, shown.clientKeyId, m_profile.builtIn);
    showCredentialRows();
    m_relayUrl->setText(shown.relayUrl.toString());
    m_network->show(shown.network, m_profile.name, m_profile.builtIn || m_locked);
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        edit->setCursorPosition(0); // long URLs: show where they start, and all of it on hover
        const QString help = edit->property("nvHelp").toString();
        if (!help.isEmpty())
            edit->setToolTip(edit->text().isEmpty()
                                 ? help
                                 : help + QLatin1Char('\n') + tr("Now: %1").arg(edit->text()));
        else if (edit != m_clientSecret)
            edit->setToolTip(edit->text());
    }
    m_saveProblem->hide();
    m_name->setText(m_profile.name);
    m_name->setToolTip(m_profile.builtIn
                           ? tr("Built-in profiles keep their name; a copy can be renamed")
                           : tr("Type a new name and press Enter to rename this profile; its "
                                "secrets in the keychain move with it"));
    m_form->setRowVisible(m_nameProblem, false);
    m_name->setProperty("nvInvalid", false);
    showReadOnlyNote();
    showSecret();
    m_filling = false;
    m_scenarioBox->setVisible(m_profile.sandbox);
    m_delete->setEnabled(!m_locked && !m_profile.builtIn);
    applyReadOnly();
    validate();
}

void ProfilePanel::showReadOnlyNote()
{
    if (m_profile.builtIn) {
        m_readOnlyNote->setText(
            m_profile.sandbox
                ? tr("Built-in sandbox: an operator running inside this console. Read-only: to "
                     "change anything, make an editable copy (the same as Duplicate); the copy "
                     "talks to the same sandbox.")
                : tr("Built-in profile: read-only, the client ID and secret included. To run it "
                     "with your own client ID and secret, make an editable copy (the same as "
                     "Duplicate, or Profile → Duplicate profile): it keeps these URLs and "
                     "settings, and you can rename it."));
    }
    m_readOnlyNote->setVisible(m_profile.builtIn);
    m_makeCopy->setVisible(m_profile.builtIn);
}

void ProfilePanel::showSecret()
{
    // The sandbox's is well known and set for the session by the window; a built-in operator
    // profile has none, and the keychain is not asked at all (a write there once made a desktop
    // without a keyring prompt to create one); any other comes from the keychain,
    // asynchronously.
    m_knownSecret.clear();
    m_clientSecret->clear();
    m_clientSecret->setEnabled(true);
    if (m_profile.sandbox) {
        // A copy of the sandbox profile talks to the same sandbox, with the same public secret.
        if (!m_secrets->hasSecret(m_profile.name))
            m_secrets->setSessionSecret(m_profile.name, SandboxConfig::defaultClientSecret());
        m_knownSecret = m_secrets->secret(m_profile.name);
        m_clientSecret->setText(m_knownSecret);
        m_clientSecret->setPlaceholderText(QString());
        updateSecretStatus(tr("The sandbox's well-known secret, kept in memory for this session "
                              "only (never in the keychain)."));
    } else if (m_profile.builtIn) {
        m_clientSecret->setPlaceholderText(tr("None: a copy takes yours"));
        updateSecretStatus(tr("A built-in profile keeps no secret. Make an editable copy to enter "
                              "your client ID and secret; they are kept with the copy."));
    } else {
        m_clientSecret->setPlaceholderText(tr("Loading…"));
        m_clientSecret->setEnabled(false);
        updateSecretStatus(tr("Asking the system keychain…"));
        m_secrets->load(m_profile.name);
    }
}

void ProfilePanel::duplicateCurrent()
{
    if (m_locked) {
        showNote(tr("A run is in progress with this profile: duplicate it once the run is over."),
                 true);
        return;
    }
    const Profile source = m_profile;
    const Profile copy =
        m_profiles->duplicate(source.name, m_profiles->uniqueName(tr("%1 copy").arg(source.name)));
    if (copy.name.isEmpty()) {
        showNote(tr("Could not save the copy: %1").arg(m_profiles->lastError()), true);
        return;
    }
    // The copy keeps the secrets too, in the background (a keychain read, then a write). A
    // built-in profile has none to give: the sandbox's is set again for the copy, and nothing
    // is ever kept under a built-in operator profile.
    if (!source.builtIn)
        ProfileSecrets::copy(m_secrets, source.name, copy.name);
    reloadPicker(copy.name);
    m_profiles->setLastUsedProfile(copy.name);
    showNote(tr("\"%1\" is an editable copy of \"%2\". Type its new name in the Name field and "
                "press Enter to rename it.")
                 .arg(copy.name, source.name),
             false);
    // A copy is made to be changed, starting with its name.
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

bool ProfilePanel::checkName()
{
    const QString problem =
        m_profile.builtIn ? QString() : m_profiles->nameProblem(m_name->text(), m_profile.name);
    m_nameProblem->setText(problem);
    // The whole row, so the form gives the wrapped words their height (a bare label shown
    // later kept the height of its first layout and was cut off).
    m_form->setRowVisible(m_nameProblem, !problem.isEmpty());
    m_name->setProperty("nvInvalid", !problem.isEmpty());
    return problem.isEmpty();
}

void ProfilePanel::commitName()
{
    if (m_filling || m_profile.builtIn || m_locked)
        return;
    const QString from = m_profile.name;
    const QString to = m_name->text().trimmed();
    // A name that cannot be used stays in the field with its problem said beside it.
    if (to == from || !checkName())
        return;
    if (!m_profiles->rename(from, to)) {
        showNote(tr("Could not rename: %1").arg(m_profiles->lastError()), true);
        return;
    }
    // Written under the new name first, then removed under the old one, in the background.
    ProfileSecrets::move(m_secrets, from, to);
    m_profiles->setLastUsedProfile(to);
    reloadPicker(to);
    showNote(tr("Renamed \"%1\" to \"%2\"; its secrets moved with it.").arg(from, to), false);
}

void ProfilePanel::onSecretCopied(const QString &, const QString &to, bool carried)
{
    // A copy that arrives after the keychain's first answer for this profile fills the field.
    if (carried && to == m_profile.name && !m_profile.sandbox)
        onSecretLoaded(to, m_secrets->secret(to));
}

void ProfilePanel::setScenario(const QString &id)
{
    const int index = m_scenario->findData(id);
    if (index < 0)
        return;
    m_scenario->setCurrentIndex(index);
    m_scenarioHint->setText(
        UiStyle::breakable(m_scenario->itemData(index, Qt::ToolTipRole).toString()));
}

void ProfilePanel::validate()
{
    // Said while typing, in words, before a run finds out the hard way.
    ProfileProblems problems = profileFromFields().problems();
    // A built-in profile with no client ID says so in its note already.
    if (m_profile.builtIn && !m_profile.sandbox)
        problems.removeIf(
            [](const ProfileProblem &p) { return p.field == ProfileProblem::Field::ClientId; });
    QStringList lines;
    for (const ProfileProblem &problem : problems)
        lines << problem.message;
    for (const auto &[edit, field] :
         {std::pair{m_authorizeUrl, ProfileProblem::Field::AuthorizeUrl},
          std::pair{m_tokenUrl, ProfileProblem::Field::TokenUrl},
          std::pair{m_verifyUrl, ProfileProblem::Field::VerifyUrl}}) {
        const ProfileProblem::Field checked = field; // clang 14 cannot capture a binding
        const bool invalid = std::any_of(problems.begin(), problems.end(), [&](const auto &p) {
            return p.field == checked && p.blocking;
        });
        edit->setProperty("nvInvalid", invalid);
    }
    m_validation->setText(lines.join(QLatin1Char('\n')));
    m_validation->setVisible(!lines.isEmpty());
}

void ProfilePanel::showNote(const QString &text, bool isProblem)
{
    m_saveProblem->setText(text);
    UiStyle::setTone(m_saveProblem, isProblem ? UiStyle::Tone::Warning : UiStyle::Tone::Neutral);
    m_saveProblem->setVisible(!text.isEmpty());
}

void ProfilePanel::exportCurrent()
{
    QString suggested = m_profile.name;
    suggested.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export profile"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(suggested + QStringLiteral(".nvprofile.json")),
        tr("NV Console profiles (*.json)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    QString error;
    if (!ProfileStore::exportTo(path, {m_profile}, &error))
        showNote(tr("Could not export: %1").arg(error), true);
    else
        showNote(tr("Exported \"%1\" to %2, without its secret.").arg(m_profile.name, path), false);
}

void ProfilePanel::importFromFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import profiles"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("NV Console profiles (*.json);;All files (*)"), nullptr,
        QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    QString error;
    const QList<Profile> imported = ProfileStore::importFrom(path, &error);
    if (imported.isEmpty()) {
        showNote(
            tr("Nothing imported: %1").arg(error.isEmpty() ? tr("no profile in the file") : error),
            true);
        return;
    }
    QString last;
    for (Profile profile : imported) {
        // Never overwrite: an imported profile with a known name comes in as "name (2)".
        profile.name = m_profiles->uniqueName(profile.name);
        if (!m_profiles->upsert(profile)) {
            showNote(tr("Could not save \"%1\": %2").arg(profile.name, m_profiles->lastError()),
                     true);
            return;
        }
        last = profile.name;
    }
    reloadPicker(last);
    m_profiles->setLastUsedProfile(last);
    showNote(tr("Imported %n profile(s). Enter the client secret: exports never carry it.", nullptr,
                int(imported.size())),
             false);
}

void ProfilePanel::removeCurrent()
{
    if (m_profile.builtIn)
        return;
    const QString name = m_profile.name;
    const auto answer = QMessageBox::question(
        this, tr("Delete profile"),
        tr("Delete the profile \"%1\" and the secrets kept for it in the keychain (client "
           "secret, proxy password, key passphrase)? This cannot be undone; export it first to "
           "keep a copy.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (!m_profiles->remove(name)) {
        showNote(tr("Could not delete: %1").arg(m_profiles->lastError()), true);
        return;
    }
    ProfileSecrets::remove(m_secrets, name);
    reloadPicker(Profile::builtInSandbox().name);
    m_profiles->setLastUsedProfile(m_profile.name);
    showNote(tr("Deleted \"%1\".").arg(name), false);
}

void ProfilePanel::applyReadOnly()
{
    const bool readOnly = m_profile.builtIn || m_locked;
    for (QLineEdit *edit :
         {m_name, m_authorizeUrl, m_tokenUrl, m_verifyUrl, m_clientId, m_redirectUri, m_scope,
          m_prompt, m_loginHint, m_koneraContext, m_relayUrl})
        UiStyle::setReadOnlyField(edit, readOnly);
    m_correlationHeader->setEnabled(!readOnly);
    m_authorizeWith->setEnabled(!readOnly);
    m_pkce->setEnabled(!readOnly);
    m_tokenAuth->setEnabled(!readOnly);
    m_assertionAudience->setEnabled(!readOnly);
    // Every built-in profile's secret too (the partner's own goes with a copy); a copy of the
    // sandbox keeps the sandbox's well-known one.
    UiStyle::setReadOnlyField(m_clientSecret, readOnly || m_profile.sandbox);
}

void ProfilePanel::showCredentialRows()
{
    const bool key =
        TokenAuthMethod(m_tokenAuth->currentData().toInt()) == TokenAuthMethod::PrivateKeyJwt;
    for (QWidget *field :
         {static_cast<QWidget *>(m_clientSecret), static_cast<QWidget *>(m_secretStatus)})
        m_form->setRowVisible(field, !key);
    for (QWidget *field :
         {static_cast<QWidget *>(m_clientKey), static_cast<QWidget *>(m_assertionAudience)})
        m_form->setRowVisible(field, key);
}

Profile ProfilePanel::profileFromFields() const
{
    Profile edited = m_profile;
    edited.authorizeUrl = QUrl(m_authorizeUrl->text().trimmed());
    edited.tokenUrl = QUrl(m_tokenUrl->text().trimmed());
    edited.verifyUrl = QUrl(m_verifyUrl->text().trimmed());
    edited.clientId = m_clientId->text().trimmed();
    edited.redirectUri = QUrl(m_redirectUri->text().trimmed());
    edited.scope = m_scope->text().trimmed();
    edited.prompt = m_prompt->text().trimmed();
    edited.loginHint = m_loginHint->text().trimmed();
    edited.koneraContext = m_koneraContext->text().trimmed();
    edited.correlationHeader = m_correlationHeader->currentText().trimmed();
    edited.usePkce = m_pkce->isChecked();
    edited.tokenAuthMethod = TokenAuthMethod(m_tokenAuth->currentData().toInt());
    edited.authorizeWith = DriverChoices::selected(m_authorizeWith);
    edited.assertionAudience = AssertionAudience(m_assertionAudience->currentData().toInt());
    edited.clientKeyAlg = m_clientKey->alg();
    edited.clientKeyId = m_clientKey->kid();
    edited.relayUrl = QUrl(m_relayUrl->text().trimmed());
    edited.network = m_network->settings();
    if (m_profile.sandbox && !m_sandboxBaseUrl.isEmpty()) {
        // The fields show the running sandbox's URLs; a sandbox profile stores paths, so it
        // still works when the sandbox listens on another port next time.
        for (QUrl *url : {&edited.authorizeUrl, &edited.tokenUrl, &edited.verifyUrl}) {
            if (url->scheme() == m_sandboxBaseUrl.scheme() &&
                url->host() == m_sandboxBaseUrl.host() && url->port() == m_sandboxBaseUrl.port()) {
                QUrl relative;
                relative.setPath(url->path());
                relative.setQuery(url->query());
                *url = relative;
            }
        }
    }
    return edited;
}

void ProfilePanel::commitEdits()
{
    if (m_filling || m_profile.builtIn || m_locked)
        return;
    const Profile edited = profileFromFields();
    if (edited == m_profile)
        return;
    if (!m_profiles->upsert(edited)) {
        m_saveProblem->setText(tr("The change is used for this session but could not be saved: "
                                  "%1")
                                   .arg(m_profiles->lastError()));
        m_saveProblem->show();
    } else {
        m_saveProblem->hide();
    }
    m_profile = edited;
    emit profileChanged(m_profile);
}

void ProfilePanel::commitSecret()
{
    if (m_filling || m_profile.sandbox || m_profile.builtIn || m_locked)
        return;
    const QString value = m_clientSecret->text();
    if (value == m_knownSecret)
        return;
    m_knownSecret = value;
    updateSecretStatus(tr("Saving…"));
    m_secrets->store(m_profile.name, value);
}

void ProfilePanel::onSecretLoaded(const QString &profile, const QString &secret)
{
    if (profile != m_profile.name || m_profile.sandbox || m_profile.builtIn)
        return;
    m_filling = true;
    m_knownSecret = secret;
    m_clientSecret->setText(secret);
    m_clientSecret->setPlaceholderText(tr("Enter the client secret"));
    m_clientSecret->setEnabled(true);
    m_filling = false;
    if (secret.isEmpty())
        updateSecretStatus(
            tr("No secret saved for this profile yet. %1.").arg(m_secrets->storageDescription()));
    else
        updateSecretStatus();
    emit secretAvailable(profile);
}

void ProfilePanel::updateSecretStatus(const QString &text)
{
    m_secretStatus->setText(text.isEmpty() ? m_secrets->storageDescription() + QLatin1Char('.')
                                           : text);
}

} // namespace nv
