#pragma once

#include "flow/OperatorDiscovery.h"
#include "http/HttpExchange.h"
#include "profile/Profile.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace nv {

// "New profile from a preset": Konera PXG v1, Konera PXG v2, or a CAMARA operator whose
// endpoints come from its discovery document. The person picks a preset, for discovery types
// the issuer URL and reads it (asynchronously: the window never waits), sees every value that
// will be filled, and accepts. The dialog produces a Profile; saving it (under a unique name,
// through ProfileStore) is the window's business, as is recording the discovery exchanges it
// hands out in the request log.
class PresetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PresetDialog(QWidget *parent = nullptr);
    ~PresetDialog() override;

    // The profile the chosen preset gives, with the name and client id typed here. For
    // discovery, complete only once the typed issuer's document was accepted (isComplete()).
    Profile profile() const;
    bool isComplete() const;

    // For a caller that knows already (and for tests): ProfilePreset ids, an issuer URL.
    void selectPreset(const QString &id);
    void setIssuer(const QString &issuer);
    // Reads the typed issuer's discovery document (the "Read" button, or Enter in the field).
    void discover();

signals:
    // The discovery and JWKS exchanges, raw (they carry no secret), for the request log.
    void exchangeRecorded(const nv::HttpExchange &raw);
    // Reading the document ended: accepted or refused (the dialog shows why).
    void discoveryFinished(bool accepted);

private:
    QWidget *buildDiscoveryBox();
    QWidget *buildPreview();
    void onPresetChanged();
    void onIssuerEdited();
    void onDiscovered(const DiscoveryResult &result);
    void refresh();
    void fitHeight();
    void setStatus(const QString &text, bool problem);
    bool usesDiscovery() const;
    ApiVersion chosenVersion() const;

    QComboBox *m_preset;
    QLabel *m_description;
    QLineEdit *m_name;
    QLineEdit *m_clientId;
    QWidget *m_discoveryBox;
    QLineEdit *m_issuer;
    QComboBox *m_version;
    QPushButton *m_read;
    QLabel *m_status;
    QLineEdit *m_authorize;
    QLineEdit *m_token;
    QLineEdit *m_jwks;
    QLineEdit *m_verify;
    QLineEdit *m_header;
    QLineEdit *m_scope;
    QLabel *m_operatorOffers;
    QDialogButtonBox *m_buttons;
    OperatorDiscovery *m_discovery;
    std::optional<DiscoveryResult> m_result; // for the issuer as typed; reset when it changes
    QString m_suggestedName;                 // what the name field held before any typing
};

} // namespace nv
