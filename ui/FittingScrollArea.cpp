#include "FittingScrollArea.h"

#include <QEvent>
#include <QLayout>
#include <QScrollBar>
#include <QSplitter>

namespace nv {

FittingScrollArea::FittingScrollArea(QWidget *content, const QString &objectName, QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(objectName);
    setWidget(content);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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

void FittingScrollArea::showDownTo(QWidget *last)
{
    auto *splitter = qobject_cast<QSplitter *>(parentWidget());
    if (!widget() || !last || !splitter || splitter->orientation() != Qt::Vertical ||
        !isVisible() || !widget()->isAncestorOf(last))
        return;
    if (QLayout *layout = widget()->layout())
        layout->activate(); // the wrapped labels' heights for the texts just set
    verticalScrollBar()->setValue(0);
    const int bottom = last->mapTo(widget(), QPoint(0, last->height())).y();
    int missing = bottom - viewport()->height();
    if (missing <= 0)
        return;
    QList<int> sizes = splitter->sizes();
    const int own = splitter->indexOf(this);
    for (int i = 0; i < sizes.size() && missing > 0; ++i) {
        QWidget *other = splitter->widget(i);
        if (i == own || !other->isVisible())
            continue;
        const int floor = qMax(other->minimumSizeHint().height(), other->minimumHeight());
        const int given = qBound(0, sizes[i] - floor, missing);
        sizes[i] -= given;
        sizes[own] += given;
        missing -= given;
    }
    splitter->setSizes(sizes);
}

bool FittingScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fitWidth(); // now, so a splitter laid out next sees the new minimum
    return QScrollArea::eventFilter(watched, event);
}

} // namespace nv
