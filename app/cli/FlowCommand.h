#pragma once

#include "CliReport.h"
#include "RunRequest.h"
#include "flow/FlowOutcome.h"

#include <QObject>

class QCommandLineParser;

namespace nv {

class FlowRepeat;
class FlowRun;
class RunSession;
struct DiscoveryResult;
struct RunProblem;

// `nv-cli flow` and `nv-cli verify`: turns the options into a RunRequest (a stored profile, a
// profile file or flags; the secret from an environment variable or the keychain), hands it
// to a RunSession and reports what happens.
class FlowCommand : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Flow,
        VerifyOnly
    };

    FlowCommand(Mode mode, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~FlowCommand() override;

    static void addOptions(Mode mode, QCommandLineParser &parser);
    // Returns an exit code right away for bad usage, or -1 and emits done() later.
    int start(const QCommandLineParser &parser);
    // Ctrl-C or a kill (InterruptWatcher): cancels the run in flight, which then ends as
    // cancelled (exit 130) with its log written; a --repeat series starts no further run.
    void interrupt();

signals:
    void done(int exitCode);

private:
    static void addCommonOptions(QCommandLineParser &parser);
    static void addFlowOptions(QCommandLineParser &parser);
    int loadProfile(const QCommandLineParser &parser);
    int loadProfileFromFile(const QCommandLineParser &parser);
    int applyEndpointFlags(const QCommandLineParser &parser);
    int applyRequestFlags(const QCommandLineParser &parser);
    int readNumberAndTimeout(const QCommandLineParser &parser);
    int readCredentials(const QCommandLineParser &parser);
    int readNetwork(const QCommandLineParser &parser); // --proxy, --ca-file, --client-cert...
    void createSession(const QCommandLineParser &parser);
    // --issuer: reads the operator's discovery document, fills the profile, then starts.
    void discoverThenStart();
    void onDiscovered(const DiscoveryResult &result);
    void watchNetworkPath();
    void onRunCreated(FlowRun *run);
    // --repeat N: N whole flows one after another, timed (FlowRepeat).
    int readRepeat(const QCommandLineParser &parser);
    void startRun();
    void onRepeatedRunFinished();
    FlowOutcome withLogState(FlowOutcome outcome) const;
    QString describe(const RunProblem &problem) const;

    Mode m_mode;
    CliReport m_report;
    QTextStream &m_out;
    QTextStream &m_err;
    RunRequest m_request;
    RunSession *m_session = nullptr;
    QUrl m_issuer;                   // --issuer
    bool m_deviceNumber = false;     // --device-phone-number
    std::optional<ApiVersion> m_api; // --api-version
    FlowRepeat *m_repeat = nullptr;  // --repeat
    bool m_interrupted = false;      // interrupt() was called
    QString m_baseCorrelationId;     // --correlation-id under --repeat
};

} // namespace nv
