#include "BrowserPane.h"

#include "UiStyle.h"
#include "http/HttpExchange.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace nv {

BrowserPane::BrowserPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("browserPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::Margin, 0, UiStyle::Margin, UiStyle::Margin);
    layout->setSpacing(UiStyle::Spacing);
    layout->addWidget(UiStyle::sectionTitle(tr("Embedded browser"), this));

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("browserSplitter"));
    split->setChildrenCollapsible(false);

    m_stack = new QStackedWidget(split);
    m_stack->setObjectName(QStringLiteral("browserStack"));
    m_stack->setMinimumHeight(80);
    m_placeholder = new QLabel(
        tr("The operator's pages appear here during a run.\nThe browser starts with the first "
           "run; nothing is loaded until then."),
        m_stack);
    m_placeholder->setObjectName(QStringLiteral("browserPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setFrameShape(QFrame::StyledPanel);
    UiStyle::setHint(m_placeholder);
    m_stack->addWidget(m_placeholder);

    m_hops = new QTreeWidget(split);
    m_hops->setObjectName(QStringLiteral("hopList"));
    m_hops->setRootIsDecorated(false);
    m_hops->setUniformRowHeights(true);
    m_hops->setAlternatingRowColors(true);
    m_hops->setHeaderLabels({tr("Method"), tr("Host and path"), tr("Note")});
    m_hops->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // The note says how a hop went and is short: show it whole, shorten the path instead.
    m_hops->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_hops->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_hops->header()->setStretchLastSection(false);
    m_hops->setTextElideMode(Qt::ElideMiddle);
    m_hops->setMinimumHeight(70);
    split->addWidget(m_stack);
    split->addWidget(m_hops);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
}

void BrowserPane::showPage(QWebEnginePage *page)
{
    if (!m_view) {
        m_view = new QWebEngineView(m_stack);
        m_view->setObjectName(QStringLiteral("browserView"));
        m_stack->addWidget(m_view);
    }
    m_page = page;
    m_view->setPage(page);
    m_stack->setCurrentWidget(m_view);
    // The run owns the page; when it goes, go back to the placeholder rather than leave the
    // view pointing at nothing.
    connect(page, &QObject::destroyed, this, [this] {
        if (!m_page)
            m_stack->setCurrentWidget(m_placeholder);
    });
}

void BrowserPane::showMessage(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void BrowserPane::clearHops()
{
    m_hops->clear();
}

void BrowserPane::addHop(const HttpExchange &hop)
{
    auto *item = new QTreeWidgetItem(m_hops);
    item->setText(0, QString::fromLatin1(hop.method));
    item->setText(1, hop.url.host() + hop.url.path());
    item->setToolTip(1, hop.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    // Every hop here is the embedded browser's; say only how it went, e.g. "start → answered
    // with a redirect".
    QString note = hop.note;
    const QString prefix = QStringLiteral("embedded browser, ");
    if (note.startsWith(prefix))
        note = note.mid(prefix.size());
    note.replace(QStringLiteral("; "), QStringLiteral(" → "));
    item->setText(2, note);
    item->setToolTip(2, hop.note);
    m_hops->scrollToItem(item);
}

} // namespace nv
