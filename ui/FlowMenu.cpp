#include "FlowMenu.h"

#include "FlowActionState.h"
#include "FlowPanel.h"
#include "MenuAction.h"
#include "RunPresenter.h"

#include <QMenuBar>

namespace nv {

FlowMenu::FlowMenu(QMenuBar *bar, std::function<RunPresenter *()> presenter, FlowPanel *panel)
    : QObject(bar)
    , m_menu(bar->addMenu(tr("F&low")))
    , m_presenter(std::move(presenter))
{
    add(tr("&Run flow"), "actionRun",
        {QKeySequence(Qt::CTRL | Qt::Key_R), QKeySequence(Qt::Key_F5)}, &RunPresenter::startRun);
    add(tr("Next &step"), "actionNextStep", {QKeySequence(Qt::Key_F10)}, &RunPresenter::nextStep);
    add(tr("&Verify the number"), "actionVerify",
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
        &RunPresenter::verifyAgain);
    add(tr("Ask for the &device phone number"), "actionDevicePhoneNumber", {},
        &RunPresenter::fetchDevicePhoneNumber);
    add(tr("&Cancel"), "actionCancel", {QKeySequence(Qt::Key_Escape)}, &RunPresenter::cancelRun);
    m_menu->addSeparator();
    add(tr("&New flow"), "actionNewFlow", {QKeySequence::New}, &RunPresenter::newFlow);
    new FlowActionState(m_menu, panel);
}

void FlowMenu::add(const QString &text, const char *name, const QList<QKeySequence> &keys,
                   void (RunPresenter::*slot)())
{
    connect(addMenuAction(m_menu, text, name, keys), &QAction::triggered, this,
            [this, slot] { (m_presenter()->*slot)(); });
}

} // namespace nv
