#pragma once

#include "http/HttpExchange.h"
#include "http/HttpRequest.h"

#include <QObject>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace nv {

class ManualResend;
class RequestLog;

// `nv-cli send --from-log ID`: sends an exchange of the request log again, changed by options
// (--url, --method, --set-header, --body-json, ...), records it under the same correlation id
// with step "manual", and prints the answer beside the original.
//
// The log is redacted, so a secret it holds (a bearer token, a client secret, a code) is a
// marker, not a value: nv-cli will not send a marker as if it were the secret. The person
// supplies the value through an environment variable (--token-env VAR, --header-env NAME=VAR),
// never on the command line, or sends the markers as they are on purpose (--send-redacted).
class SendCommand : public QObject
{
    Q_OBJECT
public:
    SendCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~SendCommand() override;

    static void addOptions(QCommandLineParser &parser);
    // Returns an exit code at once (bad usage, an unknown exchange), or -1 and emits done().
    // Exit codes: 0 answered 2xx, 4 answered otherwise, 5 no answer (network, TLS, timeout),
    // 2 bad usage or a redacted value not supplied, 1 the log or the exchange cannot be read.
    int start(const QCommandLineParser &parser);

signals:
    void done(int exitCode);

private:
    int readOriginal(const QCommandLineParser &parser);
    int applyEdits(const QCommandLineParser &parser);
    int applyHeaders(const QCommandLineParser &parser);
    int applyBody(const QCommandLineParser &parser);
    int refuseRedacted(const QStringList &where);
    void onFinished(const HttpExchange &answer, qint64 id, const QString &explanation);
    void printAnswer(const HttpExchange &answer, qint64 id, const QString &explanation);
    void printJson(const HttpExchange &answer, qint64 id, const QString &explanation);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    HttpExchange m_original;
    HttpRequest m_request;
    QStringList m_secrets; // values read from the environment: redacted in the log
    RequestLog *m_log = nullptr;
    ManualResend *m_resend = nullptr;
    bool m_json = false;
};

} // namespace nv
