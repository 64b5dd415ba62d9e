#include "FlowActionState.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QPushButton>

namespace nv {

FlowActionState::FlowActionState(QMenu *menu, QWidget *panel)
    : QObject(menu)
{
    menu->setToolTipsVisible(true);
    const QString running = tr("A step is running: wait for it or cancel it.");
    const QString noToken = tr("No access token yet: run the flow (or its first three steps) "
                               "first.");
    const QList<std::tuple<const char *, const char *, QString>> pairs{
        {"actionRun", "runButton", running},
        {"actionNextStep", "nextStepButton", running},
        {"actionVerify", "verifyButton", noToken},
        {"actionDevicePhoneNumber", "devicePhoneNumberButton", noToken},
        {"actionCancel", "cancelButton", tr("Nothing is running.")}};
    for (const auto &[actionName, buttonName, why] : pairs) {
        auto *action = menu->findChild<QAction *>(QLatin1String(actionName));
        auto *button = panel->findChild<QPushButton *>(QLatin1String(buttonName));
        if (!action || !button)
            continue;
        m_pairs.append({action, button, why, button->toolTip()});
        button->installEventFilter(this);
        follow(m_pairs.last());
    }
}

void FlowActionState::follow(const Pair &pair)
{
    if (!pair.action || !pair.button)
        return;
    const bool enabled = pair.button->isEnabled();
    pair.action->setEnabled(enabled);
    pair.action->setToolTip(enabled ? pair.tip : pair.whyDisabled);
}

bool FlowActionState::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::EnabledChange)
        for (const Pair &pair : m_pairs)
            if (pair.button == watched)
                follow(pair);
    return QObject::eventFilter(watched, event);
}

} // namespace nv
