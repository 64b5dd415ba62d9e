#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace nv {

class PresetDialog;
class ProfilePanel;
class ProfileStore;
class RequestLog;

// Profile → New profile from preset…: opens PresetDialog over the window (window-modal, so the
// window's event loop keeps running: a discovery read never blocks it), records the discovery
// and JWKS exchanges it makes in the request log like every other exchange of the console, then
// saves the accepted profile under a name no profile has and selects it.
class NewProfileFromPreset : public QObject
{
    Q_OBJECT
public:
    struct Window
    {
        QWidget *window = nullptr;
        ProfileStore *profiles = nullptr;
        ProfilePanel *profilePanel = nullptr;
        RequestLog *log = nullptr; // may be null: nothing recorded
    };

    explicit NewProfileFromPreset(const Window &window, QObject *parent = nullptr);

    // Adds the entry (actionNewProfileFromPreset) to menu.
    QAction *addTo(QMenu *menu);
    // Opens the dialog and returns at once; created() tells when a profile was made.
    void open();
    // The dialog while it is open (tests, screenshots).
    PresetDialog *dialog() const;

signals:
    void created(const QString &name);
    // The profile could not be saved: why, in a sentence (also shown in a message box).
    void failed(const QString &reason);

private:
    void onAccepted();

    Window m_window;
    QPointer<PresetDialog> m_dialog;
};

} // namespace nv
