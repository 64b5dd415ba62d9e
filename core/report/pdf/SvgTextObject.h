#pragma once

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;

namespace nv {

// Draws a report figure (SVG, SvgFigurePainter) inside a QTextDocument, as vectors: the PDF
// keeps the diagrams sharp at any zoom and their text selectable. The figure takes the text width
// and keeps its aspect.
class SvgTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 41;
    static constexpr int SvgProperty = QTextFormat::UserProperty + 41;

    explicit SvgTextObject(QObject *parent = nullptr);

    // Registers the handler on the document and puts each figure in place of its placeholder
    // paragraph text (ReportHtml::placeholder(n)).
    static void install(QTextDocument *document, const QList<QByteArray> &figures);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;
};

} // namespace nv
