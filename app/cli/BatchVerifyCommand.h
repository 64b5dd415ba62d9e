#pragma once

#include "flow/BatchVerify.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>
#include <optional>

class QCommandLineParser;

namespace nv {

class RequestLog;

// `nv-cli verify --phones FILE|-`: one token, many numbers, one keep-alive connection. Reads
// the list (PhoneList), hands it to a BatchVerify and prints a line (or a JSON object) per
// answer as it arrives, then a summary on standard error.
class BatchVerifyCommand : public QObject
{
    Q_OBJECT
public:
    BatchVerifyCommand(QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~BatchVerifyCommand() override;

    // --phones, --concurrency, --strict (the rest of verify's options are FlowCommand's).
    static void addOptions(QCommandLineParser &parser);
    // Returns an exit code right away (bad usage, bad input), or -1 and emits done() later.
    int start(const QCommandLineParser &parser);

signals:
    void done(int exitCode);

private:
    int readSettings(const QCommandLineParser &parser);
    int readList(const QCommandLineParser &parser);
    int usageError(const QString &message);
    void onAnswered(const BatchVerifyResult &result);
    void printLine(const BatchVerifyResult &result);
    void onFinished();
    void printSummary();

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    BatchVerifySettings m_settings;
    PhoneList m_list;
    BatchVerify *m_batch = nullptr;
    RequestLog *m_log = nullptr;
    QElapsedTimer m_clock;
    QList<qint64> m_ms;
    QMap<FlowOutcome::Kind, int> m_counts;
    int m_exitCode = 0;
};

} // namespace nv
