#include "BrowserPane.h"

#include "AuthorizeDriverFactory.h"
#include "EmbeddedBrowserModule.h"
#include "UiStyle.h"
#include "WrappingLabel.h"
#include "flow/AuthorizeDriver.h"
#include "http/HttpExchange.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nv {

namespace {
enum Column
{
    Status,
    Host,
    Path,
    Then,
    ColumnCount
};

QString placeholderText()
{
    return BrowserPane::tr("The operator's pages appear here during a run.\nThe browser starts "
                           "with the first run; nothing is loaded until then.");
}

// What a hop's note says about how it went, in one word for the Status column when the browser
// does not expose the HTTP status.
QString statusWord(const HttpExchange &hop)
{
    if (hop.status > 0)
        return QString::number(hop.status);
    // The note is "<how the navigation started>; <how it ended>": only the end tells the answer.
    const QString outcome = hop.note.section(QStringLiteral("; "), -1);
    if (outcome.contains(QLatin1String("redirect")))
        return BrowserPane::tr("3xx");
    if (outcome.contains(QLatin1String("fail")) || !hop.error.isEmpty())
        return BrowserPane::tr("failed");
    // The browser reports a loaded page only for a 2xx answer (errors fail the load).
    if (outcome.contains(QLatin1String("page shown")))
        return QStringLiteral("200");
    if (outcome.contains(QLatin1String("left by the page")))
        return QStringLiteral("200");
    return QStringLiteral("—");
}
} // namespace

BrowserPane::BrowserPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("browserPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::Margin, UiStyle::Margin, UiStyle::Margin, UiStyle::Margin);
    layout->setSpacing(6);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("browserAddress"));
    m_address->setReadOnly(true);
    m_address->setPlaceholderText(tr("No page yet"));
    m_address->setAccessibleName(tr("Page address"));
    m_address->setToolTip(tr("The address of the page the embedded browser shows"));
    layout->addWidget(m_address);

    m_banner = new WrappingLabel(this);
    m_banner->setObjectName(QStringLiteral("browserBanner"));
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("browserSplitter"));
    split->setChildrenCollapsible(false);

    m_stack = new QStackedWidget(split);
    m_stack->setObjectName(QStringLiteral("browserStack"));
    m_stack->setMinimumHeight(80);
    m_placeholder = new WrappingLabel(placeholderText(), m_stack);
    m_placeholder->setObjectName(QStringLiteral("browserPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setFrameShape(QFrame::StyledPanel);
    m_placeholder->setMargin(UiStyle::Margin);
    UiStyle::setHint(m_placeholder);
    m_stack->addWidget(m_placeholder);

    m_hops = new QTreeWidget(split);
    m_hops->setObjectName(QStringLiteral("hopList"));
    m_hops->setAccessibleName(tr("Redirect hops"));
    m_hops->setRootIsDecorated(false);
    m_hops->setUniformRowHeights(true);
    m_hops->setAlternatingRowColors(true);
    m_hops->setColumnCount(ColumnCount);
    m_hops->setHeaderLabels({tr("Status"), tr("Host"), tr("Path"), tr("Then")});
    m_hops->header()->setSectionResizeMode(Status, QHeaderView::ResizeToContents);
    m_hops->header()->setSectionResizeMode(Host, QHeaderView::ResizeToContents);
    // Paths are long and say least: they give way first.
    m_hops->header()->setSectionResizeMode(Path, QHeaderView::Stretch);
    m_hops->header()->setSectionResizeMode(Then, QHeaderView::ResizeToContents);
    m_hops->header()->setStretchLastSection(false);
    m_hops->setTextElideMode(Qt::ElideMiddle);
    m_hops->setMinimumHeight(70);
    split->addWidget(m_stack);
    split->addWidget(m_hops);
    // The page is what the audience looks at; the hops need a few rows.
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({400, 100});
    layout->addWidget(split, 1);
}

void BrowserPane::showPage(AuthorizeDriver *driver)
{
    EmbeddedBrowserModule *module = AuthorizeDriverFactory::embeddedBrowser();
    if (!module)
        return; // the driver came from the module, so it is loaded; this is for safety
    if (!m_view) {
        m_view = module->createView(m_stack);
        m_view->setObjectName(QStringLiteral("browserView"));
        m_stack->addWidget(m_view);
    }
    m_driver = driver;
    module->showPage(m_view, driver);
    m_stack->setCurrentWidget(m_view);
    connect(driver, &AuthorizeDriver::pageAddressChanged, this, [this, driver](const QUrl &url) {
        if (m_driver == driver) {
            m_address->setText(url.toString(QUrl::RemoveUserInfo));
            m_address->setCursorPosition(0);
        }
    });
    // The run owns the page; when it goes, go back to the placeholder rather than leave the
    // view pointing at nothing.
    connect(driver, &AuthorizeDriver::pageClosed, this, [this, driver] {
        if (m_driver == driver) {
            m_driver = nullptr;
            m_stack->setCurrentWidget(m_placeholder);
        }
    });
}

void BrowserPane::showMessage(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void BrowserPane::reset()
{
    if (m_view)
        if (EmbeddedBrowserModule *module = AuthorizeDriverFactory::embeddedBrowser())
            module->showPage(m_view, nullptr);
    m_driver = nullptr;
    m_placeholder->setText(placeholderText());
    m_stack->setCurrentWidget(m_placeholder);
    m_address->clear();
    setBanner(QString(), false);
    clearHops();
}

void BrowserPane::clearHops()
{
    m_hops->clear();
    m_lastHop = nullptr;
    m_lastHopUrl.clear();
}

void BrowserPane::addHop(const HttpExchange &hop)
{
    const QString where =
        hop.url.host() +
        (hop.url.port() > 0 ? QStringLiteral(":%1").arg(hop.url.port()) : QString());
    if (m_lastHop)
        m_lastHop->setText(Then, tr("→ %1").arg(hop.url.path().section(QLatin1Char('/'), -1)));
    auto *item = new QTreeWidgetItem(m_hops);
    item->setText(Status, statusWord(hop));
    item->setText(Host, where);
    item->setText(Path, hop.url.path());
    item->setToolTip(Path, hop.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    // Every hop here is the embedded browser's; the tooltip says only how it went.
    QString note = hop.note;
    const QString prefix = QStringLiteral("embedded browser, ");
    if (note.startsWith(prefix))
        note = note.mid(prefix.size());
    note.replace(QStringLiteral("; "), QStringLiteral(" → "));
    for (int column : {Status, Host})
        item->setToolTip(column, note);
    m_hops->scrollToItem(item);
    m_lastHop = item;
    m_lastHopUrl = hop.url;
    if (m_address->text().isEmpty() || !m_driver) {
        m_address->setText(hop.url.toString(QUrl::RemoveUserInfo));
        m_address->setCursorPosition(0);
    }
}

void BrowserPane::markRedirectReached(const QUrl &redirect)
{
    if (!m_lastHop)
        return;
    m_lastHop->setText(Then, tr("→ redirect URI"));
    m_lastHop->setToolTip(Then, redirect.toString(QUrl::RemoveQuery));
}

void BrowserPane::setBanner(const QString &text, bool isProblem)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    UiStyle::setTone(m_banner, isProblem ? UiStyle::Tone::Warning : UiStyle::Tone::Neutral);
}

} // namespace nv
