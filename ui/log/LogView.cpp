#include "LogView.h"

#include "ExchangeDetailView.h"
#include "LogTableModel.h"
#include "ResendDialog.h"
#include "UiStyle.h"
#include "WrappingLabel.h"
#include "log/CurlCommand.h"
#include "log/LogImport.h"
#include "log/RequestLog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace nv {

LogView::LogView(RequestLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_reader(std::make_unique<LogReader>(log->databasePath()))
    , m_model(new LogTableModel(m_reader.get(), this))
{
    setObjectName(QStringLiteral("requestLogView"));
    buildUi();
    connectLog();
    connectReader(m_reader.get());
    // The retention the person chose applies from the moment the log is shown.
    const LogRetention retention = RequestLog::savedRetention();
    if (!retention.isUnlimited())
        m_log->setRetention(retention);
    m_stepsTicket = m_reader->fetchSteps();
    followPalette();
}

LogView::~LogView()
{
    // The model outlives these members (it is a child object): detach it first, and close an
    // imported file before its temporary folder is removed.
    m_model->setReader(nullptr);
    m_importReader.reset();
    m_importDir.reset();
}

void LogView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addLayout(buildFilterBar());
    buildBanners(layout);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("logSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(buildTable(split));
    split->addWidget(buildDetailSide(split));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connectControls();
    updateCount();
}

QHBoxLayout *LogView::buildFilterBar()
{
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    auto *title = new QLabel(tr("Request log"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    bar->addWidget(title);
    bar->addSpacing(8);

    m_correlation = new QLineEdit(this);
    m_correlation->setObjectName(QStringLiteral("logFilter"));
    m_correlation->setPlaceholderText(tr("Correlation id"));
    m_correlation->setAccessibleName(tr("Filter by correlation id"));
    m_correlation->setClearButtonEnabled(true);
    // A whole UUID fits; on a screen narrower than 1280 px (960 at scale 2 on 1920×1080) a fifth
    // of its width, so the filter bar does not push the window past the screen's edge.
    const int uuidWidth =
        fontMetrics().horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) +
        40;
    const int screenWidth = screen() ? screen()->availableGeometry().width() : 0;
    m_correlation->setMinimumWidth(
        screenWidth > 0 && screenWidth < 1280 ? qMin(uuidWidth, screenWidth / 5) : uuidWidth);
    m_thisRun = new QPushButton(tr("This run"), this);
    m_thisRun->setObjectName(QStringLiteral("logThisRun"));
    m_thisRun->setToolTip(tr("Show only the exchanges of the latest run"));
    m_thisRun->setEnabled(false);
    buildStepAndStatusFilters();
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search URL and bodies"));
    m_search->setAccessibleName(tr("Search the request log"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Words are matched as word prefixes (full-text index): "
                            "\"INVALID\" finds INVALID_ARGUMENT, \"oper\" finds "
                            "operator.example."));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("logCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_actions = new QToolButton(this);
    m_actions->setObjectName(QStringLiteral("logActions"));
    m_actions->setText(tr("Log"));
    m_actions->setPopupMode(QToolButton::InstantPopup);
    m_actions->setMenu(buildActionsMenu());

    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_correlation, m_thisRun, m_step, m_status}) {
        bar->addWidget(widget);
    }
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    bar->addWidget(m_actions);
    return bar;
}

void LogView::buildStepAndStatusFilters()
{
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("logStepFilter"));
    // Step names and the longest translation must not set the bar's minimum width.
    m_step->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_step->setMinimumContentsLength(9);
    m_step->addItem(tr("All steps"), QString());
    for (const QString &step :
         {Step::Authorize, Step::Token, Step::Verify, Step::DevicePhoneNumber})
        m_step->addItem(step, step);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("logStatusFilter"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(9);
    m_status->addItem(tr("Any status"), int(LogQuery::StatusClass::Any));
    m_status->addItem(tr("2xx"), int(LogQuery::StatusClass::Success));
    m_status->addItem(tr("3xx"), int(LogQuery::StatusClass::Redirect));
    m_status->addItem(tr("4xx"), int(LogQuery::StatusClass::ClientError));
    m_status->addItem(tr("5xx"), int(LogQuery::StatusClass::ServerError));
    m_status->addItem(tr("Failed"), int(LogQuery::StatusClass::Failed));
}

QMenu *LogView::buildActionsMenu()
{
    auto *menu = new QMenu(m_actions);
    menu->addAction(tr("Export shown rows as HAR…"), this,
                    [this] { chooseExport(LogReader::Format::Har, Scope::Filtered); });
    menu->addAction(tr("Export shown rows as JSON Lines…"), this,
                    [this] { chooseExport(LogReader::Format::JsonLines, Scope::Filtered); });
    menu->addAction(tr("Export everything as HAR…"), this,
                    [this] { chooseExport(LogReader::Format::Har, Scope::Everything); });
    menu->addSeparator();
    menu->addAction(tr("Open a HAR or JSON Lines file…"), this, &LogView::chooseImport);
    menu->addAction(tr("Back to this machine's log"), this, &LogView::closeImport);
    menu->addSeparator();
    menu->addAction(tr("Retention…"), this, &LogView::editRetention);
    menu->addAction(tr("Clear log…"), this, &LogView::confirmClear);
    return menu;
}

void LogView::buildBanners(QVBoxLayout *layout)
{
    // Problems stay until they are solved; notices (an export done) go after a while.
    m_problem = new WrappingLabel(this);
    m_problem->setObjectName(QStringLiteral("logProblem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    UiStyle::setTone(m_problem, UiStyle::Tone::Warning);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_notice = new WrappingLabel(this);
    m_notice->setObjectName(QStringLiteral("logNotice"));
    m_notice->hide();
    layout->addWidget(m_notice);
    m_importBanner = new QLabel(this);
    m_importBanner->setObjectName(QStringLiteral("logImportBanner"));
    UiStyle::setBanner(m_importBanner, UiStyle::Banner::Info);
    m_importBanner->hide();
    layout->addWidget(m_importBanner);
}

QTableView *LogView::buildTable(QWidget *parent)
{
    m_table = new QTableView(parent);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setAccessibleName(tr("Request log"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Uniform rows: the view never measures a row's contents, scrolling stays O(visible).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LogTableModel::HostPath, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(LogTableModel::Time, digit * 13);
    m_table->setColumnWidth(LogTableModel::Correlation, digit * 20);
    m_table->setColumnWidth(LogTableModel::StepColumn, digit * 11);
    m_table->setColumnWidth(LogTableModel::Method, digit * 7);
    m_table->setColumnWidth(LogTableModel::Status, digit * 7);
    m_table->setColumnWidth(LogTableModel::Duration, digit * 6);
    return m_table;
}

QWidget *LogView::buildDetailSide(QWidget *parent)
{
    auto *side = new QWidget(parent);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(4);
    auto *revealRow = new QHBoxLayout;
    m_reveal = new QCheckBox(tr("Reveal secrets"), side);
    m_reveal->setObjectName(QStringLiteral("logReveal"));
    m_reveal->setToolTip(tr("Show the unredacted exchange. Only possible for exchanges recorded "
                            "in this session; nothing secret is ever written to disk."));
    m_revealNote = new QLabel(side);
    m_revealNote->setObjectName(QStringLiteral("logRevealNote"));
    m_revealNote->setForegroundRole(QPalette::PlaceholderText);
    revealRow->addWidget(m_reveal);
    revealRow->addWidget(m_revealNote, 1);
    sideLayout->addLayout(revealRow);
    m_detail = new ExchangeDetailView(side);
    sideLayout->addWidget(m_detail, 1);
    return side;
}

void LogView::connectControls()
{
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &LogView::rebuildQuery);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_correlation, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_correlation, &QLineEdit::returnPressed, this, &LogView::applyFiltersNow);
    connect(m_search, &QLineEdit::returnPressed, this, &LogView::applyFiltersNow);
    connect(m_step, &QComboBox::currentIndexChanged, this, &LogView::rebuildQuery);
    connect(m_status, &QComboBox::currentIndexChanged, this, &LogView::rebuildQuery);
    connect(m_thisRun, &QPushButton::clicked, this, [this] { setFilter(m_currentCorrelation); });
    connect(m_reveal, &QCheckBox::toggled, this, &LogView::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // Revealing is for the row it was asked for: another row starts redacted again.
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(false);
        showSelected();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &LogView::showContextMenu);
    // A double click on a correlation id shows that whole run; again on the filtered list
    // (or the clear button in the filter) goes back to everything.
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != LogTableModel::Correlation)
            return;
        const QString id = m_model->at(index.row()).correlationId;
        setFilter(m_model->query().correlationId == id ? QString() : id);
    });
    connect(m_model, &LogTableModel::totalCountChanged, this, &LogView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        m_detail->clear();
        m_detailId = 0;
    });
    connect(m_model, &LogTableModel::readFailed, this, [this](const QString &message) {
        showProblem(tr("The list may be incomplete: %1").arg(message));
    });
}

