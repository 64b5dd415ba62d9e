#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>

class QSplitter;
class QWidget;

namespace nv {

// While an operator's page waits for the person (a consent page, a login), the page gets the
// room its buttons need: the request log and the result card step aside (the banner above the
// page says what the result card would) and the browser's hop list shrinks to its minimum. On
// a 1280×720 screen the page was a strip of 150 px with its Allow button several wheel turns
// below the fold. restore() puts back exactly the sizes and panes there were.
class PageRoom
{
public:
    // Splitters whose first or second pane gives way, in order: (splitter, index of the pane
    // that keeps the room).
    void addSplitter(QSplitter *splitter, int keeps);
    // A pane that steps aside while the page waits.
    void addHidden(QWidget *pane);

    void give();
    void restore();
    bool isGiven() const { return m_given; }

private:
    struct Entry
    {
        QPointer<QSplitter> splitter;
        int keeps = 0;
        QByteArray before;
    };
    QList<Entry> m_entries;
    QList<std::pair<QPointer<QWidget>, bool>> m_hidden; // the pane, and whether it was hidden
    bool m_given = false;
};

} // namespace nv
