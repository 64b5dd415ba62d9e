#pragma once

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace nv {

class AuthorizeDriver;
struct HttpExchange;

// Where the embedded browser shows the operator's pages: its address, the page itself (a
// consent page is answered right here), each hop of the authorize chain as it happens (status,
// host, path, where it went next), and a banner that says in words when the chain stops
// without reaching the redirect URI, or when the operator waits for the person.
//
// The page view (a QWebEngineView, made by the embedded-browser module) is constructed only when
// the first run hands over a page: loading the browser engine costs a second and a few hundred
// MB, which a person who only reads the log or edits profiles should never pay. Until then a
// calm placeholder says what will appear here. This file does not know the engine.
class BrowserPane : public QWidget
{
    Q_OBJECT
public:
    explicit BrowserPane(QWidget *parent = nullptr);

    // Shows the page of a run's embedded-browser driver; creates the view on first use. The
    // page stays owned by its run.
    void showPage(nv::AuthorizeDriver *driver);
    // Replaces the page with a line of text, e.g. once the redirect URI was caught and the
    // (now blank) page has nothing more to show.
    void showMessage(const QString &text);
    // Back to the state before any run: placeholder, no hops, no banner.
    void reset();
    void clearHops();
    void addHop(const nv::HttpExchange &hop);
    // The last hop ended at the redirect URI (target) or went nowhere (empty).
    void markRedirectReached(const QUrl &redirect);
    // A line above the page; tone: 0 neutral, 1 problem. Empty text hides it.
    void setBanner(const QString &text, bool isProblem);
    bool hasView() const { return m_view != nullptr; }
    QWidget *view() const { return m_view; }
    QUrl lastHopUrl() const { return m_lastHopUrl; }

private:
    QLineEdit *m_address;
    QLabel *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QWidget *m_view = nullptr;
    QPointer<AuthorizeDriver> m_driver; // whose page the view shows
    QTreeWidget *m_hops;
    QTreeWidgetItem *m_lastHop = nullptr;
    QUrl m_lastHopUrl;
};

} // namespace nv
