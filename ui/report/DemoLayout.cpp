#include "DemoLayout.h"

#include <QSplitter>

namespace nv {

QMap<QString, QByteArray> DemoLayout::splitterStates(const QWidget *window)
{
    QMap<QString, QByteArray> states;
    for (const QSplitter *splitter : window->findChildren<QSplitter *>()) {
        // Dialogs' splitters are their own business; only the window's named ones count.
        if (!splitter->objectName().isEmpty() && splitter->window() == window)
            states.insert(splitter->objectName(), splitter->saveState());
    }
    return states;
}

int DemoLayout::restoreSplitters(QWidget *window, const QMap<QString, QByteArray> &states)
{
    int restored = 0;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        auto *splitter = window->findChild<QSplitter *>(it.key());
        if (splitter && splitter->restoreState(it.value()))
            ++restored;
    }
    return restored;
}

} // namespace nv
