#include "ClientKeyEditor.h"

#include "UiStyle.h"
#include "WrappingLabel.h"
#include "jose/ClientKey.h"
#include "jose/KeyFile.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace nv {

ClientKeyEditor::ClientKeyEditor(SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_status(new WrappingLabel(this))
    , m_new(new QToolButton(this))
    , m_import(new QPushButton(tr("Import…"), this))
    , m_copy(new QPushButton(tr("Copy JWKS"), this))
{
    setObjectName(QStringLiteral("clientKeyEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status->setObjectName(QStringLiteral("clientKeyStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_new->setObjectName(QStringLiteral("clientKeyNew"));
    m_new->setText(tr("New key"));
    m_new->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_new);
    menu->addAction(tr("ES256 (P-256)"), this, [this] { generate(QStringLiteral("ES256")); });
    menu->addAction(tr("RS256 (RSA 2048)"), this, [this] { generate(QStringLiteral("RS256")); });
    m_new->setMenu(menu);
    m_import->setObjectName(QStringLiteral("clientKeyImport"));
    m_import->setToolTip(tr("A private key as PEM (PKCS#8 or traditional) or as a JWK"));
    m_copy->setObjectName(QStringLiteral("clientKeyCopyJwks"));
    m_copy->setToolTip(tr("The public key as a JWKS, to register with the operator"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_import);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_import, &QPushButton::clicked, this, &ClientKeyEditor::importFromFile);
    connect(m_copy, &QPushButton::clicked, this, &ClientKeyEditor::copyJwks);
    connect(m_secrets, &SecretStore::loaded, this, &ClientKeyEditor::onLoaded);
}

void ClientKeyEditor::show(const QString &alg, const QString &kid, bool readOnly)
{
    if (kid != m_kid)
        m_pem.clear();
    m_alg = alg;
    m_kid = kid;
    for (QWidget *button : {static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_import)})
        button->setEnabled(!readOnly && !m_busy);
    updateStatus();
    if (!kid.isEmpty() && m_pem.isEmpty())
        m_secrets->load(ClientKey::secretName(kid)); // the keychain answers later
}

void ClientKeyEditor::updateStatus(const QString &note)
{
    QString text;
    if (m_kid.isEmpty())
        text = tr("No key yet: make one or import one, then register its JWKS with the operator.");
    else
        text = tr("%1 key, kid %2 — %3")
                   .arg(m_alg.isEmpty() ? tr("Its own algorithm's") : m_alg, m_kid,
                        m_pem.isEmpty() ? tr("not in this computer's keychain yet")
                                        : tr("in the keychain"));
    if (!note.isEmpty())
        text += QLatin1Char('\n') + note;
    m_status->setText(text);
    m_copy->setEnabled(!m_pem.isEmpty());
}

void ClientKeyEditor::generate(const QString &alg)
{
    m_busy = true;
    m_new->setEnabled(false);
    m_import->setEnabled(false);
    updateStatus(tr("Making a %1 key…").arg(alg));
    const JwsAlgorithm chosen = jwsAlgorithmFromName(alg).value_or(JwsAlgorithm::ES256);
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        m_new->setEnabled(true);
        m_import->setEnabled(true);
        adopt(watcher->result(), tr("made here"));
    });
    watcher->setFuture(QtConcurrent::run([chosen] {
        QString error;
        return JoseKey::generate(chosen, &error).privatePem();
    }));
}

void ClientKeyEditor::importFromFile()
{
    QFileDialog dialog(this, tr("Import a private key"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString error;
    const auto bytes = KeyFile::read(dialog.selectedFiles().constFirst(), &error);
    if (!bytes) {
        updateStatus(error);
        return;
    }
    adopt(*bytes, tr("imported"));
}

void ClientKeyEditor::adopt(const QByteArray &text, const QString &origin)
{
    const ClientKey key = ClientKey::load(text);
    if (!key.ok()) {
        updateStatus(key.problem.isEmpty() ? tr("No key could be made.") : key.problem);
        return;
    }
    m_pem = key.key.privatePem();
    m_alg = jwsAlgorithmName(key.alg);
    m_kid = key.kid;
    m_secrets->store(ClientKey::secretName(m_kid), QString::fromLatin1(m_pem));
    updateStatus(tr("Key %1: copy its JWKS and register it with the operator.").arg(origin));
    emit keyChosen(m_alg, m_kid);
}

void ClientKeyEditor::copyJwks()
{
    QString error;
    const JoseKey key = JoseKey::fromPem(m_pem, &error);
    if (key.isNull())
        return;
    const QJsonObject jwks = key.publicJwks(jwsAlgorithmFromName(m_alg));
    QApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(jwks).toJson(QJsonDocument::Indented)));
    updateStatus(tr("The public JWKS is on the clipboard."));
}

void ClientKeyEditor::onLoaded(const QString &name, const QString &pem)
{
    if (m_kid.isEmpty() || name != ClientKey::secretName(m_kid))
        return;
    m_pem = pem.toLatin1();
    updateStatus();
}

} // namespace nv
