#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace nv {

// Runs work right after a window's first paint, in the event loop, so what that paint does not
// show (a hidden tab's content, the built-in sandbox's server) costs nothing before it. A
// window that is not visible once the event loop runs (never shown, as in some tests) gets the
// work then, as does one started minimised; a window shown but not painted for two seconds
// gets it then.
class AfterFirstPaint : public QObject
{
public:
    static void call(QWidget *window, std::function<void()> work);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AfterFirstPaint(QWidget *window, std::function<void()> work);
    void runOnce();

    QWidget *m_window;
    std::function<void()> m_work;
};

} // namespace nv
