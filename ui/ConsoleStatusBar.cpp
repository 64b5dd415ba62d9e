#include "ConsoleStatusBar.h"

#include "NetworkPathLabel.h"
#include "RunSession.h"
#include "flow/FlowRun.h"
#include "profile/Profile.h"
#include "sandbox/SandboxHost.h"

#include <QLabel>

namespace nv {

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_profile(addLabel("statusProfile"))
    , m_correlation(addLabel("statusCorrelation"))
    , m_sandbox(addLabel("sandboxStatus"))
    , m_network(new NetworkPathLabel(this))
{
    m_network->setObjectName(QStringLiteral("statusNetwork"));
    m_network->setContentsMargins(2, 0, 6, 0);
    addWidget(m_profile);
    addWidget(m_correlation);
    addWidget(m_sandbox, 1);
    addPermanentWidget(m_network);
    setSizeGripEnabled(true);
}

QLabel *ConsoleStatusBar::addLabel(const char *name)
{
    auto *label = new QLabel(this);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long values must not widen the window: they are cut, and whole in the tooltip.
    label->setMinimumWidth(1);
    label->setContentsMargins(2, 0, 14, 0);
    return label;
}

void ConsoleStatusBar::update(const RunSession &session, const Profile &profile)
{
    m_profile->setText(tr("Profile: %1").arg(profile.name.isEmpty() ? tr("none") : profile.name));
    m_sandbox->setVisible(profile.sandbox);
    m_network->setSandboxMode(profile.sandbox);
    const FlowRun *run = session.currentRun();
    m_correlation->setText(run ? tr("Correlation id: %1").arg(run->correlationId())
                               : tr("Correlation id: new for each run"));
    m_sandbox->setText(sandboxText(session));
    for (QLabel *label : {m_profile, m_correlation, m_sandbox})
        label->setToolTip(label->text());
}

QString ConsoleStatusBar::sandboxText(const RunSession &session) const
{
    if (!session.sandboxProblem().isEmpty())
        return tr("Built-in sandbox unavailable: %1").arg(session.sandboxProblem());
    const SandboxHost *sandbox = session.sandbox();
    if (!sandbox->isReady())
        return tr("Starting the built-in sandbox…");
    QString scenario = sandbox->scenario();
    if (const auto known = SandboxScenario::fromId(scenario))
        scenario = known->translatedTitle();
    return tr("Sandbox running at %1 · %2 · subscriber %3")
        .arg(sandbox->baseUrl().authority(), scenario, sandbox->config().msisdn);
}

void ConsoleStatusBar::watchNetwork(NetworkPathProbe *probe)
{
    m_network->watch(probe);
}

} // namespace nv
