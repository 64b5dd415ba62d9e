#include "ExchangeComparisonView.h"

#include "UiStyle.h"
#include "log/HarExporter.h"

#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nv {

namespace {
// A difference's background: its status colour, faint on the view's own background, so the
// text keeps its contrast on the light, dark and presentation palettes alike.
QString tint(UiStyle::Colour role, const QWidget *on)
{
    const bool dark = on->palette().color(QPalette::Base).lightness() < 128;
    const QColor colour = UiStyle::colour(role, dark);
    const QColor base = on->palette().color(QPalette::Base);
    const qreal share = UiStyle::highContrast() ? 0.35 : 0.22;
    const auto mix = [share](int a, int b) { return int(a * share + b * (1 - share)); };
    return QColor(mix(colour.red(), base.red()), mix(colour.green(), base.green()),
                  mix(colour.blue(), base.blue()))
        .name();
}

QString statusText(int status, const QString &error)
{
    if (!error.isEmpty())
        return QObject::tr("no answer");
    return QStringLiteral("%1 %2").arg(status).arg(HarExporter::statusText(status));
}

QString esc(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toHtmlEscaped();
}
} // namespace

ExchangeComparisonView::ExchangeComparisonView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exchangeComparison"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = UiStyle::sectionTitle(tr("The answer beside the original"), this);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("comparisonText"));
    m_view->setOpenLinks(false);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    clear();
}

void ExchangeComparisonView::compare(const HttpExchange &original, const HttpExchange &answer)
{
    m_comparison = ExchangeComparison::compare(original, answer);
    m_hasComparison = true;
    render();
}

void ExchangeComparisonView::clear(const QString &message)
{
    m_hasComparison = false;
    m_message = message.isEmpty() ? tr("Send the request to see its answer here, beside the "
                                       "original one.")
                                  : message;
    render();
}

void ExchangeComparisonView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        render();
}

QString ExchangeComparisonView::text() const
{
    return m_view->toPlainText();
}

void ExchangeComparisonView::render()
{
    if (!m_hasComparison) {
        m_view->setHtml(QStringLiteral("<p>%1</p>").arg(m_message.toHtmlEscaped()));
        return;
    }
    m_view->setHtml(statusHtml() + headersHtml() + bodyHtml());
}

QString ExchangeComparisonView::statusHtml() const
{
    const ExchangeComparison &c = m_comparison;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const auto coloured = [dark](int status, const QString &error) {
        const QColor colour = UiStyle::statusColour(status, !error.isEmpty(), dark);
        return QStringLiteral("<b style=\"color:%1\">%2</b>")
            .arg(colour.isValid() ? colour.name() : QStringLiteral("inherit"),
                 statusText(status, error).toHtmlEscaped());
    };
    QString html = QStringLiteral("<p style=\"font-size:large\">%1 %2 → %3 %4</p>")
                       .arg(tr("Status:"), coloured(c.statusBefore, c.errorBefore),
                            coloured(c.statusAfter, c.errorAfter),
                            c.statusChanged() ? QString() : tr("(the same)"));
    if (!c.errorAfter.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(c.errorAfter.toHtmlEscaped());
    return html;
}

QString ExchangeComparisonView::headersHtml() const
{
    using Kind = ExchangeComparison::Header::Kind;
    const QString added = tint(UiStyle::Colour::Status2xx, this);
    const QString removed = tint(UiStyle::Colour::Status5xx, this);
    const QString changed = tint(UiStyle::Colour::Status4xx, this);
    QString rows;
    for (const ExchangeComparison::Header &h : m_comparison.headers) {
        const QString name = esc(h.name);
        switch (h.kind) {
        case Kind::Same:
            rows += QStringLiteral("<tr><td width=\"18\">&nbsp;</td><td><b>%1</b>: %2</td></tr>")
                        .arg(name, esc(h.before));
            break;
        case Kind::Added:
            rows += QStringLiteral("<tr style=\"background:%1\"><td width=\"18\">+</td><td><b>%2</b>: %3</td>"
                                   "</tr>")
                        .arg(added, name, esc(h.after));
            break;
        case Kind::Removed:
            rows += QStringLiteral("<tr style=\"background:%1\"><td width=\"18\">−</td><td><b>%2</b>: %3</td>"
                                   "</tr>")
                        .arg(removed, name, esc(h.before));
            break;
        case Kind::Changed:
            rows += QStringLiteral("<tr style=\"background:%1\"><td width=\"18\">~</td><td><b>%2</b>: %3 → "
                                   "%4</td></tr>")
                        .arg(changed, name, esc(h.before), esc(h.after));
            break;
        }
    }
    return QStringLiteral("<h4>%1</h4><table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
                          "style=\"font-family:monospace\">%2</table>")
        .arg(m_comparison.headersChanged() ? tr("Headers") : tr("Headers (the same)"), rows);
}

QString ExchangeComparisonView::bodyHtml() const
{
    const QString added = tint(UiStyle::Colour::Status2xx, this);
    const QString removed = tint(UiStyle::Colour::Status5xx, this);
    QString lines;
    for (const TextDiff::Line &line : m_comparison.body) {
        const QString text = line.text.toHtmlEscaped();
        switch (line.kind) {
        case TextDiff::Line::Kind::Same:
            lines += QStringLiteral("<tr><td width=\"18\">&nbsp;</td><td>%1</td></tr>").arg(text);
            break;
        case TextDiff::Line::Kind::Removed:
            lines += QStringLiteral("<tr style=\"background:%1\"><td width=\"18\">−</td><td>%2</td></tr>")
                         .arg(removed, text);
            break;
        case TextDiff::Line::Kind::Added:
            lines += QStringLiteral("<tr style=\"background:%1\"><td width=\"18\">+</td><td>%2</td></tr>")
                         .arg(added, text);
            break;
        }
    }
    if (m_comparison.body.isEmpty())
        lines = QStringLiteral("<tr><td width=\"18\"></td><td>%1</td></tr>").arg(tr("(no body on either side)"));
    return QStringLiteral("<h4>%1</h4><table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" "
                          "style=\"font-family:monospace; white-space:pre-wrap\">%2</table>")
        .arg(m_comparison.bodyChanged() ? tr("Body") : tr("Body (the same)"), lines);
}

} // namespace nv
