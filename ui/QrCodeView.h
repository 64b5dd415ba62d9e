#pragma once

#include "qr/QrCode.h"

#include <QImage>
#include <QWidget>

namespace nv {

// Shows a QR code as large as the widget allows and crisp: every module is a whole number of
// device pixels, drawn without smoothing, centred, with the quiet zone. The code is always dark
// on white, whatever the theme: scanners expect dark modules on a light ground, and a code
// inverted for a dark theme fails on many phones.
class QrCodeView : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeView(QWidget *parent = nullptr);

    // Encodes text (error correction Medium, see QrCode); an empty or unencodable text shows
    // the reason instead of a code.
    void setText(const QString &text);
    void setCode(const QrCode &code);
    const QrCode &code() const { return m_code; }
    // Device pixels per module at the current size (0 when no code is shown).
    int modulePixels() const;

    // The code alone as an image, modulePixels per module, quiet zone included (for copying or
    // saving). Null for a null code.
    static QImage toImage(const QrCode &code, int modulePixels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibility();
    int sideModules() const;

    QrCode m_code;
    QImage m_modules; // one pixel per module, quiet zone included
};

} // namespace nv
