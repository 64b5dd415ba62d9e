#pragma once

#include <QList>
#include <QRect>

class QWidget;

namespace nv {

// Where the window goes on the screens there are now. A remembered geometry comes from another
// day's screens: a projector that is gone, a docking station's second monitor, a larger screen.
// Hand-written because Qt's restoreGeometry() only moves a window back when none of it shows,
// and leaves one that is taller than a 1366×768 laptop screen hanging off its bottom, with the
// request log and status bar out of reach.
namespace WindowPlacement {

// The geometry to use for a window that wants `wanted` (client area, global coordinates), given
// the available area of each screen (the first is the primary) and the window's minimum size:
// - on the screen it overlaps most (the primary if it overlaps none);
// - no larger than that screen's available area, no smaller than `minimum`;
// - moved inside the screen, or centred on it when it was off every screen.
QRect fit(const QRect &wanted, const QList<QRect> &availableScreens, const QSize &minimum = {});

// fit() applied to a top-level widget with the screens of this session.
void fitToScreens(QWidget *window);

// What each of the window's two left columns may need at most: half of its screen beside the
// right-hand column (and the splitter handles and margins).
int columnCap(const QWidget *window, const QWidget *rightColumn);

} // namespace WindowPlacement
} // namespace nv
