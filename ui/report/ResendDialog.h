#pragma once

#include "http/HttpExchange.h"
#include "http/HttpRequest.h"
#include "report/RedactionKey.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace nv {

class ExchangeComparisonView;
class ManualResend;
class RequestLog;

// "Edit and resend": the real request of an exchange (method, URL, headers, body), to change
// at will, including into something the operator should refuse, and send again. Secrets are
// masked ([redacted:…]) until revealed on purpose; they can be revealed only for exchanges of
// this session, whose raw copies the log keeps in memory (RequestLog::revealed). For others
// the placeholders stay: the person types the real values, or sends the placeholders as they
// are on purpose. The resend goes out asynchronously (ManualResend), is recorded under the
// same correlation id with step "manual", and its answer is shown beside the original, every
// difference highlighted.
class ResendDialog : public QDialog
{
    Q_OBJECT
public:
    // logged: the exchange as the log stores it. log: records the resend (nullptr: not
    // recorded). revealable: whether log's raw copies belong to this exchange (false for an
    // imported file, whose ids are another machine's).
    ResendDialog(RequestLog *log, const HttpExchange &logged, bool revealable,
                 QWidget *parent = nullptr);
    ~ResendDialog() override;

    // Opens a dialog that deletes itself when closed; the window stays usable meanwhile.
    static ResendDialog *open(QWidget *parent, RequestLog *log, const HttpExchange &logged,
                              bool revealable = true);

    bool canReveal() const { return !m_key.isEmpty(); }
    void setRevealed(bool revealed);
    bool isRevealed() const;
    void setSendPlaceholders(bool on);
    // The request the editors describe, with revealed values in place of known markers; or
    // nothing with *problem said (a header line that is not "Name: value", a URL that is not
    // http or https, placeholders not supplied).
    std::optional<HttpRequest> editedRequest(QString *problem) const;
    // Sends the edited request; false (and the reason shown) when it cannot go.
    bool send();
    bool isSending() const;

    QComboBox *methodEdit() const { return m_method; }
    QLineEdit *urlEdit() const { return m_url; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    ExchangeComparisonView *comparison() const { return m_comparison; }
    QString statusText() const;

signals:
    // The answer as the log stores it and its id there (0 when not recorded).
    void answered(const nv::HttpExchange &redacted, qint64 recordedId);

private:
    QWidget *buildEditor();
    QWidget *buildAnswerSide();
    void fillEditors(const HttpRequest &request);
    void updatePlaceholders();
    void onAnswered(const HttpExchange &redacted, qint64 id, const QString &explanation);
    QString editorText() const;

    HttpExchange m_logged;
    RedactionKey m_key;
    ManualResend *m_resend;
    QComboBox *m_method = nullptr;
    QLineEdit *m_url = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QCheckBox *m_reveal = nullptr;
    QLabel *m_revealNote = nullptr;
    QLabel *m_placeholders = nullptr;
    QCheckBox *m_sendPlaceholders = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    ExchangeComparisonView *m_comparison = nullptr;
};

} // namespace nv
