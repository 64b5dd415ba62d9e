#include "FittingScrollArea.h"

#include <QEvent>
#include <QLayout>
#include <QScrollBar>
#include <QSplitter>

namespace nv {

FittingScrollArea::FittingScrollArea(const QString &objectName, QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(objectName);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void FittingScrollArea::setContent(QWidget *content)
{
    setWidget(content);
    content->installEventFilter(this);
    fitWidth();
}

void FittingScrollArea::fitWidth()
{
    if (!widget())
        return;
    const int needed =
        widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width();
    const int width = qMin(needed, m_widthCap);
    if (width != minimumWidth())
        setMinimumWidth(width);
    const bool sideways = needed > m_widthCap;
    setHorizontalScrollBarPolicy(sideways ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
    // Nothing to scroll sideways: a focus change must not shift the panel's left edge away.
    if (!sideways)
        horizontalScrollBar()->setValue(0);
}

void FittingScrollArea::setWidthCap(int cap)
{
    m_widthCap = qMax(0, cap);
    fitWidth();
}

namespace {
// The vertical splitter `widget` is laid out in, directly or through its parents, and the
// splitter's child that holds it.
QSplitter *verticalSplitterOf(QWidget *widget, QWidget **child)
{
    for (QWidget *up = widget; up && up->parentWidget(); up = up->parentWidget()) {
        auto *splitter = qobject_cast<QSplitter *>(up->parentWidget());
        if (splitter && splitter->orientation() == Qt::Vertical) {
            *child = up;
            return splitter;
        }
    }
    return nullptr;
}

// Gives `child` up to `wanted` more height from the splitter's other visible children, down to
// their minimum. Returns what could not be given.
int takeHeight(QSplitter *splitter, QWidget *child, int wanted)
{
    QList<int> sizes = splitter->sizes();
    const int own = splitter->indexOf(child);
    for (int i = 0; i < sizes.size() && wanted > 0; ++i) {
        QWidget *other = splitter->widget(i);
        if (i == own || !other->isVisible())
            continue;
        const int floor = qMax(other->minimumSizeHint().height(), other->minimumHeight());
        const int given = qBound(0, sizes[i] - floor, wanted);
        sizes[i] -= given;
        sizes[own] += given;
        wanted -= given;
    }
    splitter->setSizes(sizes); // lays the children out now: their heights are read next
    return wanted;
}
} // namespace

void FittingScrollArea::showDownTo(QWidget *last)
{
    if (!widget() || !last || !isVisible() || !widget()->isAncestorOf(last))
        return;
    if (QLayout *layout = widget()->layout())
        layout->activate(); // the wrapped labels' heights for the texts just set
    verticalScrollBar()->setValue(0);
    const auto missing = [this, last] {
        return last->mapTo(widget(), QPoint(0, last->height())).y() - viewport()->height();
    };
    // From the splitter the area is in, then the one around that (the request log gives way
    // when the column alone has no room left), then the area's own splitter again: the height
    // the outer one gave went to the area's neighbours, by their stretch.
    QWidget *child = nullptr;
    QSplitter *inner = verticalSplitterOf(this, &child);
    if (!inner || missing() <= 0 || takeHeight(inner, child, missing()) <= 0)
        return;
    QWidget *column = nullptr;
    if (QSplitter *outer = verticalSplitterOf(inner, &column)) {
        takeHeight(outer, column, missing());
        if (missing() > 0)
            takeHeight(inner, child, missing());
    }
}

bool FittingScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fitWidth(); // now, so a splitter laid out next sees the new minimum
    return QScrollArea::eventFilter(watched, event);
}

} // namespace nv
