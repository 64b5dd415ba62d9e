#include "ConsoleStatusBar.h"

#include "RunSession.h"
#include "flow/FlowRun.h"
#include "sandbox/SandboxHost.h"

#include <QLabel>
#include <QNetworkInformation>

namespace nv {

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_profile(addLabel("statusProfile"))
    , m_correlation(addLabel("statusCorrelation"))
    , m_sandbox(addLabel("sandboxStatus"))
    , m_network(addLabel("statusNetwork"))
{
    addWidget(m_profile);
    addWidget(m_correlation);
    addWidget(m_sandbox, 1);
    addPermanentWidget(m_network);
    setSizeGripEnabled(true);
    updateNetwork();
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

void ConsoleStatusBar::update(const RunSession &session, const QString &profileName)
{
    m_profile->setText(tr("Profile: %1").arg(profileName.isEmpty() ? tr("none") : profileName));
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
        scenario = known->title;
    return tr("Sandbox running at %1 · %2 · subscriber %3")
        .arg(sandbox->baseUrl().authority(), scenario, sandbox->config().msisdn);
}

void ConsoleStatusBar::watchNetwork()
{
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                &ConsoleStatusBar::updateNetwork);
    }
    updateNetwork();
}

void ConsoleStatusBar::updateNetwork()
{
    QString network = tr("Network: not known");
    if (QNetworkInformation *info = QNetworkInformation::instance()) {
        switch (info->reachability()) {
        case QNetworkInformation::Reachability::Online:
            network = tr("Network: online");
            break;
        case QNetworkInformation::Reachability::Disconnected:
            network = tr("Network: offline (the sandbox still works)");
            break;
        case QNetworkInformation::Reachability::Local:
        case QNetworkInformation::Reachability::Site:
            network = tr("Network: local only");
            break;
        case QNetworkInformation::Reachability::Unknown:
            break;
        }
    }
    m_network->setText(network);
}

} // namespace nv
