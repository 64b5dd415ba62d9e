#pragma once

#include "http/HttpExchange.h"
#include "report/ExchangeComparison.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace nv {

// An answer beside the original one: the two statuses, the headers that were added, removed
// or changed, and the bodies line by line, with every difference highlighted. Shows the
// exchanges as the log stores them (redacted).
class ExchangeComparisonView : public QWidget
{
    Q_OBJECT
public:
    explicit ExchangeComparisonView(QWidget *parent = nullptr);

    void compare(const HttpExchange &original, const HttpExchange &answer);
    void clear(const QString &message = {});
    const ExchangeComparison &comparison() const { return m_comparison; }
    // The comparison as text (what is shown, for copying and for tests).
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString statusHtml() const;
    QString headersHtml() const;
    QString bodyHtml() const;

    QLabel *m_title;
    QTextBrowser *m_view;
    ExchangeComparison m_comparison;
    bool m_hasComparison = false;
    QString m_message;
};

} // namespace nv
