#include "SvgFigurePainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>
#include <QXmlStreamReader>

namespace nv {

namespace {
qreal number(const QXmlStreamAttributes &a, const char *name, qreal fallback = 0)
{
    bool ok = false;
    const qreal v = a.value(QLatin1String(name)).toDouble(&ok);
    return ok ? v : fallback;
}

QColor colour(const QXmlStreamAttributes &a, const char *name)
{
    const QStringView v = a.value(QLatin1String(name));
    if (v.isEmpty() || v == QLatin1String("none"))
        return {};
    return QColor::fromString(v);
}

QPen penOf(const QXmlStreamAttributes &a)
{
    const QColor stroke = colour(a, "stroke");
    if (!stroke.isValid())
        return Qt::NoPen;
    QPen pen(stroke, number(a, "stroke-width", 1));
    pen.setCapStyle(Qt::FlatCap);
    const QStringView dashes = a.value(QLatin1String("stroke-dasharray"));
    if (!dashes.isEmpty() && pen.widthF() > 0) {
        QList<qreal> pattern;
        for (const QStringView part : dashes.split(QLatin1Char(',')))
            pattern << part.trimmed().toDouble() / pen.widthF();
        if (pattern.size() % 2 == 0 && !pattern.isEmpty())
            pen.setDashPattern(pattern);
    }
    return pen;
}

QBrush brushOf(const QXmlStreamAttributes &a)
{
    const QColor fill = colour(a, "fill");
    return fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush);
}

// Text is drawn without the figure's scale, at a font size scaled instead, so the PDF engine
// writes it as text in the embedded font.
void drawText(QPainter *painter, const QXmlStreamAttributes &a, const QString &text)
{
    const QTransform t = painter->transform();
    const qreal scale = std::sqrt(std::abs(t.determinant()));
    const QPointF at = t.map(QPointF(number(a, "x"), number(a, "y")));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: text reads as written
    const qreal dpi = painter->device()->logicalDpiY();
    font.setPointSizeF(std::max<qreal>(1, number(a, "font-size", 12) * scale * 72.0 / dpi));
    font.setBold(a.value(QLatin1String("font-weight")) == QLatin1String("bold"));
    const QFontMetricsF metrics(font, painter->device());
    const qreal width = metrics.horizontalAdvance(text);
    qreal x = at.x();
    const QStringView anchor = a.value(QLatin1String("text-anchor"));
    if (anchor == QLatin1String("middle"))
        x -= width / 2;
    else if (anchor == QLatin1String("end"))
        x -= width;
    painter->save();
    painter->resetTransform();
    painter->setFont(font);
    painter->setPen(colour(a, "fill").isValid() ? colour(a, "fill") : QColor(Qt::black));
    painter->drawText(QPointF(x, at.y()), text);
    painter->restore();
}

void drawShape(QPainter *painter, QStringView name, const QXmlStreamAttributes &a)
{
    painter->setPen(penOf(a));
    painter->setBrush(brushOf(a));
    if (name == QLatin1String("line")) {
        painter->drawLine(QPointF(number(a, "x1"), number(a, "y1")),
                          QPointF(number(a, "x2"), number(a, "y2")));
    } else if (name == QLatin1String("rect")) {
        const QRectF r(number(a, "x"), number(a, "y"), number(a, "width"), number(a, "height"));
        const qreal radius = number(a, "rx");
        if (radius > 0)
            painter->drawRoundedRect(r, radius, radius);
        else
            painter->drawRect(r);
    } else if (name == QLatin1String("polygon")) {
        QPolygonF polygon;
        const QString points = a.value(QLatin1String("points")).toString();
        for (const QString &pair : points.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QStringList xy = pair.split(QLatin1Char(','));
            if (xy.size() == 2)
                polygon << QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
        }
        painter->drawPolygon(polygon);
    }
}
} // namespace

QSizeF SvgFigurePainter::naturalSize(const QByteArray &svg)
{
    QXmlStreamReader xml(svg);
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("svg"))
            return {};
        const QStringList box =
            xml.attributes().value(QLatin1String("viewBox")).toString().split(QLatin1Char(' '));
        if (box.size() != 4)
            return {};
        return {box.at(2).toDouble(), box.at(3).toDouble()};
    }
    return {};
}

void SvgFigurePainter::paint(const QByteArray &svg, QPainter *painter, const QRectF &target)
{
    const QSizeF natural = naturalSize(svg);
    if (natural.isEmpty() || target.isEmpty())
        return;
    const qreal scale =
        std::min(target.width() / natural.width(), target.height() / natural.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == QLatin1String("text"))
            drawText(painter, attributes, xml.readElementText());
        else
            drawShape(painter, xml.name(), attributes);
    }
    painter->restore();
}

} // namespace nv
