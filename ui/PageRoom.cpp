#include "PageRoom.h"

#include <QSplitter>
#include <QTimer>
#include <QWidget>

namespace nv {

void PageRoom::addSplitter(QSplitter *splitter, int keeps)
{
    m_entries.append({splitter, keeps, {}});
}

void PageRoom::addHidden(QWidget *pane)
{
    m_hidden.append({pane, pane->isHidden()});
}

void PageRoom::give()
{
    if (m_given)
        return;
    m_given = true;
    for (auto &[pane, wasHidden] : m_hidden) {
        if (!pane)
            continue;
        wasHidden = pane->isHidden();
        pane->hide();
    }
    for (Entry &entry : m_entries) {
        if (!entry.splitter)
            continue;
        entry.before = entry.splitter->saveState();
        // Once the panes that stepped aside have left their room to the splitter's.
        QTimer::singleShot(0, entry.splitter,
                           [this, splitter = entry.splitter, keeps = entry.keeps] {
                               if (!m_given)
                                   return;
                               // Every other pane asks for nothing: the splitter keeps each at its
                               // minimum size.
                               QList<int> sizes(splitter->count(), 0);
                               int total = 0;
                               for (int size : splitter->sizes())
                                   total += size;
                               sizes[keeps] = total;
                               splitter->setSizes(sizes);
                           });
    }
}

void PageRoom::restore()
{
    if (!m_given)
        return;
    m_given = false;
    for (Entry &entry : m_entries) {
        if (entry.splitter && !entry.before.isEmpty())
            entry.splitter->restoreState(entry.before);
        entry.before.clear();
    }
    for (const auto &[pane, wasHidden] : m_hidden)
        if (pane)
            pane->setVisible(!wasHidden);
}

} // namespace nv
