#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <functional>

class QMenu;
class QMenuBar;

namespace nv {

class FlowPanel;
class RunPresenter;

// Flow: run, next step, verify, device phone number, cancel, new flow. Each entry calls the run
// presenter when it fires (the presenter is made after the menus), and follows the flow panel's
// buttons: disabled, with the reason as its tooltip, when it cannot act.
class FlowMenu : public QObject
{
    Q_OBJECT
public:
    FlowMenu(QMenuBar *bar, std::function<RunPresenter *()> presenter, FlowPanel *panel);

private:
    void add(const QString &text, const char *name, const QList<QKeySequence> &keys,
             void (RunPresenter::*slot)());

    QMenu *m_menu;
    std::function<RunPresenter *()> m_presenter;
};

} // namespace nv