void LogView::connectLog()
{
    connect(m_log, &RequestLog::recorded, this, [this](const HttpExchange &e) {
        if (!isShowingImport())
            m_model->addRecorded(e);
    });
    connect(m_log, &RequestLog::cleared, this, [this] {
        m_detail->clear();
        m_model->forgetRecent();
        if (!isShowingImport())
            m_model->reload();
    });
    connect(m_log, &RequestLog::retentionApplied, this, [this] {
        if (!isShowingImport())
            m_model->reload();
    });
    connect(m_log, &RequestLog::writeFailed, this, &LogView::showProblem);
    connect(m_log, &RequestLog::movedAside, this, [this](const QString &whatHappened) {
        // The file the reader had open is the damaged one, now under another name.
        m_model->forgetRecent();
        m_reader->reopen();
        if (!isShowingImport())
            m_model->reload();
        showProblem(whatHappened);
    });
    if (const QString problem = m_log->writeProblem(); !problem.isEmpty())
        showProblem(problem);
}

// Both readers (this machine's log and an imported file) answer through the same handlers;
// an answer is for the reader that is shown, since tickets are unique across readers.
void LogView::connectReader(LogReader *reader)
{
    connect(reader, &LogReader::exchangeFetched, this, &LogView::onExchangeFetched);
    connect(reader, &LogReader::exported, this, [this](quint64 ticket, qint64 n, const QString &e) {
        if (ticket == m_exportTicket)
            Q_EMIT exportFinished(n, e);
    });
    connect(reader, &LogReader::stepsFetched, this,
            [this](quint64 ticket, const QStringList &steps) {
                if (ticket != m_stepsTicket)
                    return;
                for (const QString &step : steps) {
                    if (m_step->findData(step) < 0)
                        m_step->addItem(step, step);
                }
            });
    connect(reader, &LogReader::opened, this, [this](bool ok, const QString &error, bool) {
        if (!ok)
            showProblem(tr("The request log cannot be read: %1").arg(error));
    });
}

