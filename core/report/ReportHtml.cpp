#include "ReportHtml.h"

#include "ReportText.h"
#include "SequenceDiagram.h"
#include "StepTimeline.h"
#include "log/HarExporter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace nv {

namespace {

using ReportText::escaped;

QString css(const ReportPalette &p, const ReportOptions &options, ReportHtml::Target target)
{
    QString sheet =
        QStringLiteral(
            "body { font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif; "
            "color: %1; background-color: %2; font-size: %3pt; }\n"
            "h1 { font-size: %16pt; margin-top: 6px; margin-bottom: 3px; }\n"
            "h2 { font-size: %17pt; margin-top: 16px; margin-bottom: 4px; border-bottom: 1px "
            "solid %4; }\n"
            "h3 { font-size: %18pt; margin-top: 12px; margin-bottom: 3px; }\n"
            "p { margin-top: 2px; margin-bottom: 4px; }\n"
            "table { border-collapse: collapse; margin-bottom: 0.4em; }\n"
            "th, td { border: 1px solid %4; padding: 3px 6px; text-align: left; vertical-align: "
            "top; }\n"
            "th { background-color: %5; font-weight: bold; }\n"
            "pre, code, .mono { font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; }\n"
            "pre { background-color: %5; border: 1px solid %4; padding: 6px; white-space: "
            "pre-wrap; "
            "font-size: %19pt; margin-top: 2px; }\n"
            ".muted { color: %6; }\n"
            ".verdict { font-size: %20pt; font-weight: bold; margin-top: 2px; margin-bottom: 2px; "
            "}\n"
            ".good { color: %7; } .bad { color: %8; } .warning { color: %9; }\n"
            ".marker { background-color: %10; color: %11; }\n"
            ".s2 { color: %12; } .s3 { color: %13; } .s4 { color: %14; } .s5 { color: %15; }\n"
            ".banner { font-size: %21pt; }\n")
            .arg(p.text, p.background)
            .arg(p.basePointSize)
            .arg(p.border, p.panel, p.muted, p.good, p.bad, p.warning)
            .arg(p.markerBackground, p.markerText, p.status2xx, p.status3xx, p.status4xx,
                 p.status5xx)
            .arg(p.basePointSize * 1.6)
            .arg(p.basePointSize * 1.3)
            .arg(p.basePointSize * 1.1)
            .arg(p.basePointSize * 0.85)
            .arg(p.basePointSize * 2.6)
            .arg(p.basePointSize * 0.9);
    if (target == ReportHtml::Target::Browser) {
        sheet += QStringLiteral(
                     "body { max-width: 62em; margin: 0 auto; padding: 1.5em; line-height: 1.4; }\n"
                     "table { width: 100%; }\n"
                     "pre { overflow-wrap: anywhere; }\n"
                     "td, .mono { overflow-wrap: anywhere; }\n"
                     "svg { width: 100%; height: auto; display: block; margin: 0.4em 0; }\n"
                     ".exchange { border-top: 2px solid %1; margin-top: 1.2em; }\n"
                     "@page { size: %2; margin: 14mm; }\n"
                     "@media print { body { max-width: none; padding: 0; } "
                     "h2, h3 { break-after: avoid; } svg, tr { break-inside: avoid; } }\n")
                     .arg(p.border, options.paper == ReportOptions::Paper::Letter
                                        ? QStringLiteral("letter")
                                        : QStringLiteral("A4"));
    }
    return sheet;
}

QString statusClass(const HttpExchange &e)
{
    if (!e.error.isEmpty() || e.status >= 500)
        return QStringLiteral("s5");
    if (e.status >= 400)
        return QStringLiteral("s4");
    if (e.status >= 300)
        return QStringLiteral("s3");
    return e.status >= 200 ? QStringLiteral("s2") : QStringLiteral("muted");
}

QString verdictClass(const RunVerdict &v)
{
    switch (v.kind) {
    case RunVerdict::Kind::Verified:
        return QStringLiteral("good");
    case RunVerdict::Kind::Incomplete:
        return QStringLiteral("warning");
    default:
        return QStringLiteral("bad");
    }
}

QString row(const QString &name, const QString &valueHtml)
{
    return QStringLiteral("<tr><th width=\"28%\">%1</th><td>%2</td></tr>\n")
        .arg(escaped(name), valueHtml);
}

QString table(const QString &rows)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                          "border=\"1\">\n%1</table>\n")
        .arg(rows);
}

