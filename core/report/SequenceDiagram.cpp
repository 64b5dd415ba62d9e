#include "SequenceDiagram.h"

#include "ReportText.h"
#include "flow/AuthorizationResponse.h"

#include <QUrlQuery>

namespace nv {

namespace {
const QString ManualStep = QStringLiteral("manual");

// Diagram units; the viewBox scales them to the page or the window.
constexpr double Width = 760;
constexpr double Side = 80;       // from the edge to the first and last lifeline
constexpr double HeadHeight = 44; // the lanes' boxes
constexpr double Top = 64;        // where the first arrow's row starts

double laneX(int lane)
{
    return Side + lane * (Width - 2 * Side) / (SequenceDiagram::LaneCount - 1);
}

int laneOfUrl(const RunReport &report, const QUrl &url)
{
    for (const HttpExchange &e : report.exchanges) {
        if (e.step == ManualStep || e.url.path() != url.path() || e.url.host() != url.host())
            continue;
        if (e.step == Step::Token)
            return SequenceDiagram::Token;
        if (e.step == Step::Verify || e.step == Step::DevicePhoneNumber)
            return SequenceDiagram::Api;
        if (e.step == Step::Authorize)
            return SequenceDiagram::Authorize;
    }
    return url.path().contains(QLatin1String("token")) ? SequenceDiagram::Token
                                                       : SequenceDiagram::Api;
}

// The lanes a request goes between: who sends it, and to whom.
std::pair<int, int> lanesOf(const RunReport &report, const HttpExchange &e, const QUrl &redirect)
{
    using L = SequenceDiagram::Lane;
    if (e.step == Step::Authorize) {
        // The system browser's loopback callback: the browser reaching the app.
        if (redirect.isValid() && AuthorizationResponse::matchesRedirectUri(e.url, redirect))
            return {L::Device, L::Backend};
        return {L::Device, L::Authorize};
    }
    if (e.step == Step::Token)
        return {L::Backend, L::Token};
    if (e.step == Step::Verify || e.step == Step::DevicePhoneNumber)
        return {L::Backend, L::Api};
    if (e.step == ManualStep)
        return {L::Backend, laneOfUrl(report, e.url)};
    return {L::Backend, L::Authorize}; // discovery, keys, anything else at the operator
}

// The redirect a browser hands to the app, when this hop's answer (or the hop itself) reached
// the redirect URI.
QString handoffOf(const HttpExchange &e, const QUrl &redirect)
{
    if (e.step != Step::Authorize || !redirect.isValid())
        return {};
    const QUrl location = e.url.resolved(QUrl::fromEncoded(e.responseHeader("Location")));
    if (e.responseHeader("Location").isEmpty() ||
        !AuthorizationResponse::matchesRedirectUri(location, redirect))
        return {};
    const QUrlQuery query(location);
    if (query.hasQueryItem(QStringLiteral("error")))
        return QStringLiteral("redirect: error=") +
               query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    return QStringLiteral("redirect: code");
}

QString requestLabel(const HttpExchange &e, int number)
{
    QString label = QStringLiteral("%1  %2 %3")
                        .arg(number)
                        .arg(QString::fromLatin1(e.method), ReportText::pathOf(e.url));
    if (e.step == ManualStep)
        label = QStringLiteral("%1  manual: %2 %3")
                    .arg(number)
                    .arg(QString::fromLatin1(e.method), ReportText::pathOf(e.url));
    return label;
}
} // namespace

QStringList SequenceDiagram::laneTitles()
{
    return {QStringLiteral("Device / browser"), QStringLiteral("App back end"),
            QStringLiteral("Operator authorize"), QStringLiteral("Token"), QStringLiteral("API")};
}

QList<SequenceMessage> SequenceDiagram::messages(const RunReport &report)
{
    QList<SequenceMessage> out;
    const QUrl redirect = RunVerdict::redirectUriOf(report.exchanges);
    int number = 0;
    for (const HttpExchange &e : report.exchanges) {
        ++number;
        const auto [from, to] = lanesOf(report, e, redirect);
        out.append(
            {SequenceMessage::Kind::Request, from, to, number, requestLabel(e, number), 0, false});
        out.append({SequenceMessage::Kind::Answer, to, from, number, ReportText::answerSummary(e),
                    e.status, !e.error.isEmpty()});
        if (const QString handoff = handoffOf(e, redirect); !handoff.isEmpty())
            out.append({SequenceMessage::Kind::Handoff, Device, Backend, 0, handoff, 0, false});
    }
    return out;
}

QList<QByteArray> SequenceDiagram::svg(const RunReport &report, const ReportPalette &palette,
                                       int maxMessages, const QString &title)
{
    const QList<SequenceMessage> all = messages(report);
    QList<QByteArray> documents;
    if (maxMessages <= 0 || all.size() <= maxMessages) {
        documents << document(all, palette, title);
        return documents;
    }
    for (qsizetype i = 0; i < all.size(); i += maxMessages)
        documents << document(all.mid(i, maxMessages), palette, i == 0 ? title : QString());
    return documents;
}

namespace {
struct SvgWriter
{
    const ReportPalette &p;
    double font;
    QString out;

