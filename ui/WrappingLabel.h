#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>
#include <array>

namespace nv {

// A word-wrapped label that remembers the heights it gave for its last few widths.
//
// QLabel lays its whole text out again on every heightForWidth(), and a window's layouts ask
// each wrapped label the same few widths many times while the panels are sized (about nine
// times each at the console's first paint, more than a tenth of the start's instructions). The
// answer depends only on what the key below holds, so a repeated question is answered from it.
class WrappingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;

private:
    // What QLabel's height for a width is computed from (Qt 6.4, QLabelPrivate::sizeForWidth).
    struct Key
    {
        QString text;
        QFont font;
        QMargins contents;
        int indent = 0;
        int margin = 0;
        Qt::Alignment alignment;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = true;
        bool operator==(const Key &other) const = default;
    };
    Key currentKey() const;
    void forget() const;

    static constexpr int Remembered = 4;
    mutable Key m_key;
    mutable std::array<int, Remembered> m_widths{};
    mutable std::array<int, Remembered> m_heights{};
    mutable int m_count = 0;
    mutable int m_next = 0;
};

} // namespace nv