void LogView::onExchangeFetched(quint64 ticket, const HttpExchange &e, bool found)
{
    if (const auto use = m_pendingUses.take(ticket)) {
        if (found)
            use(e);
        return;
    }
    if (ticket != m_detailTicket)
        return;
    if (found)
        m_detail->setExchange(e, false);
    else
        m_detail->clear(tr("This exchange is no longer in the log."));
}

void LogView::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void LogView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        followPalette();
}

void LogView::followPalette()
{
    m_model->setDarkPalette(palette().color(QPalette::Base).lightness() < 128);
    UiStyle::refresh(m_importBanner);
    UiStyle::refresh(m_problem);
}

LogReader *LogView::activeReader() const
{
    return m_importReader ? m_importReader.get() : m_reader.get();
}

void LogView::setCurrentCorrelationId(const QString &id)
{
    // A person who was following the previous run keeps following: the filter moves on to
    // the new run. A filter they typed for something else stays as it is.
    // "New flow" passes an empty id before the next run has one; the last run's id is kept
    // until then so the next run can still be followed.
    m_thisRun->setEnabled(!id.isEmpty());
    if (id.isEmpty())
        return;
    const bool followingRun =
        !m_currentCorrelation.isEmpty() && m_correlation->text().trimmed() == m_currentCorrelation;
    m_currentCorrelation = id;
    if (followingRun)
        setFilter(id);
}