    void text(double x, double y, const QString &content, const QString &colour,
              const char *anchor = "middle", bool bold = false, double size = 0)
    {
        out += QStringLiteral("<text x=\"%1\" y=\"%2\" fill=\"%3\" font-size=\"%4\" "
                              "text-anchor=\"%5\"%6>%7</text>\n")
                   .arg(x, 0, 'f', 1)
                   .arg(y, 0, 'f', 1)
                   .arg(colour)
                   .arg(size > 0 ? size : font, 0, 'f', 1)
                   .arg(QLatin1String(anchor))
                   .arg(bold ? QStringLiteral(" font-weight=\"bold\"") : QString())
                   .arg(ReportText::escaped(content));
    }
    void line(double x1, double y1, double x2, double y2, const QString &colour, double width,
              bool dashed)
    {
        out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" "
                              "stroke-width=\"%6\"%7/>\n")
                   .arg(x1, 0, 'f', 1)
                   .arg(y1, 0, 'f', 1)
                   .arg(x2, 0, 'f', 1)
                   .arg(y2, 0, 'f', 1)
                   .arg(colour)
                   .arg(width, 0, 'f', 1)
                   .arg(dashed ? QStringLiteral(" stroke-dasharray=\"6,4\"") : QString());
    }
    // An arrowhead drawn as a triangle (Qt SVG has no markers).
    void head(double x, double y, bool pointsRight, const QString &colour)
    {
        const double len = 9 + p.lineWidth * 2;
        const double half = 4 + p.lineWidth;
        const double back = pointsRight ? x - len : x + len;
        out += QStringLiteral("<polygon points=\"%1,%2 %3,%4 %3,%5\" fill=\"%6\"/>\n")
                   .arg(x, 0, 'f', 1)
                   .arg(y, 0, 'f', 1)
                   .arg(back, 0, 'f', 1)
                   .arg(y - half, 0, 'f', 1)
                   .arg(y + half, 0, 'f', 1)
                   .arg(colour);
    }
};

QString messageColour(const SequenceMessage &m, const ReportPalette &p)
{
    switch (m.kind) {
    case SequenceMessage::Kind::Request:
        return p.arrow;
    case SequenceMessage::Kind::Handoff:
        return p.status3xx;
    case SequenceMessage::Kind::Answer:
        break;
    }
    return p.statusColour(m.status, m.failed);
}
} // namespace

QByteArray SequenceDiagram::document(const QList<SequenceMessage> &messages,
                                     const ReportPalette &palette, const QString &title)
{
    const bool big = palette.kind == ReportPalette::Kind::Presentation;
    SvgWriter w{palette, big ? 14.0 : 11.0, {}};
    const double row = big ? 32 : 26;
    const double band = title.isEmpty() ? 0 : w.font * 2.4; // the title above the lanes
    const double height = band + Top + row * messages.size() + 24;
    w.out += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" "
                            "baseProfile=\"tiny\" viewBox=\"0 0 %1 %2\" width=\"%1\" "
                            "height=\"%2\" font-family=\"DejaVu Sans, Verdana, sans-serif\" "
                            "role=\"img\" aria-label=\"Sequence of the exchanges\">\n")
                 .arg(Width)
                 .arg(height, 0, 'f', 0);
    if (!title.isEmpty())
        w.text(0, w.font * 1.6, title, palette.text, "start", true, w.font * 1.5);
    const QStringList titles = laneTitles();
    const double boxWidth = (Width - 2 * Side) / (LaneCount - 1) - 12;
    for (int lane = 0; lane < LaneCount; ++lane) {
        const double x = laneX(lane);
        w.line(x, band + HeadHeight, x, height - 8, palette.lane, palette.lineWidth * 0.8, true);
        w.out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"6\" "
                                "fill=\"%5\" stroke=\"%6\" stroke-width=\"%7\"/>\n")
                     .arg(x - boxWidth / 2, 0, 'f', 1)
                     .arg(band + 4, 0, 'f', 1)
                     .arg(boxWidth, 0, 'f', 1)
                     .arg(HeadHeight - 8)
                     .arg(palette.panel, palette.border)
                     .arg(palette.lineWidth, 0, 'f', 1);
        // Bold text is about 0.66 em per character: the type shrinks to fit the box.
        const double size = std::min(w.font, boxWidth / (0.66 * titles.at(lane).size()));
        w.text(x, band + 4 + (HeadHeight - 8) / 2 + size * 0.35, titles.at(lane), palette.text,
               "middle", true, size);
    }
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const SequenceMessage &m = messages.at(i);
        const double y = band + Top + row * i + row * 0.62;
        const double x1 = laneX(m.from);
        const double x2 = laneX(m.to);
        const QString colour = messageColour(m, palette);
        const bool right = x2 > x1;
        w.line(x1, y, right ? x2 - 4 : x2 + 4, y, colour, palette.lineWidth,
               m.kind != SequenceMessage::Kind::Request);
        w.head(x2, y, right, colour);
        // The label above its arrow, cut to the arrow's span (about 0.6 em per character).
        const int fits = int(std::abs(x2 - x1) / (w.font * 0.6)) - 2;
        const QString label = ReportText::elided(m.label, std::max(fits, 12));
        // On a patch of the background, so the lifelines it crosses do not strike it through.
        const double labelWidth = label.size() * w.font * 0.6;
        w.out += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                                "fill=\"%5\"/>\n")
                     .arg((x1 + x2) / 2 - labelWidth / 2, 0, 'f', 1)
                     .arg(y - w.font * 1.45, 0, 'f', 1)
                     .arg(labelWidth, 0, 'f', 1)
                     .arg(w.font * 1.25, 0, 'f', 1)
                     .arg(palette.background);
        w.text((x1 + x2) / 2, y - w.font * 0.45, label,
               m.kind == SequenceMessage::Kind::Request ? palette.text : colour);
    }
    w.out += QStringLiteral("</svg>\n");
    return w.out.toUtf8();
}

} // namespace nv
