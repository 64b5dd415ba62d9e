#include "WindowPlacement.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace nv::WindowPlacement {

namespace {
qint64 overlap(const QRect &a, const QRect &b)
{
    const QRect common = a.intersected(b);
    return common.isValid() ? qint64(common.width()) * common.height() : 0;
}

// The screen a window belongs on: the one showing most of it; none showing any, the primary.
qsizetype homeScreen(const QRect &wanted, const QList<QRect> &screens)
{
    qsizetype best = 0;
    qint64 bestOverlap = 0;
    for (qsizetype i = 0; i < screens.size(); ++i) {
        if (const qint64 area = overlap(wanted, screens[i]); area > bestOverlap) {
            best = i;
            bestOverlap = area;
        }
    }
    return best;
}

// Moves `span` (start, length) inside [lo, lo + room), preferring the start edge when it cannot.
int clampStart(int start, int length, int lo, int room)
{
    return qMax(lo, qMin(start, lo + room - length));
}
} // namespace

QRect fit(const QRect &wanted, const QList<QRect> &availableScreens, const QSize &minimum)
{
    if (availableScreens.isEmpty() || wanted.isEmpty())
        return wanted;
    const qsizetype home = homeScreen(wanted, availableScreens);
    const QRect screen = availableScreens[home];
    const bool offEveryScreen = overlap(wanted, screen) == 0;

    // The minimum wins over the screen: a window smaller than its minimum would clip its own
    // content instead, which is worse than one that needs to be moved.
    const QSize size = wanted.size().boundedTo(screen.size()).expandedTo(minimum);
    QRect placed(wanted.topLeft(), size);
    if (offEveryScreen)
        placed.moveCenter(screen.center());
    placed.moveLeft(clampStart(placed.left(), size.width(), screen.left(), screen.width()));
    placed.moveTop(clampStart(placed.top(), size.height(), screen.top(), screen.height()));
    return placed;
}

namespace {
// Before the first show a window has no frame yet: the title bar and borders the window system
// adds would push a window fitted to the screen past its bottom. Fitted once more when shown.
class FitWhenShown : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            auto *window = static_cast<QWidget *>(watched);
            // After the show has been handled, when the frame is known.
            QTimer::singleShot(0, window, [window] { fitToScreens(window); });
            deleteLater();
            window->removeEventFilter(this);
        }
        return false;
    }
};
} // namespace

void fitToScreens(QWidget *window)
{
    if (!window->isVisible())
        window->installEventFilter(new FitWhenShown(window));
    QList<QRect> screens;
    if (QScreen *primary = QGuiApplication::primaryScreen())
        screens << primary->availableGeometry();
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != QGuiApplication::primaryScreen())
            screens << screen->availableGeometry();
    }
    // The frame (title bar, borders) must fit too: fit the frame, then give the client area
    // what remains. Before the first show there is no frame yet and both are the same.
    const QRect frame = window->frameGeometry();
    const QMargins margins(
        window->geometry().left() - frame.left(), window->geometry().top() - frame.top(),
        frame.right() - window->geometry().right(), frame.bottom() - window->geometry().bottom());
    const QSize minimum =
        window->minimumSizeHint().expandedTo(window->minimumSize()).grownBy(margins);
    const QRect placed = fit(frame, screens, minimum).marginsRemoved(margins);
    if (placed != window->geometry())
        window->setGeometry(placed);
}

int columnCap(const QWidget *window, const QWidget *rightColumn)
{
    const QScreen *screen = window->screen();
    if (!screen)
        return QWIDGETSIZE_MAX;
    return (screen->availableGeometry().width() - rightColumn->minimumSizeHint().width() - 40) / 2;
}

} // namespace nv::WindowPlacement
