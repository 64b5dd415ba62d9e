#include "ResendDialog.h"

#include "ExchangeComparisonView.h"
#include "UiStyle.h"
#include "log/RequestLog.h"
#include "report/ManualResend.h"
#include "report/ReportText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace nv {

namespace {
QString headersText(const HttpHeaders &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

ResendDialog::ResendDialog(RequestLog *log, const HttpExchange &logged, bool revealable,
                           QWidget *parent)
    : QDialog(parent)
    , m_logged(logged)
    , m_resend(new ManualResend(log, this))
{
    setObjectName(QStringLiteral("resendDialog"));
    setWindowTitle(tr("Edit and resend · exchange %1").arg(logged.id));
    if (log && revealable) {
        if (const auto raw = log->revealed(logged.id))
            m_key = RedactionKey::learn(logged, *raw);
    }
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("<b>%1</b> · %2 · correlation id <tt>%3</tt>")
                       .arg(logged.step.isEmpty() ? tr("other") : logged.step.toHtmlEscaped(),
                            QString::fromLatin1(logged.method).toHtmlEscaped(),
                            logged.correlationId.toHtmlEscaped()),
                   this);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("resendSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(buildEditor());
    split->addWidget(buildAnswerSide());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_resend, &ManualResend::finished, this, &ResendDialog::onAnswered);
    fillEditors(ManualResend::requestOf(logged));
    resize(1180, 720);
}

ResendDialog::~ResendDialog() = default;

ResendDialog *ResendDialog::open(QWidget *parent, RequestLog *log, const HttpExchange &logged,
                                 bool revealable)
{
    auto *dialog = new ResendDialog(log, logged, revealable, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QWidget *ResendDialog::buildEditor()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(UiStyle::sectionTitle(tr("The request"), side));
    auto *form = new QFormLayout;
    m_method = new QComboBox(side);
    m_method->setObjectName(QStringLiteral("resendMethod"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("PATCH"), QStringLiteral("DELETE"), QStringLiteral("HEAD"),
                        QStringLiteral("OPTIONS")});
    m_url = new QLineEdit(side);
    m_url->setObjectName(QStringLiteral("resendUrl"));
    form->addRow(tr("Method"), m_method);
    form->addRow(tr("URL"), m_url);
    layout->addLayout(form);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_headers = new QPlainTextEdit(side);
    m_headers->setObjectName(QStringLiteral("resendHeaders"));
    m_headers->setFont(mono);
    m_headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_body = new QPlainTextEdit(side);
    m_body->setObjectName(QStringLiteral("resendBody"));
    m_body->setFont(mono);
    layout->addWidget(new QLabel(tr("Headers, one per line (Name: value)"), side));
    layout->addWidget(m_headers, 2);
    layout->addWidget(new QLabel(tr("Body"), side));
    layout->addWidget(m_body, 3);

    auto *revealRow = new QHBoxLayout;
    m_reveal = new QCheckBox(tr("Reveal secrets"), side);
    m_reveal->setObjectName(QStringLiteral("resendReveal"));
    m_reveal->setEnabled(canReveal());
    m_revealNote = new QLabel(side);
    UiStyle::setHint(m_revealNote);
    m_revealNote->setText(canReveal() ? tr("values of this session, in memory only")
                                      : tr("not from this session: the log's placeholders stay"));
    revealRow->addWidget(m_reveal);
    revealRow->addWidget(m_revealNote, 1);
    layout->addLayout(revealRow);

    m_placeholders = new QLabel(side);
    m_placeholders->setObjectName(QStringLiteral("resendPlaceholders"));
    m_placeholders->setWordWrap(true);
    UiStyle::setBanner(m_placeholders, UiStyle::Banner::Warning);
    m_sendPlaceholders = new QCheckBox(tr("Send the placeholders as they are (the operator "
                                          "should refuse them)"),
                                       side);
    m_sendPlaceholders->setObjectName(QStringLiteral("resendSendPlaceholders"));
    layout->addWidget(m_placeholders);
    layout->addWidget(m_sendPlaceholders);

    auto *actions = new QHBoxLayout;
    m_send = new QPushButton(tr("Send"), side);
    m_send->setObjectName(QStringLiteral("resendSend"));
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send the request as it is written here (Ctrl+Return)"));
    m_cancel = new QPushButton(tr("Cancel request"), side);
    m_cancel->setEnabled(false);
    actions->addWidget(m_send);
    actions->addWidget(m_cancel);
    actions->addStretch(1);
    layout->addLayout(actions);

    connect(m_reveal, &QCheckBox::toggled, this, &ResendDialog::setRevealed);
    connect(m_sendPlaceholders, &QCheckBox::toggled, this, &ResendDialog::updatePlaceholders);
    connect(m_url, &QLineEdit::textChanged, this, &ResendDialog::updatePlaceholders);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &ResendDialog::updatePlaceholders);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ResendDialog::updatePlaceholders);
    connect(m_send, &QPushButton::clicked, this, &ResendDialog::send);
    connect(m_cancel, &QPushButton::clicked, m_resend, &ManualResend::cancel);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(shortcut, &QShortcut::activated, this, &ResendDialog::send);
    return side;
}

