#pragma once

#include <QWidget>
#include <functional>

namespace nv {

// A tab page whose content is put in later (after the window's first paint): a hidden tab's
// widgets are then neither styled nor laid out before that paint. The content is made
// beforehand, without a parent, so the window can wire it at once; the page owns it until
// fill() puts it in the frame `wrap` makes for it (a scroll area).
class DeferredPage : public QWidget
{
public:
    DeferredPage(QWidget *content, std::function<QWidget *(QWidget *)> wrap,
                 QWidget *parent = nullptr);
    ~DeferredPage() override;

    // Puts the content in; once only.
    void fill();

private:
    QWidget *m_content;
    std::function<QWidget *(QWidget *)> m_wrap;
};

} // namespace nv
