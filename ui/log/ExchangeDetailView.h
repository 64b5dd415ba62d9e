#pragma once

#include "http/HttpExchange.h"
#include "log/JwtDecoder.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace nv {

// The selected exchange, in tabs: Overview (who, when, how long, outcome), Request and
// Response (headers, pretty-printed highlighted bodies), JWT (every token in the exchange,
// decoded) and Raw (the exchange as HTTP text). Shows what it is given: the view passes the
// redacted copy unless the person chose to reveal.
class ExchangeDetailView : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        OverviewTab,
        RequestTab,
        ResponseTab,
        JwtTab,
        RawTab
    };

    explicit ExchangeDetailView(QWidget *parent = nullptr);

    void setExchange(const nv::HttpExchange &exchange, bool revealed);
    void clear(const QString &message = {});
    const HttpExchange &exchange() const { return m_exchange; }
    bool hasExchange() const { return m_exchange.id != 0; }
    void showTab(Tab tab);
    QString text(Tab tab) const;
    int jwtCount() const { return m_jwtCount; }

    static QString rawText(const nv::HttpExchange &exchange);
    static QString prettyBody(const QByteArray &body);
    static QString overviewText(const nv::HttpExchange &exchange);
    // The proxy the exchange took and what TLS did (protocol, cipher, the peer's chain).
    static QString transportText(const nv::HttpExchange &exchange);
    static QString jwtText(const QList<JwtDecoder::Jwt> &tokens, bool revealed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();
    QPlainTextEdit *addPage(const QString &title, const QString &objectName);
    void setPageText(Tab tab, const QString &text);
    void showWaitingText(int index);

    QTabWidget *m_tabs;
    QLabel *m_banner;
    QList<QPlainTextEdit *> m_pages;
    QList<std::optional<QString>> m_waiting; // a hidden page's text, until its tab is chosen
    QList<class JsonHighlighter *> m_highlighters;
    HttpExchange m_exchange;
    int m_jwtCount = 0;
};

} // namespace nv