QWidget *ResendDialog::buildAnswerSide()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(6, 0, 0, 0);
    m_status = new QLabel(side);
    m_status->setObjectName(QStringLiteral("resendStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_comparison = new ExchangeComparisonView(side);
    layout->addWidget(m_status);
    layout->addWidget(m_comparison, 1);
    return side;
}

void ResendDialog::fillEditors(const HttpRequest &request)
{
    m_method->setCurrentText(QString::fromLatin1(request.method));
    m_url->setText(QString::fromUtf8(request.url.toEncoded()));
    m_headers->setPlainText(headersText(request.headers));
    m_body->setPlainText(QString::fromUtf8(request.body));
    updatePlaceholders();
}

void ResendDialog::setRevealed(bool revealed)
{
    if (revealed && !canReveal())
        return;
    {
        const QSignalBlocker block(m_reveal);
        m_reveal->setChecked(revealed);
    }
    // Edits stay: only the values this session knows swap with their markers.
    const auto swap = [this, revealed](const QString &text) {
        return revealed ? m_key.reveal(text) : m_key.mask(text);
    };
    m_url->setText(swap(m_url->text()));
    m_headers->setPlainText(swap(m_headers->toPlainText()));
    m_body->setPlainText(swap(m_body->toPlainText()));
    if (revealed)
        UiStyle::setTone(m_revealNote, UiStyle::Tone::Warning);
    else
        UiStyle::setHint(m_revealNote);
    m_revealNote->setText(revealed ? tr("secrets revealed: mind who sees the screen")
                                   : tr("values of this session, in memory only"));
}

bool ResendDialog::isRevealed() const
{
    return m_reveal->isChecked();
}

void ResendDialog::setSendPlaceholders(bool on)
{
    m_sendPlaceholders->setChecked(on);
}

QString ResendDialog::editorText() const
{
    return m_url->text() + QLatin1Char('\n') + m_headers->toPlainText() + QLatin1Char('\n') +
           m_body->toPlainText();
}

void ResendDialog::updatePlaceholders()
{
    const QStringList unknown = m_key.unknownMarkers(editorText());
    m_placeholders->setVisible(!unknown.isEmpty());
    m_sendPlaceholders->setVisible(!unknown.isEmpty());
    if (!unknown.isEmpty())
        m_placeholders->setText(
            tr("The log redacted %n value(s) of this request (%1), and the console does not "
               "have them: the exchange is not from this session. Type the real values in "
               "their place, or send the placeholders as they are.",
               "", int(unknown.size()))
                .arg(unknown.join(QStringLiteral(", "))));
    m_send->setEnabled(!isSending() && (unknown.isEmpty() || m_sendPlaceholders->isChecked()));
}

std::optional<HttpRequest> ResendDialog::editedRequest(QString *problem) const
{
    HttpRequest request;
    request.method = m_method->currentText().trimmed().toUpper().toLatin1();
    if (request.method.isEmpty() || request.method.contains(' ')) {
        *problem = tr("The method must be one word, such as GET or POST.");
        return std::nullopt;
    }
    request.url = QUrl(m_key.reveal(m_url->text().trimmed()), QUrl::TolerantMode);
    if (!request.url.isValid() || request.url.host().isEmpty() ||
        (request.url.scheme() != QLatin1String("http") &&
         request.url.scheme() != QLatin1String("https"))) {
        *problem = tr("The URL must be an http or https address.");
        return std::nullopt;
    }
    const QStringList lines = m_key.reveal(m_headers->toPlainText()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QByteArray name = line.left(colon).trimmed().toLatin1();
        if (colon <= 0 || name.contains(' ')) {
            *problem = tr("Header line %1 is not \"Name: value\".").arg(i + 1);
            return std::nullopt;
        }
        request.headers.append({name, line.mid(colon + 1).trimmed().toUtf8()});
    }
    request.body = m_key.reveal(m_body->toPlainText()).toUtf8();
    if (!m_key.unknownMarkers(editorText()).isEmpty() && !m_sendPlaceholders->isChecked()) {
        *problem = tr("Some values are still the log's placeholders; type them, or choose to "
                      "send the placeholders as they are.");
        return std::nullopt;
    }
    return request;
}

bool ResendDialog::isSending() const
{
    return m_resend->isBusy();
}

bool ResendDialog::send()
{
    if (isSending())
        return false;
    QString problem;
    const std::optional<HttpRequest> request = editedRequest(&problem);
    if (!request) {
        UiStyle::setTone(m_status, UiStyle::Tone::Warning);
        m_status->setText(problem);
        return false;
    }
    m_resend->send(*request, m_logged, m_key.values());
    UiStyle::setTone(m_status, UiStyle::Tone::Neutral);
    m_status->setText(tr("Waiting for the answer of %1…").arg(request->url.host()));
    m_comparison->clear(tr("Waiting for the answer…"));
    m_send->setEnabled(false);
    m_cancel->setEnabled(true);
    return true;
}

void ResendDialog::onAnswered(const HttpExchange &redacted, qint64 id, const QString &explanation)
{
    m_cancel->setEnabled(false);
    updatePlaceholders();
    m_comparison->compare(m_logged, redacted);
    const QString recorded = id > 0 ? tr("Recorded as exchange %1 (step manual, correlation id "
                                         "%2).")
                                          .arg(id)
                                          .arg(m_logged.correlationId)
                                    : tr("Not recorded: the log is off.");
    if (!explanation.isEmpty()) {
        UiStyle::setTone(m_status, UiStyle::Tone::Bad);
        m_status->setText(tr("No answer. %1 %2").arg(explanation, recorded));
    } else {
        UiStyle::setTone(m_status, UiStyle::Tone::Neutral);
        m_status->setText(tr("Answered %1, in %2 ms. %3")
                              .arg(ReportText::answerSummary(redacted))
                              .arg(redacted.durationMs())
                              .arg(recorded));
    }
    emit answered(redacted, id);
}

QString ResendDialog::statusText() const
{
    return m_status->text();
}

} // namespace nv