void LogView::setFilter(const QString &correlationId)
{
    m_correlation->setText(correlationId);
    applyFiltersNow();
}

void LogView::setStepFilter(const QString &step)
{
    const int index = m_step->findData(step);
    m_step->setCurrentIndex(index < 0 ? 0 : index);
}

void LogView::setStatusFilter(LogQuery::StatusClass statusClass)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(statusClass))));
}

void LogView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void LogView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LogView::applyFiltersNow()
{
    m_searchDelay->stop();
    rebuildQuery();
}

void LogView::rebuildQuery()
{
    LogQuery q;
    q.correlationId = m_correlation->text().trimmed();
    q.step = m_step->currentData().toString();
    q.statusClass = LogQuery::StatusClass(m_status->currentData().toInt());
    q.text = m_search->text().trimmed();
    const LogQuery current = m_model->query();
    if (current.correlationId == q.correlationId && current.step == q.step &&
        current.statusClass == q.statusClass && current.text == q.text)
        return;
    m_model->setQuery(q);
}

int LogView::visibleRowCount() const
{
    return m_model->rowCount();
}

void LogView::selectRow(int row)
{
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_model->index(row, 0));
}

void LogView::setRevealSecrets(bool reveal)
{
    m_reveal->setChecked(reveal);
}

bool LogView::revealSecrets() const
{
    return m_reveal->isChecked();
}

void LogView::updateCount()
{
    const qint64 total = m_model->totalCount();
    const int shown = m_model->rowCount();
    if (total < 0)
        m_count->setText(m_model->isLoading() ? tr("loading…") : tr("%n shown", "", shown));
    else if (m_model->query().isFiltered())
        m_count->setText(tr("%L1 matching").arg(total));
    else
        m_count->setText(tr("%L1 exchanges").arg(total));
}

void LogView::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    m_revealNote->clear();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const int row = current.row();
    const HttpExchange &summary = m_model->at(row);
    m_detailId = summary.id;
    m_detailTicket = 0; // an answer still on its way is for an older selection

    if (m_reveal->isChecked() && !isShowingImport()) {
        if (const auto raw = m_log->revealed(summary.id)) {
            m_detail->setExchange(*raw, true);
            return;
        }
        m_revealNote->setText(tr("not from this session: shown redacted"));
    }
    if (m_model->isComplete(row)) {
        m_detail->setExchange(summary, false);
        return;
    }
    m_detailTicket = activeReader()->fetchExchange(summary.id);
}

void LogView::withExchange(int row, const std::function<void(const HttpExchange &)> &use)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const qint64 id = m_model->at(row).id;
    if (m_reveal->isChecked() && !isShowingImport()) {
        if (const auto raw = m_log->revealed(id)) {
            use(*raw);
            return;
        }
    }
    if (m_model->isComplete(row)) {
        use(m_model->at(row));
        return;
    }
    if (m_detail->hasExchange() && m_detail->exchange().id == id &&
        m_detail->exchange().requestHeaders.size() + m_detail->exchange().responseHeaders.size() >
            0) {
        use(m_detail->exchange());
        return;
    }
    m_pendingUses.insert(activeReader()->fetchExchange(id), use);
}

