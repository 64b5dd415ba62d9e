#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace nv {

void AfterFirstPaint::call(QWidget *window, std::function<void()> work)
{
    new AfterFirstPaint(window, std::move(work));
}

AfterFirstPaint::AfterFirstPaint(QWidget *window, std::function<void()> work)
    : QObject(window)
    , m_window(window)
    , m_work(std::move(work))
{
    window->installEventFilter(this);
    QTimer::singleShot(0, this, [this] {
        if (!m_window->isVisible() || m_window->isMinimized())
            runOnce();
    });
    QTimer::singleShot(2000, this, &AfterFirstPaint::runOnce);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    // After the paint has been delivered: the work must not delay what is being painted.
    if (watched == m_window && event->type() == QEvent::Paint)
        QTimer::singleShot(0, this, &AfterFirstPaint::runOnce);
    return QObject::eventFilter(watched, event);
}

void AfterFirstPaint::runOnce()
{
    if (!m_work)
        return;
    m_window->removeEventFilter(this);
    const std::function<void()> work = std::exchange(m_work, nullptr);
    work();
    deleteLater();
}

} // namespace nv
