#include "SvgTextObject.h"

#include "SvgFigurePainter.h"
#include "report/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace nv {

SvgTextObject::SvgTextObject(QObject *parent)
    : QObject(parent)
{}

void SvgTextObject::install(QTextDocument *document, const QList<QByteArray> &figures)
{
    auto *handler = new SvgTextObject(document);
    document->documentLayout()->registerHandler(Type, handler);
    for (int i = 0; i < figures.size(); ++i) {
        QTextCursor found = document->find(ReportHtml::placeholder(i));
        if (found.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(Type);
        format.setProperty(SvgProperty, figures.at(i));
        found.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

QSizeF SvgTextObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const QSizeF natural =
        SvgFigurePainter::naturalSize(format.property(SvgProperty).toByteArray());
    if (natural.isEmpty())
        return {1, 1};
    // The width of the text area, less a hair so the line never has to wrap.
    const qreal width = document->pageSize().width() - 2 * document->documentMargin() - 2;
    return {width, width * natural.height() / natural.width()};
}

void SvgTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                               const QTextFormat &format)
{
    SvgFigurePainter::paint(format.property(SvgProperty).toByteArray(), painter, rect);
}

} // namespace nv