void LogView::copyCorrelationId(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        QApplication::clipboard()->setText(m_model->at(row).correlationId);
}

void LogView::copyAsCurl(int row)
{
    withExchange(row, [](const HttpExchange &e) {
        QApplication::clipboard()->setText(CurlCommand::fromExchange(e));
    });
}

void LogView::copyResponseBody(int row)
{
    withExchange(row, [](const HttpExchange &e) {
        QApplication::clipboard()->setText(QString::fromUtf8(e.responseBody));
    });
}

void LogView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const int row = index.row();
    const QString correlation = m_model->at(row).correlationId;
    QMenu menu(this);
    menu.addAction(tr("Copy correlation id"), this, [this, row] { copyCorrelationId(row); });
    menu.addAction(tr("Show only this correlation id"), this,
                   [this, correlation] { setFilter(correlation); })
        ->setEnabled(!correlation.isEmpty());
    menu.addSeparator();
    menu.addAction(m_reveal->isChecked() ? tr("Copy as cURL (secrets revealed)")
                                         : tr("Copy as cURL (redacted)"),
                   this, [this, row] { copyAsCurl(row); });
    menu.addAction(tr("Copy response body"), this, [this, row] { copyResponseBody(row); });
    menu.addSeparator();
    menu.addAction(tr("Export selected rows as HAR…"), this,
                   [this] { chooseExport(LogReader::Format::Har, Scope::Selection); });
    menu.addAction(tr("Export report…"), this, [this, row] { exportReport(row); })
        ->setEnabled(!correlation.isEmpty());
    menu.addAction(tr("Edit and resend…"), this, [this, row] { editAndResend(row); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void LogView::exportReport(int row)
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const QString id = m_model->at(index.row()).correlationId;
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    const QString clicked =
        row >= 0 && row < m_model->rowCount() ? m_model->at(row).correlationId : QString();
    if (!clicked.isEmpty() && !ids.contains(clicked))
        ids = QStringList{clicked};
    if (!ids.isEmpty())
        ReportExportDialog::open(this, activeReader()->databasePath(), ids, m_reportContext);
}

void LogView::editAndResend(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    // The dialog gets the exchange as the log stores it, and reveals on its own terms.
    const bool revealable = !isShowingImport();
    const auto open = [this, revealable](const HttpExchange &logged) {
        ResendDialog::open(this, m_log, logged, revealable);
    };
    if (m_model->isComplete(row))
        open(m_model->at(row));
    else
        m_pendingUses.insert(activeReader()->fetchExchange(m_model->at(row).id), open);
}

void LogView::exportTo(const QString &path, LogReader::Format format, Scope scope)
{
    QList<qint64> ids;
    LogQuery query;
    if (scope == Scope::Selection) {
        QModelIndexList rows = m_table->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() > b.row(); });
        for (const QModelIndex &index : std::as_const(rows))
            ids << m_model->at(index.row()).id;
        if (ids.isEmpty()) {
            Q_EMIT exportFinished(0, tr("Nothing is selected"));
            return;
        }
    } else if (scope == Scope::Filtered) {
        query = m_model->query();
    }
    if (isShowingImport()) {
        m_exportTicket = m_importReader->exportTo(path, format, query, ids);
        return;
    }
    // The last exchanges may still wait to share a write: the export reads the file after it.
    QPointer<LogView> self(this);
    m_log->whenWritten([self, path, format, query, ids] {
        if (self)
            self->m_exportTicket = self->m_reader->exportTo(path, format, query, ids);
    });
}

