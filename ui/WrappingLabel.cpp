#include "WrappingLabel.h"

#include <QEvent>

namespace nv {

WrappingLabel::WrappingLabel(QWidget *parent)
    : WrappingLabel(QString(), parent)
{}

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappingLabel::Key WrappingLabel::currentKey() const
{
    return {text(),   font(),      contentsMargins(), indent(),
            margin(), alignment(), textFormat(),      wordWrap()};
}

void WrappingLabel::forget() const
{
    m_count = 0;
    m_next = 0;
}

int WrappingLabel::heightForWidth(int width) const
{
    // Checked on every call: QLabel's setters are not virtual, so a change is seen here.
    Key key = currentKey();
    if (key != m_key) {
        m_key = std::move(key);
        forget();
    }
    for (int i = 0; i < m_count; ++i)
        if (m_widths[i] == width)
            return m_heights[i];
    const int height = QLabel::heightForWidth(width);
    m_widths[m_next] = width;
    m_heights[m_next] = height;
    m_next = (m_next + 1) % Remembered;
    m_count = qMin(m_count + 1, Remembered);
    return height;
}

bool WrappingLabel::event(QEvent *event)
{
    // What the key cannot see: the style (a sheet's padding, a new style) and the screen (its
    // font metrics).
    switch (event->type()) {
    case QEvent::StyleChange:
    case QEvent::FontChange:
    case QEvent::Polish:
    case QEvent::ScreenChangeInternal:
        forget();
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

} // namespace nv
