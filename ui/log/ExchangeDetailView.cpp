#include "ExchangeDetailView.h"

#include "JsonHighlighter.h"
#include "UiStyle.h"
#include "WrappingLabel.h"
#include "log/HarExporter.h"
#include "log/JwtDecoder.h"

#include <QEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace nv {

namespace {

QString headersText(const HttpHeaders &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QString::fromLatin1(name) + QLatin1String(": ") + QString::fromUtf8(value) +
                QLatin1Char('\n');
    return text;
}

QString title(const QString &name)
{
    return QStringLiteral("── %1 ──\n").arg(name);
}

QString statusLine(const HttpExchange &e)
{
    if (e.status == 0)
        return e.error.isEmpty() ? QObject::tr("(no HTTP answer)") : QObject::tr("(failed)");
    return QStringLiteral("HTTP/1.1 %1 %2").arg(e.status).arg(HarExporter::statusText(e.status));
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

ExchangeDetailView::ExchangeDetailView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_banner(new WrappingLabel(this))
{
    setObjectName(QStringLiteral("logDetailView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_banner->setObjectName(QStringLiteral("logDetailBanner"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_tabs->setObjectName(QStringLiteral("logDetailTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &ExchangeDetailView::showWaitingText);
    addPage(tr("Overview"), QStringLiteral("logDetailOverview"));
    // The request page keeps the name the window's tests know the detail text by.
    addPage(tr("Request"), QStringLiteral("logDetail"));
    addPage(tr("Response"), QStringLiteral("logDetailResponse"));
    addPage(tr("JWT"), QStringLiteral("logDetailJwt"));
    addPage(tr("Raw"), QStringLiteral("logDetailRaw"));
    clear();
    followPalette();
}

QPlainTextEdit *ExchangeDetailView::addPage(const QString &name, const QString &objectName)
{
    auto *page = new QPlainTextEdit(m_tabs);
    page->setObjectName(objectName);
    page->setAccessibleName(name);
    page->setReadOnly(true);
    page->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    page->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighters.append(new JsonHighlighter(page->document()));
    m_tabs->addTab(page, name);
    m_pages.append(page);
    m_waiting.append(std::nullopt);
    return page;
}

void ExchangeDetailView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        followPalette();
}

void ExchangeDetailView::followPalette()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (JsonHighlighter *highlighter : std::as_const(m_highlighters))
        highlighter->setDark(dark);
    UiStyle::refresh(m_banner);
}

void ExchangeDetailView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString ExchangeDetailView::text(Tab tab) const
{
    const std::optional<QString> &waiting = m_waiting.at(int(tab));
    return waiting ? *waiting : m_pages.at(int(tab))->toPlainText();
}

// Only the page on screen is filled: each page lays its text out and colours all of it (a body
// of a few hundred kilobytes takes a while), and a person looks at one page of an exchange,
// often none but the first. The others get their text when their tab is chosen.
void ExchangeDetailView::setPageText(Tab tab, const QString &text)
{
    if (m_tabs->currentIndex() == int(tab)) {
        m_waiting[int(tab)].reset();
        m_pages.at(int(tab))->setPlainText(text);
    } else {
        m_waiting[int(tab)] = text;
    }
}

void ExchangeDetailView::showWaitingText(int index)
{
    if (index < 0 || index >= m_waiting.size() || !m_waiting.at(index))
        return;
    m_pages.at(index)->setPlainText(*std::exchange(m_waiting[index], std::nullopt));
}

void ExchangeDetailView::clear(const QString &message)
{
    m_exchange = HttpExchange{};
    m_jwtCount = 0;
    const QString text = message.isEmpty() ? tr("Select an exchange to see its headers, bodies "
                                                "and timing.")
                                           : message;
    for (int tab = OverviewTab; tab <= RawTab; ++tab)
        setPageText(Tab(tab), text);
    m_tabs->setTabText(JwtTab, tr("JWT"));
    m_banner->hide();
}

QString ExchangeDetailView::prettyBody(const QByteArray &body)
{
    if (body.isEmpty())
        return tr("(no body)\n");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    QString text = QString::fromUtf8(body);
    if (!text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    return text;
}

QString ExchangeDetailView::rawText(const HttpExchange &e)
{
    const QString target =
        QString::fromUtf8(e.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority).isEmpty()
                              ? QByteArray("/")
                              : e.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority));
    QString text = QString::fromLatin1(e.method) + QLatin1Char(' ') + target +
                   QLatin1String(" HTTP/1.1\nHost: ") + e.url.authority() + QLatin1Char('\n') +
                   headersText(e.requestHeaders) + QLatin1Char('\n') +
                   QString::fromUtf8(e.requestBody);
    if (!e.requestBody.isEmpty() && !e.requestBody.endsWith('\n'))
        text += QLatin1Char('\n');
    text += QLatin1Char('\n');
    if (e.status > 0) {
        text += statusLine(e) + QLatin1Char('\n') + headersText(e.responseHeaders) +
                QLatin1Char('\n') + QString::fromUtf8(e.responseBody);
        if (!e.responseBody.isEmpty() && !e.responseBody.endsWith('\n'))
            text += QLatin1Char('\n');
    } else {
        text += tr("(no response: %1)\n").arg(e.error.isEmpty() ? e.note : e.error);
    }
    return text;
}

