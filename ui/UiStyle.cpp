#include "UiStyle.h"

#include <QLabel>

namespace nv::UiStyle {

namespace {
bool isDark(const QWidget *widget)
{
    return widget && widget->palette().color(QPalette::Window).lightness() < 128;
}
} // namespace

QColor toneColor(Tone tone, const QWidget *onWidget)
{
    const bool dark = isDark(onWidget);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x5c, 0xd6, 0x7d) : QColor(0x1e, 0x7e, 0x34);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xa6, 0x5f, 0x00);
    case Tone::Neutral:
        break;
    }
    return onWidget ? onWidget->palette().color(QPalette::WindowText) : QColor();
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

void setTone(QLabel *label, Tone tone)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     tone == Tone::Neutral
                         ? label->parentWidget()
                               ? label->parentWidget()->palette().color(QPalette::WindowText)
                               : palette.color(QPalette::WindowText)
                         : toneColor(tone, label));
    label->setPalette(palette);
}

void setHint(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
}

QString masked(const QString &secret)
{
    if (secret.isEmpty())
        return {};
    return QStringLiteral("%1••• (%2 characters)").arg(secret.left(4)).arg(secret.size());
}

} // namespace nv::UiStyle