QString utc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'"))
                          : QStringLiteral("—");
}

// Adds the figures of one kind: inline SVG in a browser, placeholders for the PDF.
class Figures
{
public:
    explicit Figures(ReportHtml::Target target, QList<QByteArray> *store)
        : m_target(target)
        , m_store(store)
    {}
    QString add(const QList<QByteArray> &svgs)
    {
        QString html;
        for (const QByteArray &svg : svgs) {
            if (m_target == ReportHtml::Target::Browser) {
                html += QString::fromUtf8(svg);
                continue;
            }
            html +=
                QStringLiteral("<p>%1</p>\n").arg(ReportHtml::placeholder(int(m_store->size())));
            m_store->append(svg);
        }
        return html;
    }
    int rowsPerFigure() const
    {
        return m_target == ReportHtml::Target::RichText ? ReportHtml::RowsPerPrintedFigure : 0;
    }
    // On paper a heading goes into its figure, so a page break never parts them; on screen it
    // stays a heading of the page.
    QString inFigure(const QString &title) const
    {
        return m_target == ReportHtml::Target::RichText ? title : QString();
    }

private:
    ReportHtml::Target m_target;
    QList<QByteArray> *m_store;
};

} // namespace

QString ReportHtml::placeholder(int index)
{
    return QStringLiteral("[[nv-figure-%1]]").arg(index);
}

QString ReportHtml::verdictTitle(const RunVerdict &v)
{
    switch (v.kind) {
    case RunVerdict::Kind::Verified:
        return QStringLiteral("✓ ") + v.headline;
    case RunVerdict::Kind::Incomplete:
        return QStringLiteral("… ") + v.headline;
    default:
        return QStringLiteral("✗ ") + v.headline;
    }
}