QString ExchangeDetailView::overviewText(const HttpExchange &e)
{
    const QString started = e.startedAt.toUTC().toString(Qt::ISODateWithMs);
    const QString finished = e.finishedAt.toUTC().toString(Qt::ISODateWithMs);
    QString overview = title(tr("Exchange"));
    overview += tr("Correlation id: %1\nStep:           %2\nRun id:         %3\nProfile:        "
                   "%4\nExchange id:    %5\n")
                    .arg(e.correlationId, e.step, e.runId, e.profileName)
                    .arg(e.id);
    overview += QLatin1Char('\n') + title(tr("Timing"));
    overview +=
        tr("Started:  %1 (%2 local)\nFinished: %3\nDuration: %4 ms\n")
            .arg(started, e.startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                 finished)
            .arg(e.durationMs());
    overview += QLatin1Char('\n') + title(tr("Outcome"));
    overview += QString::fromLatin1(e.method) + QLatin1Char(' ') +
                QString::fromUtf8(e.url.toEncoded()) + QLatin1Char('\n') + statusLine(e) +
                QLatin1Char('\n');
    if (!e.error.isEmpty())
        overview += tr("Error: %1\n").arg(e.error);
    if (!e.note.isEmpty())
        overview += tr("Note: %1\n").arg(e.note);
    return overview + transportText(e);
}

QString ExchangeDetailView::transportText(const HttpExchange &e)
{
    QString text;
    if (!e.proxy.isEmpty())
        text += QLatin1Char('\n') + title(tr("Proxy")) + e.proxy + QLatin1Char('\n');
    const TlsDetails &tls = e.tls;
    if (tls.isEmpty() && tls.verification.isEmpty())
        return text;
    text += QLatin1Char('\n') + title(tr("TLS"));
    text += tr("Protocol:     %1\nCipher:       %2\nVerification: %3\nClient cert:  %4\n")
                .arg(tls.protocol.isEmpty() ? tr("(no session)") : tls.protocol,
                     tls.cipher.isEmpty() ? tr("(none)") : tls.cipher, tls.verification,
                     tls.clientCertificateSent ? tr("sent") : tr("none"));
    for (qsizetype i = 0; i < tls.peerChain.size(); ++i) {
        const PeerCertificate &c = tls.peerChain.at(i);
        text += tr("Certificate %1\n  Subject: %2\n  Issuer:  %3\n  Valid:   %4 to %5\n"
                   "  SHA-256: %6\n")
                    .arg(i)
                    .arg(c.subject, c.issuer, c.notBefore.toString(Qt::ISODate),
                         c.notAfter.toString(Qt::ISODate), c.sha256);
    }
    return text;
}

QString ExchangeDetailView::jwtText(const QList<JwtDecoder::Jwt> &tokens, bool revealed)
{
    if (tokens.isEmpty()) {
        return revealed ? tr("No JWT in this exchange.\n")
                        : tr("No JWT to decode. Tokens are replaced by a marker before they are "
                             "stored; for an exchange of this session, tick \"Reveal secrets\" "
                             "to decode its id_token.\n");
    }
    QString jwt;
    for (const JwtDecoder::Jwt &token : tokens) {
        jwt += title(token.name.isEmpty() ? tr("JWT") : token.name);
        jwt += tr("Header\n") + json(token.header) + tr("Claims\n") + json(token.payload);
        // The time claims in words, in the same JSON shape so they read like the claims.
        QJsonObject times;
        for (const QString &line : JwtDecoder::describeTimes(token.payload)
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(QLatin1String(": "));
            times.insert(line.left(colon), line.mid(colon + 2));
        }
        if (!times.isEmpty())
            jwt += tr("Times (UTC)\n") + json(times);
        jwt += token.signed_ ? tr("Signature present (not verified here)\n\n") : tr("Unsigned\n\n");
    }
    return jwt;
}

void ExchangeDetailView::setExchange(const HttpExchange &e, bool revealed)
{
    m_exchange = e;
    if (revealed) {
        m_banner->setText(tr("Secrets revealed for this exchange: do not share this view."));
        UiStyle::setBanner(m_banner, UiStyle::Banner::Warning);
        m_banner->show();
    } else {
        m_banner->hide();
    }
    setPageText(OverviewTab, overviewText(e));
    setPageText(RequestTab, QString::fromLatin1(e.method) + QLatin1Char(' ') +
                                QString::fromUtf8(e.url.toEncoded()) + QLatin1String("\n\n") +
                                title(tr("Headers")) + headersText(e.requestHeaders) +
                                QLatin1Char('\n') + title(tr("Body")) + prettyBody(e.requestBody));
    setPageText(ResponseTab, statusLine(e) + QLatin1String("\n\n") + title(tr("Headers")) +
                                 headersText(e.responseHeaders) + QLatin1Char('\n') +
                                 title(tr("Body")) + prettyBody(e.responseBody));

    // Tokens can be anywhere: the response body (id_token), a header (Bearer), the URL.
    QByteArray haystack = e.url.toEncoded() + '\n' + e.requestBody + '\n' + e.responseBody;
    for (const auto &[name, value] : e.requestHeaders + e.responseHeaders)
        haystack += '\n' + name + ": " + value;
    const QList<JwtDecoder::Jwt> tokens = JwtDecoder::findAll(haystack);
    m_jwtCount = int(tokens.size());
    setPageText(JwtTab, jwtText(tokens, revealed));
    m_tabs->setTabText(JwtTab, tokens.isEmpty() ? tr("JWT") : tr("JWT (%1)").arg(tokens.size()));
    setPageText(RawTab, rawText(e));
}

} // namespace nv
