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
    FittingScrollArea(QWidget *content, const QString &objectName, QWidget *parent = nullptr);

    // Makes the minimum width fit the panel now (also done on every layout change).
    void fitWidth();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace nv
