#include "DeferredPage.h"

#include <QVBoxLayout>

namespace nv {

DeferredPage::DeferredPage(QWidget *content, std::function<QWidget *(QWidget *)> wrap,
                           QWidget *parent)
    : QWidget(parent)
    , m_content(content)
    , m_wrap(std::move(wrap))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

DeferredPage::~DeferredPage()
{
    delete m_content; // never put in: nobody else owns it
}

void DeferredPage::fill()
{
    if (!m_content)
        return;
    layout()->addWidget(m_wrap(std::exchange(m_content, nullptr)));
}

} // namespace nv
