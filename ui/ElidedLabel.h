#pragma once

#include <QFrame>

namespace nv {

// One line of text that ends in "…" when it does not fit, with the full text as its tooltip.
// Stage details and URLs are long and unbreakable; a wrapping QLabel would push the layout
// around on every stage change, which looks jumpy on a projector.
class ElidedLabel : public QFrame
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace nv
