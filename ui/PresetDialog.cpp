#include "PresetDialog.h"

#include "UiStyle.h"
#include "profile/ProfilePresets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nv {

namespace {
QLineEdit *readOnlyLine(const QString &objectName, QWidget *parent)
{
    auto *line = new QLineEdit(parent);
    line->setObjectName(objectName);
    line->setReadOnly(true);
    return line;
}
} // namespace

PresetDialog::PresetDialog(QWidget *parent)
    : QDialog(parent)
    , m_preset(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_operatorOffers(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_discovery(new OperatorDiscovery(this))
{
    setWindowTitle(tr("New profile from a preset"));
    setObjectName(QStringLiteral("presetDialog"));
    m_preset->setObjectName(QStringLiteral("presetChoice"));
    for (const ProfilePreset &preset : ProfilePresets::all()) {
        m_preset->addItem(preset.title, preset.id);
        m_preset->setItemData(m_preset->count() - 1, preset.description, Qt::ToolTipRole);
    }
    m_description->setWordWrap(true);
    UiStyle::setHint(m_description);
    m_name->setObjectName(QStringLiteral("presetName"));
    m_clientId->setObjectName(QStringLiteral("presetClientId"));
    m_clientId->setPlaceholderText(tr("the client id the operator gave you (can be added later)"));
    m_status->setObjectName(QStringLiteral("presetStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_operatorOffers->setObjectName(QStringLiteral("presetOperatorOffers"));
    m_operatorOffers->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create profile"));

    auto *choice = new QFormLayout;
    choice->addRow(tr("Preset"), m_preset);
    auto *names = new QFormLayout;
    names->addRow(tr("Name"), m_name);
    names->addRow(tr("Client ID"), m_clientId);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(UiStyle::Spacing);
    layout->addLayout(choice);
    layout->addWidget(m_description); // outside the form: a wrapped row there keeps stale height
    layout->addLayout(names);
    layout->addWidget(buildDiscoveryBox());
    layout->addWidget(m_status);
    layout->addWidget(UiStyle::sectionTitle(tr("What the profile will hold"), this));
    layout->addWidget(buildPreview());
    layout->addWidget(m_operatorOffers);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &PresetDialog::onPresetChanged);
    connect(m_version, &QComboBox::currentIndexChanged, this, &PresetDialog::refresh);
    connect(m_issuer, &QLineEdit::textEdited, this, &PresetDialog::onIssuerEdited);
    connect(m_issuer, &QLineEdit::returnPressed, this, &PresetDialog::discover);
    connect(m_read, &QPushButton::clicked, this, &PresetDialog::discover);
    connect(m_name, &QLineEdit::textEdited, this, &PresetDialog::refresh);
    connect(m_discovery, &OperatorDiscovery::exchangeRecorded, this,
            &PresetDialog::exchangeRecorded);
    connect(m_discovery, &OperatorDiscovery::finished, this, &PresetDialog::onDiscovered);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onPresetChanged();
    resize(640, sizeHint().height());
}

PresetDialog::~PresetDialog()
{
    m_discovery->cancel();
}

QWidget *PresetDialog::buildDiscoveryBox()
{
    m_discoveryBox = new QWidget(this);
    m_issuer = new QLineEdit(m_discoveryBox);
    m_issuer->setObjectName(QStringLiteral("presetIssuer"));
    m_issuer->setPlaceholderText(tr("https://operator.example (its issuer URL)"));
    m_read = new QPushButton(tr("Read discovery"), m_discoveryBox);
    m_read->setObjectName(QStringLiteral("presetRead"));
    m_read->setAutoDefault(false);
    m_version = new QComboBox(m_discoveryBox);
    m_version->setObjectName(QStringLiteral("presetApiVersion"));
    m_version->addItem(tr("v1 (/number-verification/v1/verify)"), apiVersionName(ApiVersion::V1));
    m_version->addItem(tr("v2 (/number-verification/v2/verify)"), apiVersionName(ApiVersion::V2));
    auto *issuerRow = new QHBoxLayout;
    issuerRow->addWidget(m_issuer, 1);
    issuerRow->addWidget(m_read);
    auto *form = new QFormLayout(m_discoveryBox);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Issuer"), issuerRow);
    form->addRow(tr("API version"), m_version);
    return m_discoveryBox;
}

QWidget *PresetDialog::buildPreview()
{
    auto *preview = new QWidget(this);
    m_authorize = readOnlyLine(QStringLiteral("presetAuthorizeUrl"), preview);
    m_token = readOnlyLine(QStringLiteral("presetTokenUrl"), preview);
    m_jwks = readOnlyLine(QStringLiteral("presetJwksUrl"), preview);
    m_verify = readOnlyLine(QStringLiteral("presetVerifyUrl"), preview);
    m_header = readOnlyLine(QStringLiteral("presetCorrelationHeader"), preview);
    m_scope = readOnlyLine(QStringLiteral("presetScope"), preview);
    auto *form = new QFormLayout(preview);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Authorize URL"), m_authorize);
    form->addRow(tr("Token URL"), m_token);
    form->addRow(tr("JWKS URL"), m_jwks);
    form->addRow(tr("Verify URL"), m_verify);
    form->addRow(tr("Correlation header"), m_header);
    form->addRow(tr("Scope"), m_scope);
    return preview;
}

bool PresetDialog::usesDiscovery() const
{
    const auto preset = ProfilePresets::fromId(m_preset->currentData().toString());
    return preset && preset->usesDiscovery();
}

ApiVersion PresetDialog::chosenVersion() const
{
    return apiVersionFromName(m_version->currentData().toString()).value_or(ApiVersion::V1);
}

Profile PresetDialog::profile() const
{
    const ProfilePreset preset = ProfilePresets::fromId(m_preset->currentData().toString())
                                     .value_or(ProfilePresets::all().first());
    const QUrl issuer(m_issuer->text().trimmed(), QUrl::StrictMode);
    const DiscoveryDocument *document = m_result && m_result->ok() ? &m_result->document : nullptr;
    Profile p = ProfilePresets::profileFor(preset, chosenVersion(), issuer, document);
    if (!m_name->text().trimmed().isEmpty())
        p.name = m_name->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    return p;
}

bool PresetDialog::isComplete() const
{
    if (m_name->text().trimmed().isEmpty())
        return false;
    return !usesDiscovery() || (m_result && m_result->ok());
}

void PresetDialog::selectPreset(const QString &id)
{
    const int index = m_preset->findData(id);
    if (index >= 0)
        m_preset->setCurrentIndex(index);
}

void PresetDialog::setIssuer(const QString &issuer)
{
    m_issuer->setText(issuer);
    onIssuerEdited();
}

void PresetDialog::onPresetChanged()
{
    const auto preset = ProfilePresets::fromId(m_preset->currentData().toString());
    m_description->setText(preset ? preset->description : QString());
    m_discoveryBox->setVisible(usesDiscovery());
    setStatus(usesDiscovery() && !m_result
                  ? tr("Type the operator's issuer and read its discovery document: the "
                       "authorize, token and JWKS URLs come from there.")
                  : QString(),
              false);
    refresh();
}

void PresetDialog::onIssuerEdited()
{
    // What was read belongs to the issuer as it was: a new one must be read again.
    m_discovery->cancel();
    m_read->setEnabled(true);
    if (m_result) {
        m_result.reset();
        setStatus(tr("Read the discovery document of this issuer."), false);
    }
    refresh();
}

void PresetDialog::discover()
{
    const QUrl issuer(m_issuer->text().trimmed(), QUrl::StrictMode);
    m_result.reset();
    m_read->setEnabled(false);
    setStatus(tr("Reading %1 …").arg(DiscoveryDocument::wellKnownUrl(issuer).toString()), false);
    refresh();
    m_discovery->start(issuer); // answers through onDiscovered(), a refused issuer too
}

void PresetDialog::onDiscovered(const DiscoveryResult &result)
{
    m_read->setEnabled(true);
    m_result = result;
    if (!result.ok())
        setStatus(result.problem, true);
    else if (!result.jwksProblem.isEmpty())
        setStatus(
            tr("Endpoints read from %1. %2")
                .arg(DiscoveryDocument::wellKnownUrl(result.issuer).toString(), result.jwksProblem),
            true);
    else
        setStatus(tr("Endpoints read from %1; its key set has %2.")
                      .arg(DiscoveryDocument::wellKnownUrl(result.issuer).toString(),
                           result.jwksKeys == 1 ? tr("1 key") : tr("%1 keys").arg(result.jwksKeys)),
                  false);
    refresh();
    emit discoveryFinished(result.ok());
}

void PresetDialog::refresh()
{
    const Profile p = profile();
    const auto show = [](QLineEdit *line, const QString &text, const QString &pending) {
        line->setText(text);
        line->setPlaceholderText(pending);
        line->setCursorPosition(0);
    };
    const QString fromDocument = tr("filled from the discovery document");
    show(m_authorize, p.authorizeUrl.toString(), fromDocument);
    show(m_token, p.tokenUrl.toString(), fromDocument);
    show(m_jwks, p.jwksUrl.toString(),
         usesDiscovery() ? fromDocument : tr("none: found from the authorize URL's origin"));
    show(m_verify, p.verifyUrl.toString(), tr("needs the issuer"));
    show(m_header, p.correlationHeader, {});
    show(m_scope, p.scope, {});
    // The name follows the preset (and the issuer) until the person types one of their own.
    if (m_name->text() == m_suggestedName || m_name->text().isEmpty()) {
        const QString suggested =
            ProfilePresets::profileFor(ProfilePresets::fromId(m_preset->currentData().toString())
                                           .value_or(ProfilePresets::all().first()),
                                       chosenVersion(), QUrl(m_issuer->text().trimmed()))
                .name;
        m_name->setText(suggested);
        m_suggestedName = suggested;
    }
    const bool offers = usesDiscovery() && m_result && m_result->ok();
    m_operatorOffers->setVisible(offers);
    if (offers) {
        const DiscoveryDocument &d = m_result->document;
        const auto listed = [this](const QStringList &items) {
            return items.isEmpty() ? tr("not listed") : items.join(QStringLiteral(", "));
        };
        m_operatorOffers->setText(
            tr("The operator lists token authentication: %1; PKCE: %2. The profile starts with "
               "client_secret_post and PKCE S256: change them in the profile editor if the "
               "operator wants otherwise.")
                .arg(listed(d.tokenEndpointAuthMethodsSupported),
                     listed(d.codeChallengeMethodsSupported)));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isComplete());
    fitHeight();
}

void PresetDialog::fitHeight()
{
    // Word-wrapped labels (the status, what the operator lists) change height with their text:
    // grow the dialog so they are never clipped.
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (height() < wanted)
        resize(width(), wanted);
}

void PresetDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(UiStyle::breakable(text)); // long URLs wrap instead of widening the dialog
    m_status->setVisible(!text.isEmpty());
    UiStyle::setTone(m_status, problem ? UiStyle::Tone::Bad : UiStyle::Tone::Neutral);
}

} // namespace nv
