#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QPushButton;

namespace nv {

// The Flow menu's items follow the flow panel's buttons: an item that cannot act is disabled,
// and its tooltip says why ("Verify the number" before there is a token did nothing, silently).
// The buttons already know when they can act; the menu mirrors them rather than decide twice.
class FlowActionState : public QObject
{
    Q_OBJECT
public:
    // Pairs each action of menu with the button of panel whose object names match.
    FlowActionState(QMenu *menu, QWidget *panel);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Pair
    {
        QPointer<QAction> action;
        QPointer<QPushButton> button;
        QString whyDisabled;
        QString tip;
    };
    void follow(const Pair &pair);

    QList<Pair> m_pairs;
};

} // namespace nv
