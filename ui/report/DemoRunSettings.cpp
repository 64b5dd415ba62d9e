#include "DemoRunSettings.h"

#include "ConsoleSettings.h"
#include "FlowPanel.h"
#include "ProfilePanel.h"
#include "RunSession.h"
#include "flow/FlowRun.h"
#include "profile/ProfileStore.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/SandboxScenario.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace nv {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DemoRunSettings", text);
}

QString themeId(UiStyle::Theme theme)
{
    switch (theme) {
    case UiStyle::Theme::Light:
        return QStringLiteral("light");
    case UiStyle::Theme::Dark:
        return QStringLiteral("dark");
    case UiStyle::Theme::System:
        break;
    }
    return QStringLiteral("system");
}
} // namespace

DemoRunSettings::DemoRunSettings(const Window &window)
    : m_window(window)
{}

DemoSession DemoRunSettings::capture() const
{
    DemoSession session;
    session.profile = m_window.profilePanel->currentProfile();
    session.profile.builtIn = false; // a file never claims to be code
    if (SandboxHost *sandbox = m_window.session->sandbox())
        session.scenario = sandbox->scenario();
    const QString number = m_window.flowPanel->phoneNumber();
    if (!number.isEmpty())
        session.numbers = {{number, m_window.flowPanel->sendHashed(), {}}};
    session.driver = m_window.flowPanel->driver();
    session.layout.theme = themeId(ConsoleSettings::theme());
    return session;
}

bool DemoRunSettings::apply(const DemoSession &session, QString *error) const
{
    if (FlowRun *run = m_window.session->currentRun(); run && run->isBusy()) {
        *error = tr("a run is in flight; cancel it (Esc) and open the session again.");
        return false;
    }
    if (!session.scenario.isEmpty() && !SandboxScenario::fromId(session.scenario)) {
        *error = tr("the sandbox has no scenario \"%1\".").arg(session.scenario);
        return false;
    }
    const std::optional<QString> profile = storedProfile(session.profile, error);
    if (!profile)
        return false;

    // The profile first: selecting it sets the flow panel's way to authorize to the profile's
    // default, which the session's own choice then overrides.
    m_window.profilePanel->selectProfile(*profile);
    if (!session.scenario.isEmpty())
        m_window.session->sandbox()->setScenario(session.scenario);
    if (!session.numbers.isEmpty()) {
        m_window.flowPanel->setPhoneNumber(session.numbers.first().number);
        m_window.flowPanel->setSendHashed(session.numbers.first().hashed);
    }
    m_window.flowPanel->setDriver(session.driver);
    applyTheme(session.layout.theme);
    return true;
}

std::optional<QString> DemoRunSettings::storedProfile(const Profile &profile, QString *error) const
{
    ProfileStore *store = m_window.profiles;
    if (ProfileStore::isBuiltInName(profile.name))
        return profile.name; // the code's own, which an update may have corrected
    Profile wanted = profile;
    wanted.builtIn = false;
    // Opening the same session twice must not pile up copies: an equal profile is reused,
    // whatever its name; one that differs under the same name is never overwritten.
    if (const auto same = store->find(wanted.name); same && *same == wanted)
        return wanted.name;
    for (const Profile &stored : store->profiles()) {
        Profile renamed = wanted;
        renamed.name = stored.name;
        if (!stored.builtIn && stored == renamed)
            return stored.name;
    }
    wanted.name = store->uniqueName(wanted.name);
    if (!store->upsert(wanted)) {
        *error =
            tr("the profile \"%1\" could not be saved: %2").arg(wanted.name, store->lastError());
        return std::nullopt;
    }
    return wanted.name;
}

void DemoRunSettings::applyTheme(const QString &theme) const
{
    if (theme.isEmpty() || !m_window.window)
        return;
    // Through the View → Theme entry, so the menu, the colours and the setting follow as when
    // the person picks it.
    const char *name = theme == QLatin1String("light")  ? "actionThemeLight"
                       : theme == QLatin1String("dark") ? "actionThemeDark"
                                                        : "actionThemeSystem";
    auto *action = m_window.window->findChild<QAction *>(QLatin1String(name));
    if (action && !action->isChecked())
        action->trigger();
}

} // namespace nv
