#include "FittingScrollArea.h"

#include <QEvent>
#include <QScrollBar>

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
    if (needed != minimumWidth())
        setMinimumWidth(needed);
    // Nothing to scroll sideways: a focus change must not shift the panel's left edge away.
    horizontalScrollBar()->setValue(0);
}

bool FittingScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fitWidth(); // now, so a splitter laid out next sees the new minimum
    return QScrollArea::eventFilter(watched, event);
}

} // namespace nv
