#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QWebEnginePage;
class QWebEngineView;

namespace nv {

struct HttpExchange;

// Where the embedded browser shows the operator's pages, and the list of hops the authorize
// chain went through.
//
// The QWebEngineView is constructed only when the first run hands over a page: starting the
// browser engine costs a second and a few hundred MB, which a person who only reads the log or
// edits profiles should never pay. Until then a calm placeholder says what will appear here.
class BrowserPane : public QWidget
{
    Q_OBJECT
public:
    explicit BrowserPane(QWidget *parent = nullptr);

    // Shows a run's page; creates the view on first use. The page stays owned by its run.
    void showPage(QWebEnginePage *page);
    // Replaces the page with a line of text, e.g. once the redirect URI was caught and the
    // (now blank) page has nothing more to show.
    void showMessage(const QString &text);
    void clearHops();
    void addHop(const nv::HttpExchange &hop);
    bool hasView() const { return m_view != nullptr; }

private:
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QWebEngineView *m_view = nullptr;
    QPointer<QWebEnginePage> m_page;
    QTreeWidget *m_hops;
};

} // namespace nv
