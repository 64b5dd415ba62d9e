#include "ReportPdf.h"

#include "SvgTextObject.h"
#include "report/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

namespace nv {

namespace {
constexpr int Dpi = 300;        // layout resolution: fine enough for text metrics
constexpr double MarginMm = 14; // every edge
constexpr double FooterMm = 7;  // below the text area: the correlation id and the page

QString footerText(const QList<RunReport> &runs)
{
    if (runs.size() == 1)
        return QStringLiteral("NV Console run report · correlation id %1 · %2")
            .arg(runs.first().correlationId, ReportHtml::verdictTitle(runs.first().verdict));
    return QStringLiteral("NV Console run report · %1 runs").arg(runs.size());
}

// QTextDocument knows no "keep with next": a heading at the foot of a page moves to the next
// one, with what it heads.
void keepHeadingsWithNext(QTextDocument &document)
{
    const qreal page = document.pageSize().height();
    const qreal room = page * 0.12; // what must fit below a heading on its page
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const QRectF box = layout->blockBoundingRect(block);
        const qreal top = box.top() - std::floor(box.top() / page) * page;
        if (top > 0 && top + box.height() + room > page) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        }
    }
}

void paintPages(QPdfWriter &writer, QTextDocument &document, const QString &footer,
                const ReportPalette &palette)
{
    const QRectF paper = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footerHeight = FooterMm / 25.4 * writer.resolution();
    const QSizeF body(paper.width(), paper.height() - footerHeight);
    const int pages = document.pageCount();
    QPainter painter(&writer);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7.5);
    small.setStyleStrategy(QFont::PreferNoShaping);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        context.palette.setColor(QPalette::Text, QColor(palette.text));
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(palette.muted));
        const QRectF foot(0, body.height(), body.width(), footerHeight);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignBottom, footer);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("page %1 of %2").arg(page + 1).arg(pages));
    }
}
} // namespace

QByteArray ReportPdf::render(const QList<RunReport> &runs, const ReportOptions &options,
                             int *pageCount)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Dpi);
        writer.setCreator(QStringLiteral("NV Console %1").arg(options.appVersion));
        writer.setTitle(runs.size() == 1
                            ? QStringLiteral("Run report %1").arg(runs.first().correlationId)
                            : QStringLiteral("Run report, %1 runs").arg(runs.size()));
        writer.setPageLayout(
            QPageLayout(QPageSize(options.paper == ReportOptions::Paper::Letter ? QPageSize::Letter
                                                                                : QPageSize::A4),
                        QPageLayout::Portrait, QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm),
                        QPageLayout::Millimeter));

        const ReportHtml::Output html =
            ReportHtml::render(runs, options, ReportHtml::Target::RichText);
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        QTextOption wrapping = document.defaultTextOption();
        // Long URLs and tokens have no spaces: break them anywhere rather than run off the page.
        wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document.setDefaultTextOption(wrapping);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(ReportPalette::of(options.palette).basePointSize);
        document.setDefaultFont(font);
        const QRectF paper = writer.pageLayout().paintRectPixels(writer.resolution());
        document.setPageSize(
            QSizeF(paper.width(), paper.height() - FooterMm / 25.4 * writer.resolution()));
        document.setHtml(html.html);
        // No ligatures: "fi" stays two letters, so the PDF's text is searched and copied as
        // it reads ("Verified", not "Veri\uFB01ed"). Set on every fragment, since the HTML's
        // font families replace the default font's strategy.
        QTextCharFormat plain;
        plain.setFontStyleStrategy(QFont::PreferNoShaping);
        QTextCursor all(&document);
        all.select(QTextCursor::Document);
        all.mergeCharFormat(plain);
        SvgTextObject::install(&document, html.figures);
        keepHeadingsWithNext(document);
        if (pageCount)
            *pageCount = document.pageCount();
        paintPages(writer, document, footerText(runs), ReportPalette::of(options.palette));
    }
    return bytes;
}

bool ReportPdf::write(const QList<RunReport> &runs, const ReportOptions &options, QIODevice *device,
                      QString *error)
{
    const QByteArray bytes = render(runs, options);
    if (bytes.isEmpty()) {
        *error = QStringLiteral("the PDF could not be made");
        return false;
    }
    if (device->write(bytes) != bytes.size()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace nv
