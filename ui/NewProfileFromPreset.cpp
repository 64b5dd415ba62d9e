#include "NewProfileFromPreset.h"

#include "PresetDialog.h"
#include "ProfilePanel.h"
#include "log/RequestLog.h"
#include "profile/ProfileStore.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

namespace nv {

NewProfileFromPreset::NewProfileFromPreset(const Window &window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

QAction *NewProfileFromPreset::addTo(QMenu *menu)
{
    QAction *action =
        menu->addAction(tr("New profile from &preset…"), this, &NewProfileFromPreset::open);
    action->setObjectName(QStringLiteral("actionNewProfileFromPreset"));
    action->setToolTip(tr("Konera PXG v1 or v2, or a CAMARA operator read from its discovery "
                          "document"));
    return action;
}

PresetDialog *NewProfileFromPreset::dialog() const
{
    return m_dialog;
}

void NewProfileFromPreset::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new PresetDialog(m_window.window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (RequestLog *log = m_window.log) {
        // Raw exchanges: the log redacts them as it does every other one.
        connect(m_dialog, &PresetDialog::exchangeRecorded, log,
                [log](const HttpExchange &raw) { log->record(raw); });
    }
    connect(m_dialog, &QDialog::accepted, this, &NewProfileFromPreset::onAccepted);
    m_dialog->open();
}

void NewProfileFromPreset::onAccepted()
{
    if (!m_dialog || !m_dialog->isComplete())
        return;
    Profile profile = m_dialog->profile();
    profile.builtIn = false;
    // Never overwrites: a name that is taken comes in as "name (2)".
    profile.name = m_window.profiles->uniqueName(profile.name.trimmed());
    if (!m_window.profiles->upsert(profile)) {
        const QString reason = tr("The profile \"%1\" could not be saved: %2")
                                   .arg(profile.name, m_window.profiles->lastError());
        QMessageBox::warning(m_window.window, tr("New profile from preset"), reason);
        emit failed(reason);
        return;
    }
    m_window.profilePanel->selectProfile(profile.name);
    emit created(profile.name);
}

} // namespace nv
