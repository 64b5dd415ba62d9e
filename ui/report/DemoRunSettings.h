#pragma once

#include "demo/DemoSession.h"

#include <optional>

class QWidget;

namespace nv {

class FlowPanel;
class ProfilePanel;
class ProfileStore;
class RunSession;

// The run settings of a demo session, read from the window's panels and put back into them:
// the profile, the built-in sandbox's scenario, the number and whether it is sent hashed, the
// way the authorize chain is walked, and the theme. (The layout is WindowTakeaways' part.)
//
// Applying is all or nothing: everything that can fail (a run in flight, a profile that cannot
// be saved) is settled before the first panel changes.
class DemoRunSettings
{
public:
    struct Window
    {
        QWidget *window = nullptr; // holds the theme actions (actionThemeLight, …)
        RunSession *session = nullptr;
        ProfileStore *profiles = nullptr;
        ProfilePanel *profilePanel = nullptr;
        FlowPanel *flowPanel = nullptr;
    };

    explicit DemoRunSettings(const Window &window);

    DemoSession capture() const;
    // False with *error when the session cannot be applied; nothing has changed then.
    bool apply(const DemoSession &session, QString *error) const;

private:
    // The name under which the session's profile is (or is now) in the store: a built-in by
    // its name, an equal stored profile, else a new one under a name no profile has.
    std::optional<QString> storedProfile(const Profile &profile, QString *error) const;
    void applyTheme(const QString &theme) const;

    Window m_window;
};

} // namespace nv
