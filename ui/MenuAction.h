#pragma once

#include <QAction>
#include <QKeySequence>
#include <QList>
#include <QMenu>

namespace nv {

// A menu entry with the object name tests and the shortcut list find it by.
inline QAction *addMenuAction(QMenu *menu, const QString &text, const char *name,
                              const QList<QKeySequence> &keys = {})
{
    QAction *action = menu->addAction(text);
    action->setObjectName(QLatin1String(name));
    action->setShortcuts(keys);
    return action;
}

} // namespace nv
