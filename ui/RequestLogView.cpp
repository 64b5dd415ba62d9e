#include "RequestLogView.h"

#include "RequestLogModel.h"
#include "UiStyle.h"
#include "log/RequestLog.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace nv {

namespace {
QString headersText(const HttpHeaders &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value) +
                QLatin1Char('\n');
    return text;
}

QString bodyText(const QByteArray &body)
{
    if (body.isEmpty())
        return QStringLiteral("(no body)\n");
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body) + QLatin1Char('\n');
}
} // namespace

RequestLogView::RequestLogView(RequestLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new RequestLogModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("requestLogView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(UiStyle::Margin, UiStyle::Margin, UiStyle::Margin, UiStyle::Margin);
    layout->setSpacing(UiStyle::Spacing);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(UiStyle::Spacing);
    bar->addWidget(UiStyle::sectionTitle(tr("Request log"), this));
    bar->addSpacing(UiStyle::Spacing * 2);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setPlaceholderText(tr("Filter by correlation id"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) +
        48);
    m_thisRun = new QPushButton(tr("This run"), this);
    m_thisRun->setObjectName(QStringLiteral("logThisRun"));
    m_thisRun->setToolTip(tr("Show only the exchanges of the latest run"));
    m_thisRun->setEnabled(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("logCount"));
    UiStyle::setHint(m_count);
    bar->addWidget(m_filter);
    bar->addWidget(m_thisRun);
    bar->addWidget(m_count);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("logProblem"));
    m_problem->setWordWrap(true);
    UiStyle::setTone(m_problem, UiStyle::Tone::Warning);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("logSplitter"));
    split->setChildrenCollapsible(false);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(RequestLogModel::Correlation);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(RequestLogModel::SortRole);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestLogModel::Time, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle); // host and end of the path both matter
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(RequestLogModel::HostPath, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(RequestLogModel::Time, digit * 14);
    m_table->setColumnWidth(RequestLogModel::Correlation, digit * 20);
    m_table->setColumnWidth(RequestLogModel::StepColumn, digit * 11);
    m_table->setColumnWidth(RequestLogModel::Method, digit * 8);
    m_table->setColumnWidth(RequestLogModel::Status, digit * 8);
    m_table->setColumnWidth(RequestLogModel::Duration, digit * 7);

    auto *detailPane = new QWidget(split);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(4);
    auto *revealRow = new QHBoxLayout;
    m_reveal = new QCheckBox(tr("Reveal secrets"), detailPane);
    m_reveal->setObjectName(QStringLiteral("logReveal"));
    m_reveal->setToolTip(tr("Show the unredacted exchange. Only possible for exchanges "
                            "recorded since the console started; nothing unredacted is ever "
                            "written to disk."));
    m_revealNote = new QLabel(detailPane);
    m_revealNote->setObjectName(QStringLiteral("logRevealNote"));
    UiStyle::setHint(m_revealNote);
    revealRow->addWidget(m_reveal);
    revealRow->addWidget(m_revealNote, 1);
    detailLayout->addLayout(revealRow);
    m_detail = new QPlainTextEdit(detailPane);
    m_detail->setObjectName(QStringLiteral("logDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select an exchange to see its headers and bodies."));
    detailLayout->addWidget(m_detail, 1);

    split->addWidget(m_table);
    split->addWidget(detailPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        m_count->setText(tr("%n exchange(s)", nullptr, visibleRowCount()));
    });
    connect(m_thisRun, &QPushButton::clicked, this,
            [this] { m_filter->setText(m_currentCorrelation); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // Revealing is for one exchange at a time: moving on hides secrets again.
        m_reveal->setChecked(false);
        showSelected();
    });
    connect(m_reveal, &QCheckBox::toggled, this, &RequestLogView::showSelected);
    const auto updateCount = [this] {
        m_count->setText(tr("%n exchange(s)", nullptr, visibleRowCount()));
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);

    connect(m_log, &RequestLog::recorded, m_model, &RequestLogModel::append);
    connect(m_log, &RequestLog::loaded, m_model, &RequestLogModel::addLoaded);
    connect(m_log, &RequestLog::cleared, m_model, &RequestLogModel::clear);
    connect(m_log, &RequestLog::storageError, this, [this](const QString &message) {
        m_problem->setText(tr("The request log cannot be saved to disk (%1). It keeps working "
                              "for this session only.")
                               .arg(message));
        m_problem->show();
    });
    updateCount();
    showSelected();
}

void RequestLogView::setCurrentCorrelationId(const QString &id)
{
    m_currentCorrelation = id;
    m_thisRun->setEnabled(!id.isEmpty());
}

void RequestLogView::setFilter(const QString &correlationId)
{
    m_filter->setText(correlationId);
}

int RequestLogView::visibleRowCount() const
{
    return m_proxy->rowCount();
}

void RequestLogView::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        m_reveal->setEnabled(false);
        m_revealNote->clear();
        return;
    }
    const qint64 id = current.data(RequestLogModel::IdRole).toLongLong();
    const HttpExchange *redacted = m_model->exchange(id);
    if (!redacted)
        return;
    const std::optional<HttpExchange> raw = m_log->revealed(id);
    m_reveal->setEnabled(raw.has_value());
    if (!raw) {
        m_revealNote->setText(tr("Recorded in an earlier session: only the redacted copy exists."));
    } else {
        m_revealNote->setText(m_reveal->isChecked() ? tr("Showing secrets. Mind the screen.")
                                                    : QString());
    }
    m_detail->setPlainText(describe(raw && m_reveal->isChecked() ? *raw : *redacted));
}

QString RequestLogView::describe(const HttpExchange &e)
{
    QString text;
    text += QString::fromLatin1(e.method) + QLatin1Char(' ') + e.url.toString() + QLatin1Char('\n');
    text += tr("step %1 · correlation id %2").arg(e.step, e.correlationId) + QLatin1Char('\n');
    if (!e.note.isEmpty())
        text += e.note + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("— Request headers") + QLatin1Char('\n') +
            headersText(e.requestHeaders);
    if (!e.requestBody.isEmpty())
        text +=
            QLatin1Char('\n') + tr("— Request body") + QLatin1Char('\n') + bodyText(e.requestBody);
    text += QLatin1Char('\n');
    if (!e.error.isEmpty()) {
        text += tr("— Failed: %1").arg(e.error) + QLatin1Char('\n');
        return text;
    }
    text +=
        (e.status > 0
             ? tr("— Response %1, %2 ms").arg(e.status).arg(e.durationMs())
             : tr("— Response (status not exposed by the browser), %1 ms").arg(e.durationMs())) +
        QLatin1Char('\n');
    text += headersText(e.responseHeaders);
    text +=
        QLatin1Char('\n') + tr("— Response body") + QLatin1Char('\n') + bodyText(e.responseBody);
    return text;
}

} // namespace nv