namespace {

QString verdictSection(const RunReport &run)
{
    const RunVerdict &v = run.verdict;
    QString html = QStringLiteral("<p class=\"verdict %1\">%2</p>\n")
                       .arg(verdictClass(v), escaped(ReportHtml::verdictTitle(v)));
    if (!v.code.isEmpty())
        html += QStringLiteral("<p><b class=\"mono\">%1</b></p>\n").arg(escaped(v.code));
    if (!v.detail.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(escaped(v.detail));
    if (!v.explanation.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(escaped(v.explanation));
    if (!v.assessedAt.isEmpty())
        html += QStringLiteral("<p class=\"muted\">Assessed by the operator at %1</p>\n")
                    .arg(escaped(v.assessedAt));
    return html;
}

QString factsSection(const RunReport &run, const ReportOptions &options)
{
    QString rows;
    rows += row(QStringLiteral("Correlation id"),
                QStringLiteral("<b class=\"mono\">%1</b>").arg(escaped(run.correlationId)));
    rows += row(run.runIds.size() > 1 ? QStringLiteral("Run ids") : QStringLiteral("Run id"),
                QStringLiteral("<span class=\"mono\">%1</span>")
                    .arg(escaped(run.runIds.join(QStringLiteral(", ")))));
    rows += row(QStringLiteral("Profile"), escaped(run.profileName));
    rows += row(QStringLiteral("Started"), escaped(utc(run.startedAt)));
    rows += row(QStringLiteral("Duration"), escaped(QStringLiteral("%1 (%2 exchanges)")
                                                        .arg(ReportText::duration(run.durationMs()))
                                                        .arg(run.exchanges.size())));
    rows += row(QStringLiteral("Network path at the start"),
                run.facts.networkPath.isEmpty()
                    ? QStringLiteral("<span class=\"muted\">not recorded for this run</span>")
                    : escaped(run.facts.networkPath));
    rows += row(QStringLiteral("Report"),
                escaped(QStringLiteral("NV Console %1, made %2")
                            .arg(options.appVersion, utc(options.generatedAt))));
    return table(rows);
}

QString profileSection(const RunReport &run)
{
    QString html = QStringLiteral("<h2>Profile</h2>\n");
    if (!run.profile) {
        return html + QStringLiteral("<p class=\"muted\">The profile \"%1\" is not known where "
                                     "this report was made; only its name is in the log.</p>\n")
                          .arg(escaped(run.profileName));
    }
    const Profile &p = *run.profile;
    QString rows;
    const auto add = [&rows](const char *name, const QString &value) {
        if (!value.isEmpty())
            rows += row(QLatin1String(name),
                        QStringLiteral("<span class=\"mono\">%1</span>").arg(escaped(value)));
    };
    add("Name", p.name);
    add("Authorize URL", p.authorizeUrl.toString());
    add("Token URL", p.tokenUrl.toString());
    add("Verify URL", p.verifyUrl.toString());
    add("Client id", p.clientId);
    add("Redirect URI", p.redirectUri.toString());
    add("Scope", p.scope);
    add("Prompt", p.prompt);
    add("Login hint", p.loginHint);
    add("konera_context", p.koneraContext);
    add("Correlation header", p.correlationHeader);
    add("PKCE", p.usePkce ? QStringLiteral("S256") : QStringLiteral("off"));
    add("Token authentication", tokenAuthMethodName(p.tokenAuthMethod));
    if (p.tokenAuthMethod == TokenAuthMethod::PrivateKeyJwt) {
        add("Client key id", p.clientKeyId);
        add("Client key algorithm", p.clientKeyAlg);
    }
    add("Authorize with", driverKindId(p.authorizeWith));
    return html + table(rows) +
           QStringLiteral("<p class=\"muted banner\">A profile never holds the client secret or "
                          "key: those stay in the keychain.</p>\n");
}

QString stepsSection(const RunReport &run, Figures &figures, const ReportPalette &palette)
{
    QString rows =
        QStringLiteral("<tr><th>Step</th><th>Exchanges</th><th>Starts at</th><th>Duration</th>"
                       "<th>Last answer</th></tr>\n");
    for (const ReportStep &s : run.steps) {
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>+%3</td><td>%4</td>"
                               "<td>%5</td></tr>\n")
                    .arg(escaped(s.name))
                    .arg(s.exchanges)
                    .arg(escaped(ReportText::duration(s.offsetMs)),
                         escaped(ReportText::duration(s.durationMs)),
                         s.failed ? QStringLiteral("<span class=\"s5\">no answer</span>")
                                  : escaped(s.lastStatus > 0 ? QString::number(s.lastStatus)
                                                             : QStringLiteral("—")));
    }
    return QStringLiteral("<h2>Steps</h2>\n") + table(rows) +
           figures.add(StepTimeline::svg(run, palette, figures.rowsPerFigure(),
                                         figures.inFigure(QStringLiteral("Timeline"))));
}

QString sequenceSection(const RunReport &run, Figures &figures, const ReportPalette &palette)
{
    const QString title = QStringLiteral("Sequence");
    const QString heading = figures.inFigure(title);
    return (heading.isEmpty() ? QStringLiteral("<h2>%1</h2>\n").arg(title) : QString()) +
           figures.add(SequenceDiagram::svg(run, palette, figures.rowsPerFigure(), heading)) +
           QStringLiteral("<p class=\"muted banner\">Solid arrows are requests, dashed ones "
                          "answers; the numbers are the exchanges below.</p>\n");
}

} // namespace

namespace {

QString checkCell(IdTokenCheck::Verdict verdict, const QString &detail)
{
    switch (verdict) {
    case IdTokenCheck::Verdict::Valid:
        return QStringLiteral("<span class=\"good\">✓</span> ") + escaped(detail);
    case IdTokenCheck::Verdict::Invalid:
        return QStringLiteral("<span class=\"bad\">✗</span> ") + escaped(detail);
    case IdTokenCheck::Verdict::NotChecked:
        break;
    }
    return QStringLiteral("<span class=\"muted\">not checked</span> ") + escaped(detail);
}

QString claimText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QString idTokenSection(const RunReport &run)
{
    QString html = QStringLiteral("<h2>id_token</h2>\n");
    if (!run.facts.idTokenCheck) {
        return html + QStringLiteral("<p class=\"muted\">The id_token check is not part of the "
                                     "request log (the log keeps the token redacted). Export "
                                     "from the window after the run to include it.</p>\n");
    }
    const IdTokenCheck &c = *run.facts.idTokenCheck;
    QString rows;
    rows += row(QStringLiteral("Signature"), checkCell(c.signature, c.signatureDetail));
    rows += row(QStringLiteral("iss"), checkCell(c.issuer, c.issuerDetail));
    rows += row(QStringLiteral("nonce"), checkCell(c.nonce, c.nonceDetail));
    rows += row(QStringLiteral("aud, azp"), checkCell(c.audience, c.audienceDetail));
    rows += row(QStringLiteral("exp, iat"), checkCell(c.lifetime, c.lifetimeDetail));
    rows += row(QStringLiteral("amr"),
                escaped(c.amr.isEmpty() ? c.amrDetail : c.amr.join(QStringLiteral(", "))));
    html += table(rows);
    // The claims the checks read, as the operator sent them (never the token itself).
    QString claims;
    for (const char *name : {"iss", "aud", "azp", "exp", "iat", "auth_time", "acr", "amr"}) {
        const QLatin1String key(name);
        if (c.claims.contains(key))
            claims += row(key, QStringLiteral("<span class=\"mono\">%1</span>")
                                   .arg(escaped(claimText(c.claims.value(key)))));
    }
    if (!claims.isEmpty())
        html += QStringLiteral("<h3>Checked claims</h3>\n") + table(claims);
    return html;
}

QString headersTable(const HttpHeaders &headers)
{
    if (headers.isEmpty())
        return QStringLiteral("<p class=\"muted\">no headers recorded</p>\n");
    QString rows;
    for (const auto &[name, value] : headers)
        rows += QStringLiteral("<tr><th width=\"28%\" class=\"mono\">%1</th><td class=\"mono\">"
                               "%2</td></tr>\n")
                    .arg(escaped(QString::fromLatin1(name)),
                         ReportText::withMarkers(QString::fromUtf8(value)));
    return table(rows);
}

QString bodyBlock(const QByteArray &body, const HttpHeaders &headers)
{
    QByteArray type;
    for (const auto &[name, value] : headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            type = value;
    }
    const QString pretty = ReportText::prettyBody(body, type);
    if (pretty.isEmpty())
        return QStringLiteral("<p class=\"muted\">no body</p>\n");
    return QStringLiteral("<pre>%1</pre>\n").arg(ReportText::withMarkers(pretty));
}

QString exchangeSection(const HttpExchange &e, int number, const QDateTime &runStart)
{
    const qint64 offset = runStart.isValid() ? runStart.msecsTo(e.startedAt) : 0;
    QString html = QStringLiteral("<div class=\"exchange\"><h3 id=\"x-%1\">%1 · %2 · %3 "
                                  "<span class=\"%4\">%5</span></h3>\n")
                       .arg(number)
                       .arg(escaped(e.step.isEmpty() ? QStringLiteral("other") : e.step),
                            escaped(QString::fromLatin1(e.method)), statusClass(e),
                            escaped(e.error.isEmpty()
                                        ? (e.status > 0 ? QStringLiteral("%1 %2").arg(e.status).arg(
                                                              HarExporter::statusText(e.status))
                                                        : QStringLiteral("no status seen"))
                                        : QStringLiteral("no answer")));
    html +=
        QStringLiteral("<p class=\"muted\">+%1 after the start · took %2 · exchange id %3</p>\n")
            .arg(escaped(ReportText::duration(offset)),
                 escaped(ReportText::duration(e.durationMs())))
            .arg(e.id);
    html += QStringLiteral("<pre>%1 %2</pre>\n")
                .arg(escaped(QString::fromLatin1(e.method)),
                     ReportText::withMarkers(QString::fromUtf8(e.url.toEncoded())));
    html += QStringLiteral("<p><b>Request headers</b></p>\n") + headersTable(e.requestHeaders);
    if (!e.requestBody.isEmpty())
        html += QStringLiteral("<p><b>Request body</b></p>\n") +
                bodyBlock(e.requestBody, e.requestHeaders);
    if (!e.error.isEmpty())
        html += QStringLiteral("<p class=\"s5\"><b>No answer:</b> %1</p>\n").arg(escaped(e.error));
    html += QStringLiteral("<p><b>Response headers</b></p>\n") + headersTable(e.responseHeaders);
    if (!e.responseBody.isEmpty())
        html += QStringLiteral("<p><b>Response body</b></p>\n") +
                bodyBlock(e.responseBody, e.responseHeaders);
    if (!e.note.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(escaped(e.note));
    return html + QStringLiteral("</div>\n");
}

QString runSection(const RunReport &run, const ReportOptions &options, Figures &figures,
                   const ReportPalette &palette, bool first)
{
    QString html =
        QStringLiteral("<div class=\"run\"%1>\n")
            .arg(first ? QString() : QStringLiteral(" style=\"page-break-before: always\""));
    html +=
        QStringLiteral("<p class=\"muted\">NV Console · run report · Number Verification</p>\n");
    // What a partner looks at first fills the first page: the verdict, the run, its steps.
    html += verdictSection(run);
    html += factsSection(run, options);
    html += stepsSection(run, figures, palette);
    html += sequenceSection(run, figures, palette);
    html += idTokenSection(run);
    html += profileSection(run);
    html += QStringLiteral("<h2>Exchanges</h2>\n");
    if (run.omittedExchanges > 0)
        html += QStringLiteral("<p class=\"warning\">The first %1 exchanges are shown; %2 more "
                               "are in the log.</p>\n")
                    .arg(run.exchanges.size())
                    .arg(run.omittedExchanges);
    for (int i = 0; i < run.exchanges.size(); ++i)
        html += exchangeSection(run.exchanges.at(i), i + 1, run.startedAt);
    return html + QStringLiteral("</div>\n");
}

QString summarySection(const QList<RunReport> &runs)
{
    QString rows = QStringLiteral("<tr><th>Correlation id</th><th>Verdict</th><th>Started</th>"
                                  "<th>Duration</th></tr>\n");
    for (const RunReport &run : runs)
        rows +=
            QStringLiteral("<tr><td class=\"mono\">%1</td><td class=\"%2\"><b>%3</b></td>"
                           "<td>%4</td><td>%5</td></tr>\n")
                .arg(escaped(run.correlationId), verdictClass(run.verdict),
                     escaped(ReportHtml::verdictTitle(run.verdict)), escaped(utc(run.startedAt)),
                     escaped(ReportText::duration(run.durationMs())));
    return QStringLiteral("<h1>%1 runs</h1>\n").arg(runs.size()) + table(rows);
}

} // namespace

ReportHtml::Output ReportHtml::render(const QList<RunReport> &runs, const ReportOptions &options,
                                      Target target)
{
    const ReportPalette palette = ReportPalette::of(options.palette);
    Output out;
    Figures figures(target, &out.figures);
    QString title = runs.size() == 1
                        ? QStringLiteral("Run report %1").arg(runs.first().correlationId)
                        : QStringLiteral("Run report, %1 runs").arg(runs.size());
    QString body;
    if (runs.size() > 1)
        body += summarySection(runs);
    for (int i = 0; i < runs.size(); ++i)
        body += runSection(runs.at(i), options, figures, palette, i == 0 && runs.size() == 1);
    body += QStringLiteral("<p class=\"muted banner\">Redacted as the request log stores it: "
                           "client secrets, codes, verifiers, tokens and cookies appear as "
                           "[redacted:…] fingerprints (the first 8 hex digits of their SHA-256), "
                           "so the same value can be recognised without being shown.</p>\n");
    out.html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
                              "charset=\"utf-8\">\n<meta name=\"viewport\" "
                              "content=\"width=device-width, initial-scale=1\">\n"
                              "<title>%1</title>\n<style>\n%2</style>\n</head>\n<body>\n%3"
                              "</body>\n</html>\n")
                   .arg(escaped(title), css(palette, options, target), body);
    return out;
}

} // namespace nv
