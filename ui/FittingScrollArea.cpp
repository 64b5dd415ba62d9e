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

bool FittingScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fitWidth(); // now, so a splitter laid out next sees the new minimum
    return QScrollArea::eventFilter(watched, event);
}

} // namespace nv
