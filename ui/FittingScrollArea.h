#pragma once

#include <QScrollArea>

namespace nv {

// A panel that scrolls up and down, never sideways: the area is always at least as wide as its
// panel needs, recomputed whenever the panel's layout changes (a hidden row appears, the type
// size changes). A fixed minimum taken once at start-up let later rows (a longer check box, a
// message) grow past the edge, where they were cut off with no way to reach them.
class FittingScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit FittingScrollArea(const QString &objectName, QWidget *parent = nullptr);

    // The panel it scrolls. Made with viewport() as its parent, the panel goes in without
    // moving: in a styled window, moving a panel restyles every widget in it (see
    // MainWindow::buildLayout).
    void setContent(QWidget *content);

    // Makes the minimum width fit the panel now (also done on every layout change).
    void fitWidth();

    // The widest the area may insist on. Only on a screen too narrow for the columns side by
    // side (960 px at scale 2 on 1920×1080) is it below what the panel needs: the panel then
    // scrolls sideways instead of pushing the window past the screen's edge, where nothing could
    // be reached.
    void setWidthCap(int cap);
    int widthCap() const { return m_widthCap; }

    // Makes the panel show, without scrolling, from its top down to the bottom of `last` (one
    // of its widgets): the area grows in the splitter that holds it, taking height from the
    // areas beside it down to their minimum, and scrolls back to the top. What still does not
    // fit stays reachable by the scroll bar. The person can drag the handle back.
    void showDownTo(QWidget *last);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int m_widthCap = QWIDGETSIZE_MAX;
};

} // namespace nv
