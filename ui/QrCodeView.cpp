#include "QrCodeView.h"

#include <QEvent>
#include <QPainter>

namespace nv {

QrCodeView::QrCodeView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard, so a screen reader announces it
    updateAccessibility();
}

void QrCodeView::setText(const QString &text)
{
    setCode(QrCode::encode(text, QrCode::ErrorCorrection::Medium));
}

void QrCodeView::setCode(const QrCode &code)
{
    m_code = code;
    m_modules = toImage(code, 1);
    updateAccessibility();
    updateGeometry();
    update();
}

int QrCodeView::sideModules() const
{
    return m_code.isNull() ? 0 : m_code.size() + 2 * QrCode::QuietZone;
}

QImage QrCodeView::toImage(const QrCode &code, int modulePixels)
{
    if (code.isNull() || modulePixels < 1)
        return QImage();
    const int side = code.size() + 2 * QrCode::QuietZone;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code.size(); ++y) {
        uchar *row = image.scanLine(y + QrCode::QuietZone);
        for (int x = 0; x < code.size(); ++x) {
            if (code.isDark(x, y))
                row[x + QrCode::QuietZone] = 0;
        }
    }
    if (modulePixels == 1)
        return image;
    // FastTransformation: nearest neighbour, so module edges stay sharp.
    return image.scaled(side * modulePixels, side * modulePixels, Qt::IgnoreAspectRatio,
                        Qt::FastTransformation);
}

int QrCodeView::modulePixels() const
{
    const int side = sideModules();
    if (side == 0)
        return 0;
    const qreal ratio = devicePixelRatioF();
    const int available = qMin(int(width() * ratio), int(height() * ratio));
    return qMax(1, available / side);
}

QSize QrCodeView::sizeHint() const
{
    const int side = sideModules();
    return side == 0 ? QSize(240, 240) : QSize(side * 5, side * 5);
}

QSize QrCodeView::minimumSizeHint() const
{
    const int side = sideModules();
    return side == 0 ? QSize(120, 120) : QSize(side * 2, side * 2);
}

void QrCodeView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (m_code.isNull()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         m_code.error().isEmpty() ? tr("No QR code") : m_code.error());
        return;
    }
    // Work in device pixels, so that a module is a whole number of real pixels at any scale
    // factor, and draw without smoothing.
    const qreal ratio = devicePixelRatioF();
    const int module = modulePixels();
    const int extent = module * sideModules();
    const int deviceWidth = int(width() * ratio);
    const int deviceHeight = int(height() * ratio);
    const QRect target((deviceWidth - extent) / 2, (deviceHeight - extent) / 2, extent, extent);
    painter.scale(1.0 / ratio, 1.0 / ratio);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, m_modules);
}

void QrCodeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateAccessibility();
    QWidget::changeEvent(event);
}

void QrCodeView::updateAccessibility()
{
    setAccessibleName(tr("QR code"));
    if (m_code.isNull()) {
        setAccessibleDescription(m_code.error().isEmpty() ? tr("No QR code is shown.")
                                                          : m_code.error());
        setToolTip(QString());
        return;
    }
    // The address itself, so that a person who cannot scan can still read or copy it.
    setAccessibleDescription(
        tr("QR code of the address to open on the phone: %1").arg(m_code.text()));
    setToolTip(tr("Scan with the phone's camera, on mobile data (not Wi-Fi)."));
}

} // namespace nv