void LogView::chooseExport(LogReader::Format format, Scope scope)
{
    const bool har = format == LogReader::Format::Har;
    QString suggested = m_model->query().correlationId.isEmpty()
                            ? QStringLiteral("request-log")
                            : QStringLiteral("request-log-") + m_model->query().correlationId;
    suggested += har ? QStringLiteral(".har") : QStringLiteral(".jsonl");
    const QString path = QFileDialog::getSaveFileName(
        this, har ? tr("Export as HAR") : tr("Export as JSON Lines"), suggested,
        har ? tr("HTTP Archive (*.har)") : tr("JSON Lines (*.jsonl)"));
    if (path.isEmpty())
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &LogView::exportFinished, this,
                          [this, connection, path](qint64 count, const QString &error) {
                              disconnect(*connection);
                              if (error.isEmpty())
                                  m_notice->setText(tr("Exported %L1 exchanges to %2 (redacted).")
                                                        .arg(count)
                                                        .arg(QFileInfo(path).fileName()));
                              else
                                  m_notice->setText(tr("The export failed: %1").arg(error));
                              m_notice->show();
                              QTimer::singleShot(8000, m_notice, &QWidget::hide);
                          });
    exportTo(path, format, scope);
}

void LogView::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a request log export"), QString(),
        tr("HAR or JSON Lines (*.har *.json *.jsonl *.ndjson);;All files (*)"));
    if (!path.isEmpty())
        openImport(path);
}

void LogView::openImport(const QString &path)
{
    auto dir = std::make_shared<QTemporaryDir>();
    const QString target = dir->filePath(QStringLiteral("imported.sqlite"));
    // Parsing and writing a large file takes a while: a thread of its own, never the UI's.
    QPointer<LogView> self(this);
    QThread *worker = QThread::create([self, path, target, dir] {
        QString error;
        const qint64 count = LogImport::toDatabase(path, target, &error);
        QMetaObject::invokeMethod(qApp, [self, path, target, dir, count, error] {
            if (!self)
                return;
            if (count < 0)
                Q_EMIT self->importFinished(-1, error);
            else
                self->showImport(path, target, dir, count);
        });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void LogView::showImport(const QString &path, const QString &database,
                         const std::shared_ptr<QTemporaryDir> &dir, qint64 count)
{
    m_importReader = std::make_unique<LogReader>(database);
    m_importDir = dir; // the folder lives as long as the view reads from it
    connectReader(m_importReader.get());
    m_importName = QFileInfo(path).fileName();
    m_importBanner->setText(tr("Reading %1: %Ln exchanges, redacted on import. Log ▸ Back to this "
                               "machine's log returns to your own.",
                               "", int(count))
                                .arg(m_importName));
    m_importBanner->show();
    m_reveal->setEnabled(false);
    m_model->setReader(m_importReader.get());
    Q_EMIT importFinished(count, QString());
}

void LogView::closeImport()
{
    if (!m_importReader)
        return;
    m_model->setReader(m_reader.get());
    m_importReader.reset(); // closes the file before its folder goes
    m_importDir.reset();
    m_importBanner->hide();
    m_reveal->setEnabled(true);
}

void LogView::editRetention()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Request log retention"));
    auto *form = new QFormLayout(&dialog);
    auto *days = new QSpinBox(&dialog);
    days->setRange(0, 3650);
    days->setSpecialValueText(tr("no limit"));
    days->setSuffix(tr(" days"));
    auto *count = new QSpinBox(&dialog);
    count->setRange(0, 100000000);
    count->setSingleStep(10000);
    count->setSpecialValueText(tr("no limit"));
    count->setSuffix(tr(" exchanges"));
    const LogRetention current = m_log->retention();
    days->setValue(current.maxAgeDays);
    count->setValue(int(std::min<qint64>(current.maxCount, 100000000)));
    form->addRow(tr("Keep exchanges for"), days);
    form->addRow(tr("Keep at most"), count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    LogRetention policy;
    policy.maxAgeDays = days->value();
    policy.maxCount = count->value();
    RequestLog::saveRetention(policy);
    m_log->setRetention(policy);
}

void LogView::confirmClear()
{
    if (QMessageBox::question(this, tr("Clear the request log"),
                              tr("Delete every exchange in the request log? This cannot be "
                                 "undone; export first if the log is evidence.")) ==
        QMessageBox::Yes)
        m_log->clear();
}

} // namespace nv
